package org.clinicflow.scenarios.optimize;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;

/** One MA's day that differs between two rosters: the shift before and after (null = off). */
public record RosterChange(LocalDate date, String maId, String maName, ShiftAssignment before,
                           ShiftAssignment after) {

    /** Every MA-day of one cycle that differs between {@code before} and {@code after}, by date, then MA. */
    public static List<RosterChange> between(Clinic clinic, Roster before, Roster after) {
        int days = Math.max(before.cycleDays(), after.cycleDays());
        List<RosterChange> changes = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            TreeSet<String> mas = new TreeSet<>();
            before.on(d).forEach(a -> mas.add(a.maId()));
            after.on(d).forEach(a -> mas.add(a.maId()));
            for (String ma : mas) {
                ShiftAssignment b = of(before, d, ma);
                ShiftAssignment a = of(after, d, ma);
                if (!same(b, a)) {
                    changes.add(new RosterChange(clinic.startDate().plusDays(d), ma, RosterCosting.maName(clinic, ma),
                            b, a));
                }
            }
        }
        return changes;
    }

    private static ShiftAssignment of(Roster roster, int day, String ma) {
        return roster.on(day).stream().filter(a -> a.maId().equals(ma)).findFirst().orElse(null);
    }

    private static boolean same(ShiftAssignment a, ShiftAssignment b) {
        return a == null ? b == null : b != null && a.shift().id().equals(b.shift().id())
                && Objects.equals(a.stationId(), b.stationId());
    }

    /** "Tue 2026-01-06 Ana Torres: early@pod-a -> off". */
    public String describe() {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date + " " + maName + ": "
                + text(before) + " -> " + text(after);
    }

    private static String text(ShiftAssignment a) {
        return a == null ? "off" : a.shift().id() + "@" + a.stationId();
    }
}
