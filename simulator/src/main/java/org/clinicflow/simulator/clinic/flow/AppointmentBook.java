package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * Books each provider session from the provider's appointment template: the pattern's visit types repeat through the
 * session, each taking its slot length (pattern restarting every session); a slot that would start inside a block moves
 * to the block's end; a slot that would run past the session's end is not booked. The first slot gets the
 * double-booked patients, and every overbookEvery-th slot one extra. A provider without a template (walk-ins only, as
 * in urgent care) has no appointments. The day's schedule is in time order (then provider order) — the order patients
 * are created in.
 */
final class AppointmentBook {
    private final ClinicIndex index;
    private final ClinicDays days;
    private final ProviderSessions sessions;
    private final AppointmentTemplate[] templates;
    private final int[][] pattern;

    AppointmentBook(ClinicIndex index, ClinicDays days, ProviderSessions sessions) {
        this.index = index;
        this.days = days;
        this.sessions = sessions;
        int n = index.providers.size();
        templates = new AppointmentTemplate[n];
        pattern = new int[n][];
        for (int p = 0; p < n; p++) {
            Provider pr = index.providers.get(p);
            if (pr.templateId() == null) {
                pattern[p] = new int[0];
                continue;
            }
            AppointmentTemplate t = index.clinic.template(pr.templateId()).orElseThrow();
            templates[p] = t;
            String field = "templates[" + t.id() + "]";
            if (t.pattern().isEmpty()) {
                throw new ModelInputException(field + ".pattern", "is empty: list at least one visit type");
            }
            pattern[p] = t.pattern().stream().mapToInt(v -> index.visitType(v, field + ".pattern")).toArray();
            for (int v : pattern[p]) {
                if (!(index.visitTypes.get(v).slotMinutes() > 0)) {
                    throw new ModelInputException("visitTypes[" + index.visitTypes.get(v).id() + "].slotMinutes",
                            "must be greater than 0 to book it from a template");
                }
            }
        }
    }

    /** The appointments of simulated day {@code d}, in schedule order. */
    List<Appointment> day(int d) {
        List<Appointment> out = new ArrayList<>();
        double dayStart = ClinicDays.start(d);
        for (int p = 0; p < pattern.length; p++) {
            if (templates[p] == null) {
                continue;
            }
            for (TimeWindow w : index.providers.get(p).sessionsOn(days.weekday(d))) {
                book(p, dayStart, dayStart + w.startMinute(), dayStart + w.endMinute(), out);
            }
        }
        out.sort(Comparator.comparingDouble(Appointment::time).thenComparingInt(Appointment::provider));
        return out;
    }

    private void book(int p, double dayStart, double start, double end, List<Appointment> out) {
        AppointmentTemplate t = templates[p];
        int session = sessions.sessionAt(p, start);
        double time = start;
        int slot = 0;
        int k = 0;
        while (time < end) {
            double blockEnd = blockEndingAfter(t, time - dayStart);
            if (blockEnd > 0) {
                time = dayStart + blockEnd;
                continue;
            }
            int v = pattern[p][k % pattern[p].length];
            double length = index.visitTypes.get(v).slotMinutes();
            if (time + length > end) {
                break;
            }
            int patients = 1 + (slot == 0 ? t.doubleBookedAtSessionStart() : 0)
                    + (t.overbookEvery() > 0 && (slot + 1) % t.overbookEvery() == 0 ? 1 : 0);
            for (int i = 0; i < patients; i++) {
                out.add(new Appointment(p, session, time, v));
            }
            time += length;
            slot++;
            k++;
        }
    }

    /** If minute-of-day {@code m} falls inside one of the template's blocks, that block's end; else -1. */
    private static double blockEndingAfter(AppointmentTemplate t, double m) {
        for (TimeWindow b : t.blocks()) {
            if (b.contains(m)) {
                return b.endMinute();
            }
        }
        return -1;
    }
}
