package org.clinicflow.scenarios.report.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.Station;

/**
 * A roster as the Gantt chart and the roster grid show it: the MAs in row order (the team's order, then anyone else
 * rostered), the stations in legend order, and each shift with its station and unpaid break. Day 0 is {@code
 * firstDate}; minutes count from the start of the shift's day.
 */
public record RosterGantt(LocalDate firstDate, int weeks, List<Row> mas, List<Row> stations, List<Shift> shifts) {
    /** An MA or a station: id and display name. */
    public record Row(String id, String name) {
    }

    /** One shift: who, which roster day, when, where, the shift's name, and its unpaid break (0 minutes if none). */
    public record Shift(String maId, int day, double startMinute, double endMinute, String stationId, String label,
                        double breakStartMinute, double breakMinutes) {
    }

    public RosterGantt {
        mas = List.copyOf(mas);
        stations = List.copyOf(stations);
        shifts = List.copyOf(shifts);
    }

    /** The roster of a clinic (its baseline or an optimized one), with names from the clinic. */
    public static RosterGantt of(Clinic clinic, Roster roster) {
        Map<String, Row> mas = new LinkedHashMap<>();
        for (MedicalAssistant m : clinic.medicalAssistants()) {
            mas.put(m.id(), new Row(m.id(), m.name() == null || m.name().isBlank() ? m.id() : m.name()));
        }
        Map<String, Row> stations = new LinkedHashMap<>();
        for (Station s : clinic.stations()) {
            stations.put(s.id(), new Row(s.id(), s.name() == null || s.name().isBlank() ? s.id() : s.name()));
        }
        List<Shift> shifts = new ArrayList<>();
        for (ShiftAssignment a : roster.assignments()) {
            mas.putIfAbsent(a.maId(), new Row(a.maId(), a.maId()));
            stations.putIfAbsent(a.stationId(), new Row(a.stationId(), a.stationId()));
            var window = a.shift().window();
            shifts.add(new Shift(a.maId(), a.day(), window.startMinute(), window.endMinute(), a.stationId(),
                    a.shift().id(), window.startMinute() + a.shift().breakStartOffsetMinutes(),
                    a.shift().unpaidBreakMinutes()));
        }
        return new RosterGantt(clinic.startDate(), roster.weeks(), List.copyOf(mas.values()),
                List.copyOf(stations.values()), shifts);
    }

    /** Number of days in the roster cycle. */
    public int days() {
        return 7 * weeks;
    }

    /** The shifts on roster day {@code day}. */
    public List<Shift> on(int day) {
        return shifts.stream().filter(s -> s.day() == day).toList();
    }
}
