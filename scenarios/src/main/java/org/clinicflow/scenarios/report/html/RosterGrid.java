package org.clinicflow.scenarios.report.html;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicflow.scenarios.report.chart.Palette;
import org.clinicflow.scenarios.report.chart.RosterGantt;

/**
 * A roster as a table for people: one row per MA, one column per roster day that anyone works, each cell the shifts
 * worked that day (name, times, station); with each MA's paid hours per week and the station colours of the Gantt
 * chart.
 */
public record RosterGrid(List<String> days, List<Row> rows, List<StationKey> stations) {
    /** One shift in a cell. */
    public record Cell(String shift, String time, String stationId, String stationName) {
    }

    /** One MA: the name, the shifts of each shown day (empty = off), and paid hours per week. */
    public record Row(String name, List<List<Cell>> days, double paidHoursPerWeek) {
        public Row {
            days = days.stream().map(List::copyOf).toList();
        }
    }

    /** A station in the legend, with its CSS colour. */
    public record StationKey(String id, String name, String colour) {
    }

    public RosterGrid {
        days = List.copyOf(days);
        rows = List.copyOf(rows);
        stations = List.copyOf(stations);
    }

    /** The grid of a roster as the Gantt chart sees it. */
    public static RosterGrid of(RosterGantt roster) {
        List<Integer> shown = new ArrayList<>();
        for (int d = 0; d < roster.days(); d++) {
            if (!roster.on(d).isEmpty()) {
                shown.add(d);
            }
        }
        List<String> labels = shown.stream().map(d -> dayLabel(roster, d)).toList();
        Map<String, java.awt.Color> colours = Palette.byKey(roster.stations().stream().map(RosterGantt.Row::id)
                .toList());
        List<Row> rows = new ArrayList<>();
        for (RosterGantt.Row ma : roster.mas()) {
            List<List<Cell>> cells = new ArrayList<>();
            double paidMinutes = 0;
            for (int d : shown) {
                List<Cell> today = new ArrayList<>();
                for (RosterGantt.Shift s : roster.on(d)) {
                    if (s.maId().equals(ma.id())) {
                        today.add(new Cell(s.label(), clock(s.startMinute()) + "–" + clock(s.endMinute()),
                                s.stationId(), stationName(roster, s.stationId())));
                        paidMinutes += s.endMinute() - s.startMinute() - s.breakMinutes();
                    }
                }
                cells.add(today);
            }
            rows.add(new Row(ma.name(), cells, paidMinutes / 60 / roster.weeks()));
        }
        List<StationKey> keys = roster.stations().stream()
                .filter(st -> roster.shifts().stream().anyMatch(s -> s.stationId().equals(st.id())))
                .map(st -> new StationKey(st.id(), st.name(), Palette.hex(colours.get(st.id())))).toList();
        return new RosterGrid(labels, rows, keys);
    }

    /** The CSS colour of a station. */
    public String colour(String stationId) {
        return stations.stream().filter(s -> s.id().equals(stationId)).map(StationKey::colour).findFirst()
                .orElse("#555555");
    }

    private static String dayLabel(RosterGantt roster, int day) {
        String name = roster.firstDate().plusDays(day).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return roster.weeks() > 1 ? name + " wk " + (day / 7 + 1) : name;
    }

    private static String stationName(RosterGantt roster, String id) {
        return roster.stations().stream().filter(s -> s.id().equals(id)).map(RosterGantt.Row::name).findFirst()
                .orElse(id);
    }

    /** "07:30" for minute 450 of the day; midnight ending a day is "24:00", later times wrap ("02:00"). */
    private static String clock(double minuteOfDay) {
        long rounded = Math.round(minuteOfDay);
        long m = rounded == 1440 ? 1440 : rounded % 1440;
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }
}
