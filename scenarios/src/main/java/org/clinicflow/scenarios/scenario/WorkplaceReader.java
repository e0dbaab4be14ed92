package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.WeeklyHours;

/** Where and when MAs work: {@code shiftTemplates} (time and unpaid break) and {@code stations}. */
final class WorkplaceReader {
    /** Shifts longer than this get a 30-minute unpaid meal break unless they say otherwise. */
    static final double BREAK_AFTER_HOURS = 6;
    static final double DEFAULT_BREAK_MINUTES = 30;

    private WorkplaceReader() {
    }

    static List<ShiftTemplate> shiftTemplates(YamlValue section, Definitions defs) {
        List<ShiftTemplate> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "time", "unpaidBreakMinutes", "breakAt");
            String id = defs.shiftIds.define(item.get("id"));
            TimeWindow window = CalendarSyntax.window(item.get("time").required());
            if (window == null) {
                continue;
            }
            double length = window.minutes();
            YamlValue breakValue = item.get("unpaidBreakMinutes");
            double breakMinutes = breakValue.nonNegative(length > BREAK_AFTER_HOURS * 60 ? DEFAULT_BREAK_MINUTES : 0);
            if (breakMinutes >= length) {
                breakValue.problem("the break (" + YamlValue.fmt(breakMinutes) + " min) is as long as the shift "
                        + CalendarSyntax.format(window) + " or longer");
                continue;
            }
            // Default: the break sits in the middle of the shift, on a quarter hour.
            double offset = Math.floor((length - breakMinutes) / 2 / 15) * 15;
            YamlValue at = item.get("breakAt");
            LocalTime breakAt = at.present() ? CalendarSyntax.time(at) : null;
            if (breakAt != null) {
                // A break after midnight in a shift that crosses it is still minutes after the start.
                double fromStart = ((breakAt.toSecondOfDay() / 60.0 - window.startMinute()) % 1440 + 1440) % 1440;
                if (fromStart + breakMinutes > length) {
                    at.problem("the break at " + breakAt + " (" + YamlValue.fmt(breakMinutes)
                            + " min) does not fit inside the shift " + CalendarSyntax.format(window));
                    continue;
                }
                offset = fromStart;
            }
            if (id != null) {
                ShiftTemplate shift = new ShiftTemplate(id, window, breakMinutes, offset);
                out.add(shift);
                defs.shiftTemplates.put(id, shift);
            }
        }
        return out;
    }

    static List<Station> stations(YamlValue section, Definitions defs) {
        List<Station> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "kind", "pod", "requiredSkills", "hours", "minStaff", "maxStaff");
            String id = defs.stationIds.define(item.get("id"));
            String name = item.get("name").text(id);
            StationKind kind = EnumWords.read(item.get("kind").required(), StationKind.class, null);
            YamlValue podValue = item.get("pod");
            String pod = null;
            if (kind == StationKind.POD) {
                pod = defs.pods.refer(podValue.required());
            } else if (podValue.present() && kind != null) {
                pod = defs.pods.refer(podValue);
            }
            YamlValue skillsValue = item.get("requiredSkills");
            List<String> skills = skillsValue.texts();
            defs.requireSomeoneQualified(skillsValue, skills, "station '" + id + "'");
            YamlValue hoursValue = item.get("hours");
            WeeklyHours hours = hoursValue.present() ? openingHours(hoursValue) : defs.openingHours;
            int min = item.get("minStaff").integer(0, 0);
            YamlValue maxValue = item.get("maxStaff");
            int max = maxValue.integer(0, Math.max(min, Math.max(1, defs.team.size())));
            if (max < min) {
                maxValue.problem("must be at least minStaff (" + min + "), got " + max);
            }
            if (id != null && kind != null) {
                Station s = new Station(id, name, kind, pod, skills, hours, min, max);
                out.add(s);
                defs.stations.put(id, s);
                defs.stationItems.put(id, item);
            }
        }
        return out;
    }

    /** Weekday map to windows, or {@code closed}. */
    static WeeklyHours openingHours(YamlValue map) {
        Map<DayOfWeek, TimeWindow> hours = CalendarSyntax.byWeekday(map,
                v -> v.isWord("closed") ? null : CalendarSyntax.window(v));
        return new WeeklyHours(hours);
    }
}
