package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.ProviderRole;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * {@code providers}: role, pod, appointment template ({@code template} may be left out for a provider who sees
 * walk-ins only), sessions per weekday inside opening hours, walk-ins, and a factor on exam times.
 */
final class ProviderReader {
    /** A provider ten times slower than the visit types' times is a different visit type, not a factor. */
    static final double MAX_EXAM_TIME_FACTOR = 10;

    private ProviderReader() {
    }

    static List<Provider> providers(YamlValue section, Definitions defs) {
        List<Provider> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "role", "pod", "template", "sessions", "walkIns", "examTimeFactor");
            defs.providerItems.add(item);
            String id = defs.providerIds.define(item.get("id"));
            String name = item.get("name").text(id);
            String roleWord = item.get("role").oneOf(List.of("MD", "DO", "NP", "PA"), "MD");
            YamlValue podValue = item.get("pod").required();
            String pod = defs.pods.refer(podValue);
            YamlValue templateValue = item.get("template");
            String template = templateValue.present() ? defs.templateIds.refer(templateValue) : null;
            boolean walkIns = item.get("walkIns").bool(false);
            if (!templateValue.present() && !walkIns && item.present()) {
                templateValue.problem("is required unless the provider sees walk-ins only (walkIns: true)");
            }
            YamlValue sessionsValue = item.get("sessions").required();
            Map<DayOfWeek, List<TimeWindow>> sessions = CalendarSyntax.byWeekday(sessionsValue,
                    (v, days) -> v.isWord("off") ? null : sessions(v, days, defs));
            double factor = item.get("examTimeFactor").positiveAtMost(MAX_EXAM_TIME_FACTOR,
                    "a factor on the visit types' provider times: 1 = as written, 2 = twice as long", 1);
            if (pod != null && !sessions.isEmpty() && defs.examRoomsPerPod.getOrDefault(pod, 0) == 0
                    && YamlValue.allRead(defs.examRoomsValue)) {
                podValue.problem("pod '" + pod + "' has no exam rooms, but this provider has sessions there; add"
                        + " rooms under examRooms (e.g. examRooms: {" + pod + ": 3})");
            }
            if (id != null) {
                out.add(new Provider(id, name, ProviderRole.valueOf(roleWord), pod, sessions, template, walkIns,
                        factor));
            }
        }
        defs.providers.addAll(out);
        return out;
    }

    /** A day's sessions: inside opening hours on every day the key names, and not overlapping. */
    private static List<TimeWindow> sessions(YamlValue v, Set<DayOfWeek> days, Definitions defs) {
        List<TimeWindow> windows = new ArrayList<>(CalendarSyntax.windows(v));
        windows.sort(Comparator.comparingDouble(TimeWindow::startMinute));
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).startMinute() < windows.get(i - 1).endMinute()) {
                v.problem("sessions " + CalendarSyntax.format(windows.get(i - 1)) + " and "
                        + CalendarSyntax.format(windows.get(i)) + " overlap");
                return null;
            }
        }
        if (!YamlValue.allRead(defs.openingHoursValue)) {
            return windows;
        }
        for (DayOfWeek day : days) {
            TimeWindow open = defs.openingHours.on(day).orElse(null);
            for (TimeWindow s : windows) {
                if (open == null) {
                    v.problem("the clinic is closed on " + CalendarSyntax.name(day) + " (see openingHours)");
                    return null;
                }
                if (s.startMinute() < open.startMinute() || s.endMinute() > open.endMinute()) {
                    v.problem("session " + CalendarSyntax.format(s) + " on " + CalendarSyntax.name(day)
                            + " is outside opening hours " + CalendarSyntax.format(open));
                    return null;
                }
            }
        }
        return windows;
    }
}
