package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * Days, clock times and dates as people write them: weekdays {@code mon}..{@code sun}, ranges {@code mon-fri} and lists
 * {@code mon,wed,fri}; times {@code 08:00}; windows {@code 08:00-12:00} ({@code 24:00} ends at midnight, an end before
 * the start runs past midnight); ISO dates {@code 2026-01-05} and ranges {@code 2026-02-09..2026-02-13}.
 */
final class CalendarSyntax {
    static final String WEEKDAY_FORMS = "a weekday (mon, tue, wed, thu, fri, sat, sun), a range such as mon-fri,"
            + " or a list such as mon,wed,fri";
    static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static final String TIME = "(?:[01]?\\d|2[0-3]):[0-5]\\d";
    private static final Pattern TIME_PATTERN = Pattern.compile(TIME);
    private static final Pattern WINDOW = Pattern.compile("\\s*(" + TIME + ")\\s*-\\s*(" + TIME + "|24:00)\\s*");

    private CalendarSyntax() {
    }

    /** The weekdays a spec such as {@code mon-fri} or {@code sat,sun} names, or null if it is not one. */
    static Set<DayOfWeek> weekdays(String spec) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.split(",")) {
            String[] range = part.trim().split("-", -1);
            if (range.length > 2) {
                return null;
            }
            DayOfWeek from = weekday(range[0]);
            DayOfWeek to = range.length == 2 ? weekday(range[1]) : from;
            if (from == null || to == null) {
                return null;
            }
            // A range may wrap over the weekend: fri-mon is fri, sat, sun, mon.
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    /** The shortest spec naming {@code days}: runs of two or more as ranges, joined by commas ({@code mon-wed,fri}). */
    static String spec(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek runStart = null;
        for (DayOfWeek d : DayOfWeek.values()) {
            boolean in = days.contains(d);
            if (in && runStart == null) {
                runStart = d;
            }
            boolean runEnds = runStart != null && (!in || d == DayOfWeek.SUNDAY);
            if (runEnds) {
                DayOfWeek end = in ? d : d.minus(1);
                parts.add(runStart == end ? name(runStart) : name(runStart) + "-" + name(end));
                runStart = null;
            }
        }
        return String.join(",", parts);
    }

    private static DayOfWeek weekday(String s) {
        int i = WEEKDAYS.indexOf(s.trim());
        return i < 0 ? null : DayOfWeek.of(i + 1);
    }

    /** The short name people write ({@code mon}). */
    static String name(DayOfWeek day) {
        return WEEKDAYS.get(day.getValue() - 1);
    }

    /** A weekday spec given as a value (e.g. in a list of desired days). */
    static Set<DayOfWeek> weekdays(YamlValue v) {
        String s = v.text(null);
        if (s == null) {
            return Set.of();
        }
        Set<DayOfWeek> days = weekdays(s);
        if (days == null) {
            v.problem("'" + s + "' is not a weekday; write " + WEEKDAY_FORMS);
            return Set.of();
        }
        return days;
    }

    /** Weekdays given as a list of specs, or as one spec. */
    static Set<DayOfWeek> weekdayList(YamlValue v) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (YamlValue item : v.itemsOrSingle()) {
            days.addAll(weekdays(item));
        }
        return days;
    }

    /**
     * A map keyed by weekday specs, each value read once by {@code read} and given to every day its key names. A day
     * named by two keys is reported; null results are left out.
     */
    static <T> Map<DayOfWeek, T> byWeekday(YamlValue map, Function<YamlValue, T> read) {
        return byWeekday(map, (v, days) -> read.apply(v));
    }

    /** As {@link #byWeekday(YamlValue, Function)}, telling {@code read} which days the value is for. */
    static <T> Map<DayOfWeek, T> byWeekday(YamlValue map, BiFunction<YamlValue, Set<DayOfWeek>, T> read) {
        Map<DayOfWeek, T> out = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, String> keyOf = new EnumMap<>(DayOfWeek.class);
        for (YamlValue.Entry e : map.mapEntries("weekdays (" + WEEKDAY_FORMS + ")")) {
            Set<DayOfWeek> days = weekdays(e.key());
            if (days == null) {
                e.keyValue().problem("'" + e.key() + "' is not a weekday" + DidYouMean.hint(e.key(), WEEKDAYS)
                        + "; write " + WEEKDAY_FORMS);
                continue;
            }
            T value = read.apply(e.value(), days);
            for (DayOfWeek d : days) {
                String previous = keyOf.putIfAbsent(d, e.key());
                if (previous != null) {
                    e.keyValue().problem(name(d) + " is already given by '" + previous + "'; each weekday may appear"
                            + " once");
                } else if (value != null) {
                    out.put(d, value);
                }
            }
        }
        return out;
    }

    /** A clock time {@code HH:MM}, or null (reported). */
    static LocalTime time(YamlValue v) {
        String s = v.text(null);
        if (s == null) {
            return null;
        }
        if (!TIME_PATTERN.matcher(s.trim()).matches()) {
            v.problem("'" + s + "' is not a time of day; write it as HH:MM, e.g. \"08:00\" or \"13:30\"");
            return null;
        }
        return LocalTime.parse(pad(s.trim()));
    }

    /** A window {@code HH:MM-HH:MM}, or null (reported). */
    static TimeWindow window(YamlValue v) {
        String s = v.text(null);
        if (s == null) {
            return null;
        }
        Matcher m = WINDOW.matcher(s);
        if (!m.matches()) {
            v.problem("'" + s + "' is not a time window; write start-end as HH:MM-HH:MM, e.g. 08:00-17:00"
                    + " (24:00 for midnight)");
            return null;
        }
        LocalTime start = LocalTime.parse(pad(m.group(1)));
        LocalTime end = m.group(2).equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(pad(m.group(2)));
        if (start.equals(end) && !m.group(2).equals("24:00")) {
            v.problem("'" + s + "' starts and ends at the same time; for a whole day write 00:00-24:00");
            return null;
        }
        return new TimeWindow(start, end);
    }

    /** Windows given as a list, or one window. */
    static List<TimeWindow> windows(YamlValue v) {
        List<TimeWindow> out = new ArrayList<>();
        for (YamlValue item : v.itemsOrSingle()) {
            TimeWindow w = window(item);
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /** An ISO date {@code YYYY-MM-DD}, or null (reported). */
    static LocalDate date(YamlValue v) {
        String s = v.text(null);
        return s == null ? null : date(v, s);
    }

    /** A date or a range of dates {@code 2026-02-09..2026-02-13} (both ends included); empty if invalid (reported). */
    static List<LocalDate> dates(YamlValue v) {
        String s = v.text(null);
        if (s == null) {
            return List.of();
        }
        String[] ends = s.split("\\.\\.", -1);
        if (ends.length > 2) {
            v.problem("'" + s + "' is not a date or a range of dates; write 2026-02-09 or 2026-02-09..2026-02-13");
            return List.of();
        }
        LocalDate from = date(v, ends[0]);
        LocalDate to = ends.length == 2 ? date(v, ends[1]) : from;
        if (from == null || to == null) {
            return List.of();
        }
        if (to.isBefore(from)) {
            v.problem("the range '" + s + "' ends before it starts");
            return List.of();
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }

    private static LocalDate date(YamlValue v, String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            v.problem("'" + s.trim() + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-05");
            return null;
        }
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    /** The text of a window, as a scenario file writes it. */
    static String format(TimeWindow w) {
        return w.start() + "-" + (w.end().equals(LocalTime.MIDNIGHT) ? "24:00" : w.end().toString());
    }
}
