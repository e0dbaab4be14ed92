package org.clinicflow.optimizer.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * An MA as the roster sees them: skills (with the credential), hourly cost in cents (base wage plus the credential
 * premium), contract, availability per weekday, days off (horizon day indices), preferences, and their workweeks.
 */
public final class TeamMember {
    @PlanningId
    private final String id;
    private final String name;
    private final Credential credential;
    private final Set<String> skills;
    private final double centsPerHour;
    private final Map<DayOfWeek, TimeWindow> availability;
    private final Set<Integer> daysOff;
    private final Preferences preferences;
    private List<MaWeek> weeks = List.of();

    public TeamMember(String id, String name, Credential credential, Set<String> skills, double centsPerHour,
                      Map<DayOfWeek, TimeWindow> availability, Set<Integer> daysOff, Preferences preferences) {
        this.id = id;
        this.name = name;
        this.credential = credential;
        this.skills = Set.copyOf(skills);
        this.centsPerHour = centsPerHour;
        this.availability = Map.copyOf(availability);
        this.daysOff = Set.copyOf(daysOff);
        this.preferences = preferences;
    }

    /** Creates this MA's workweeks with the contract's weekly target and maximum hours (target pro rata). */
    public List<MaWeek> planWeeks(List<WorkWeek> workWeeks, double targetHoursPerWeek, double maxHoursPerWeek,
                                  RosterRules rules) {
        List<MaWeek> list = new ArrayList<>();
        for (WorkWeek week : workWeeks) {
            list.add(new MaWeek(this, week, (int) Math.round(targetHoursPerWeek * 60 * week.days() / 7.0),
                    (int) Math.round(maxHoursPerWeek * 60), rules));
        }
        weeks = List.copyOf(list);
        return weeks;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Credential credential() {
        return credential;
    }

    public Set<String> skills() {
        return skills;
    }

    public Preferences preferences() {
        return preferences;
    }

    public Set<Integer> daysOff() {
        return daysOff;
    }

    public Map<DayOfWeek, TimeWindow> availability() {
        return availability;
    }

    public double centsPerMinute() {
        return centsPerHour / 60;
    }

    /** This MA's record for workweek {@code index}. */
    public MaWeek week(int index) {
        return weeks.get(index);
    }

    public boolean holds(List<String> requiredSkills) {
        return skills.containsAll(requiredSkills);
    }

    /** Cents for {@code minutes} paid at {@code multiplier} times this MA's rate. */
    public long cents(double minutes, double multiplier) {
        return Math.round(centsPerMinute() * minutes * multiplier);
    }

    /** Minutes of the shift that fall on this MA's days off. */
    public int minutesOnLeave(ShiftPosition position) {
        return minutesOnLeave(position.startMinute(), position.endMinute());
    }

    /** Minutes of [start, end) (minutes from the horizon's start) that fall on this MA's days off. */
    public int minutesOnLeave(int start, int end) {
        int leave = 0;
        for (int day = Math.floorDiv(start, 1440); day * 1440 < end; day++) {
            if (daysOff.contains(day)) {
                leave += overlap(start, end, day * 1440, day * 1440 + 1440);
            }
        }
        return leave;
    }

    /** Minutes of the shift outside the hours this MA can work (a weekday without hours is unavailable). */
    public int minutesUnavailable(ShiftPosition position) {
        return minutesUnavailable(position.startMinute(), position.endMinute(), position.day(), position.weekday());
    }

    /**
     * Minutes of [start, end) outside this MA's availability; {@code knownDay} falls on {@code knownWeekday}, which
     * places the weekdays.
     */
    public int minutesUnavailable(int start, int end, int knownDay, DayOfWeek knownWeekday) {
        List<int[]> windows = new ArrayList<>();
        for (int day = Math.floorDiv(start, 1440) - 1; day * 1440 < end; day++) {
            TimeWindow window = availability.get(knownWeekday.plus(Math.floorMod(day - knownDay, 7)));
            if (window != null) {
                int from = day * 1440 + (int) Math.round(window.startMinute());
                windows.add(new int[] {from, day * 1440 + (int) Math.round(window.endMinute())});
            }
        }
        windows.sort((a, b) -> Integer.compare(a[0], b[0]));
        int covered = 0;
        int reached = start;
        for (int[] w : windows) {
            int from = Math.max(w[0], reached);
            int to = Math.min(w[1], end);
            if (to > from) {
                covered += to - from;
                reached = to;
            }
        }
        return (end - start) - covered;
    }

    static int overlap(int start1, int end1, int start2, int end2) {
        return Math.max(0, Math.min(end1, end2) - Math.max(start1, start2));
    }

    @Override
    public String toString() {
        return id;
    }
}
