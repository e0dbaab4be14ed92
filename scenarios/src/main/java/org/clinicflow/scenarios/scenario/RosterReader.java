package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * {@code baselineRoster}: the roster the clinic works today, as a weekly pattern per MA: weekday specs to
 * {@code shift@station} (or {@code {shift, station}}, or a list of them for split shifts). With {@code weeks} > 1 a
 * pattern under {@code weekN} holds for that week of the cycle only; weekday keys directly under the MA hold for every
 * week. Each shift must fit the MA's availability, avoid their time off in the first cycle, sit at an open station the
 * MA is qualified for, and keep the week within the MA's contract maximum.
 */
final class RosterReader {
    private static final Pattern WEEK = Pattern.compile("week(\\d+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*([^@\\s]+)\\s*@\\s*([^@\\s]+)\\s*");

    private RosterReader() {
    }

    static Roster roster(YamlValue v, Definitions defs) {
        v.fields("weeks", "shifts");
        int weeks = v.get("weeks").integer(1, 1);
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (YamlValue.Entry perMa : v.get("shifts").required().mapEntries("MA ids to their weekly shifts")) {
            String maId = defs.maIds.refer(perMa.keyValue());
            MedicalAssistant ma = maId == null ? null : defs.team.get(maId);
            List<ShiftAssignment> mine = new ArrayList<>();
            Map<Integer, String> dayKey = new HashMap<>();
            for (YamlValue.Entry e : perMa.value().mapEntries("weekdays (or week1, week2...) to shift@station")) {
                Matcher week = WEEK.matcher(e.key());
                if (week.matches()) {
                    int w = Integer.parseInt(week.group(1));
                    if (w < 1 || w > weeks) {
                        e.keyValue().problem("'" + e.key() + "' is outside the roster cycle of " + weeks + " week"
                                + (weeks == 1 ? "" : "s") + " (set weeks: " + Math.max(w, 1) + " or remove it)");
                        continue;
                    }
                    for (YamlValue.Entry d : e.value().mapEntries("weekdays to shift@station")) {
                        days(d, ma, List.of(w - 1), dayKey, mine, defs);
                    }
                } else {
                    List<Integer> all = new ArrayList<>();
                    for (int w = 0; w < weeks; w++) {
                        all.add(w);
                    }
                    days(e, ma, all, dayKey, mine, defs);
                }
            }
            if (ma != null && YamlValue.allRead(defs.maItems.get(ma.id()).get("contract"))) {
                checkContract(perMa.keyValue(), ma, mine, weeks);
            }
            assignments.addAll(mine);
        }
        return new Roster(weeks, assignments);
    }

    /** The shifts one weekday key gives, on each week of {@code weeks} (0-based). */
    private static void days(YamlValue.Entry e, MedicalAssistant ma, List<Integer> weeks, Map<Integer, String> dayKey,
                             List<ShiftAssignment> mine, Definitions defs) {
        Set<DayOfWeek> days = CalendarSyntax.weekdays(e.key());
        if (days == null) {
            e.keyValue().problem("'" + e.key() + "' is not a weekday or weekN" + DidYouMean.hint(e.key(),
                    CalendarSyntax.WEEKDAYS) + "; write " + CalendarSyntax.WEEKDAY_FORMS + ", or week1, week2...");
            return;
        }
        for (YamlValue a : e.value().itemsOrSingle()) {
            ShiftTemplate shift = null;
            Station station = null;
            if (a.isMap()) {
                a.fields("shift", "station");
                shift = shift(a.get("shift").required(), defs);
                station = station(a.get("station").required(), defs);
            } else {
                String text = a.text(null);
                Matcher m = text == null ? null : ASSIGNMENT.matcher(text);
                if (m != null && m.matches()) {
                    shift = shift(a, m.group(1), defs);
                    station = station(a, m.group(2), defs);
                } else if (text != null) {
                    a.problem("'" + text + "' is not an assignment; write shift@station, e.g. day@pod-a, or"
                            + " {shift: day, station: pod-a}");
                }
            }
            if (shift == null || station == null || ma == null) {
                continue;
            }
            boolean qualificationKnown = defs.skillsRead(ma.id())
                    && YamlValue.allRead(defs.stationItems.get(station.id()).get("requiredSkills"));
            if (qualificationKnown && !ma.canDo(station.requiredSkills())) {
                a.problem(ma.id() + " cannot work station '" + station.id() + "': it requires "
                        + station.requiredSkills() + " and " + ma.id() + " holds " + ma.allSkills().stream().sorted()
                        .toList());
                continue;
            }
            for (DayOfWeek day : days) {
                if (!fits(a, ma, shift, station, day, defs)) {
                    break;
                }
                for (int w : weeks) {
                    int cycleDay = 7 * w + day.getValue() - 1;
                    if (onTimeOff(a, ma, shift, cycleDay, defs)) {
                        continue;
                    }
                    ShiftAssignment next = new ShiftAssignment(ma.id(), cycleDay, shift, station.id());
                    ShiftAssignment clash = mine.stream().filter(o -> overlaps(o, next)).findFirst().orElse(null);
                    if (clash != null) {
                        a.problem(ma.id() + " already works " + clash.shift().id() + "@" + clash.stationId() + " ("
                                + CalendarSyntax.format(clash.shift().window()) + ") on " + CalendarSyntax.name(day)
                                + (weeks.size() > 1 || w > 0 ? " of week " + (w + 1) : "") + ", given by '"
                                + dayKey.get(cycleDay) + "'");
                        return;
                    }
                    dayKey.putIfAbsent(cycleDay, e.key());
                    mine.add(next);
                }
            }
        }
    }

    /**
     * The shift fits the MA's availability that weekday and the station is open then; hours that failed to read (the
     * station's, the MA's, or the opening hours they default to) are not checked.
     */
    private static boolean fits(YamlValue a, MedicalAssistant ma, ShiftTemplate shift, Station station, DayOfWeek day,
                                Definitions defs) {
        String d = CalendarSyntax.name(day);
        boolean stationHoursRead = YamlValue.allRead(defs.hoursSource(defs.stationItems.get(station.id()).get("hours")));
        if (stationHoursRead && !station.hours().isOpen(day)) {
            a.problem("station '" + station.id() + "' is closed on " + d + " (see its hours, or openingHours)");
            return false;
        }
        if (!YamlValue.allRead(defs.hoursSource(defs.maItems.get(ma.id()).get("availability")))) {
            return true;
        }
        TimeWindow available = ma.availability().get(day);
        TimeWindow w = shift.window();
        if (available == null) {
            a.problem(ma.id() + " is not available on " + d + " (availability: " + availability(ma) + ")");
            return false;
        }
        if (w.startMinute() < available.startMinute() || w.endMinute() > available.endMinute()) {
            a.problem("shift " + shift.id() + " (" + CalendarSyntax.format(w) + ") on " + d + " is outside "
                    + ma.id() + "'s availability " + CalendarSyntax.format(available));
            return false;
        }
        return true;
    }

    private static boolean onTimeOff(YamlValue a, MedicalAssistant ma, ShiftTemplate shift, int cycleDay,
                                     Definitions defs) {
        if (defs.startDate == null) {
            return false;
        }
        LocalDate date = defs.startDate.plusDays(cycleDay);
        if (ma.timeOff().contains(date)) {
            a.problem(ma.id() + " has time off on " + date + " (" + CalendarSyntax.name(date.getDayOfWeek())
                    + ", roster day " + cycleDay + ") but is rostered for " + shift.id()
                    + "; leave that day out for that week (weekN) or move the time off");
            return true;
        }
        return false;
    }

    private static void checkContract(YamlValue at, MedicalAssistant ma, List<ShiftAssignment> mine, int weeks) {
        for (int w = 0; w < weeks; w++) {
            int week = w;
            double hours = mine.stream().filter(s -> s.day() / 7 == week).mapToDouble(s -> s.shift().paidHours())
                    .sum();
            if (hours > ma.contract().maxHoursPerWeek() + 1e-9) {
                at.problem(ma.id() + " is rostered " + YamlValue.fmt(hours) + " paid hours in week " + (w + 1)
                        + ", above the contract maximum of " + YamlValue.fmt(ma.contract().maxHoursPerWeek()));
            }
        }
    }

    private static boolean overlaps(ShiftAssignment a, ShiftAssignment b) {
        return a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute();
    }

    private static String availability(MedicalAssistant ma) {
        if (ma.availability().isEmpty()) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        ma.availability().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(
                b.isEmpty() ? "" : ", ").append(CalendarSyntax.name(e.getKey())).append(' ')
                .append(CalendarSyntax.format(e.getValue())));
        return b.toString();
    }

    private static ShiftTemplate shift(YamlValue v, Definitions defs) {
        String id = defs.shiftIds.refer(v);
        return id == null ? null : defs.shiftTemplates.get(id);
    }

    private static ShiftTemplate shift(YamlValue at, String id, Definitions defs) {
        return defs.shiftIds.refer(at, id) == null ? null : defs.shiftTemplates.get(id);
    }

    private static Station station(YamlValue v, Definitions defs) {
        String id = defs.stationIds.refer(v);
        return id == null ? null : defs.stations.get(id);
    }

    private static Station station(YamlValue at, String id, Definitions defs) {
        return defs.stationIds.refer(at, id) == null ? null : defs.stations.get(id);
    }
}
