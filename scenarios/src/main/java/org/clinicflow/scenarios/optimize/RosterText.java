package org.clinicflow.scenarios.optimize;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;

/**
 * A roster for the terminal: per week, one row per MA and one column per day anyone works, each cell the shift and
 * station as the scenario format writes them ({@code early@pod-a}), with the MA's paid hours that week; then what
 * the shift and station names mean. Columns are left-aligned and as wide as their longest cell.
 */
public final class RosterText {
    private RosterText() {
    }

    public static String render(Clinic clinic, Roster roster) {
        StringBuilder b = new StringBuilder();
        for (int week = 0; week < roster.weeks(); week++) {
            int first = week * 7;
            List<Integer> days = new ArrayList<>();
            for (int d = first; d < first + 7; d++) {
                if (!roster.on(d).isEmpty()) {
                    days.add(d);
                }
            }
            LocalDate monday = clinic.startDate().plusDays(first);
            b.append("Week ").append(week + 1).append(": ").append(day(monday)).append(" to ")
                    .append(day(monday.plusDays(6))).append('\n');
            if (days.isEmpty()) {
                b.append("  nobody rostered\n\n");
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("MA"));
            days.forEach(d -> header.add(clinic.startDate().plusDays(d).getDayOfWeek()
                    .getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + clinic.startDate().plusDays(d)
                    .getDayOfMonth()));
            header.add("paid h");
            rows.add(header);
            for (Map.Entry<String, String> ma : mas(clinic, roster).entrySet()) {
                List<String> row = new ArrayList<>(List.of(ma.getValue()));
                double hours = 0;
                for (int d : days) {
                    ShiftAssignment a = roster.on(d).stream().filter(s -> s.maId().equals(ma.getKey())).findFirst()
                            .orElse(null);
                    row.add(a == null ? "-" : a.shift().id() + "@" + a.stationId());
                    hours += a == null ? 0 : a.shift().paidHours();
                }
                row.add(String.format(Locale.ROOT, "%.1f", hours));
                rows.add(row);
            }
            table(b, rows);
            b.append('\n');
        }
        b.append(legend(clinic, roster));
        return b.toString();
    }

    /** The team in scenario order, then anyone else the roster names; display names. */
    private static Map<String, String> mas(Clinic clinic, Roster roster) {
        Map<String, String> names = new LinkedHashMap<>();
        for (MedicalAssistant m : clinic.medicalAssistants()) {
            names.put(m.id(), RosterCosting.maName(clinic, m.id()));
        }
        roster.assignments().forEach(a -> names.putIfAbsent(a.maId(), a.maId()));
        return names;
    }

    private static String legend(Clinic clinic, Roster roster) {
        TreeSet<String> shifts = new TreeSet<>();
        TreeSet<String> stations = new TreeSet<>();
        roster.assignments().forEach(a -> {
            shifts.add(a.shift().id());
            stations.add(a.stationId());
        });
        List<String> shiftWords = new ArrayList<>();
        for (ShiftTemplate t : clinic.shiftTemplates()) {
            if (shifts.contains(t.id())) {
                shiftWords.add(t.id() + " " + t.window().start() + "-" + t.window().end()
                        + (t.hasBreak() ? " (" + Math.round(t.unpaidBreakMinutes()) + " min unpaid break)" : ""));
            }
        }
        List<String> stationWords = new ArrayList<>();
        for (Station s : clinic.stations()) {
            if (stations.contains(s.id())) {
                stationWords.add(s.id() + " = " + RosterCosting.stationName(clinic, s.id()));
            }
        }
        return "Shifts: " + String.join("; ", shiftWords) + "\nStations: " + String.join("; ", stationWords) + "\n";
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
    }

    private static void table(StringBuilder b, List<List<String>> rows) {
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.size(); i++) {
                line.append(r.get(i)).append(" ".repeat(width[i] - r.get(i).length() + 2));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
