package org.clinicflow.optimizer.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.TeamMember;
import org.clinicflow.optimizer.solver.BucketShortage;

/**
 * Names why a staffing gap stayed open by looking at every MA with the station's skills: on leave, not available
 * then, already rostered at that time, or at their contract maximum that week. When qualified MAs are free by all
 * those tests, the remaining causes are rest, consecutive-day and one-shift-a-day rules, or no shift template that
 * fits the gap.
 */
final class StaffingGapReasoner {
    private final RosterPlan plan;

    StaffingGapReasoner(RosterPlan plan) {
        this.plan = plan;
    }

    String reason(BucketShortage gap, int fromMinuteOfDay, int toMinuteOfDay) {
        int start = gap.day() * 1440 + fromMinuteOfDay;
        int end = gap.day() * 1440 + toMinuteOfDay;
        List<TeamMember> qualified = plan.team().stream().filter(m -> m.holds(gap.requiredSkills())).toList();
        if (qualified.isEmpty()) {
            return plan.team().isEmpty() ? "the team is empty"
                    : "no MA on the team has " + String.join(" and ", gap.requiredSkills());
        }
        List<String> onLeave = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        List<String> atMaximum = new ArrayList<>();
        List<String> free = new ArrayList<>();
        for (TeamMember ma : qualified) {
            ShiftPosition busy = rosteredDuring(ma, start, end);
            if (ma.minutesOnLeave(start, end) > 0) {
                onLeave.add(ma.name());
            } else if (ma.minutesUnavailable(start, end, gap.day(), gap.date().getDayOfWeek()) > 0) {
                unavailable.add(ma.name());
            } else if (busy != null) {
                elsewhere.add(ma.name() + " at " + busy.station().name());
            } else if (weekMinutes(ma, gap.day()) >= ma.week(weekOf(gap.day())).maxMinutes()) {
                atMaximum.add(ma.name());
            } else {
                free.add(ma.name());
            }
        }
        StringJoiner why = new StringJoiner("; ");
        add(why, onLeave, "on leave");
        add(why, unavailable, "not available then");
        add(why, elsewhere, "rostered elsewhere");
        add(why, atMaximum, "at their contract maximum that week");
        if (!free.isEmpty()) {
            why.add(free.size() + " free (" + list(free) + ") but no shift for them fits within the rest, "
                    + "consecutive-day and one-shift-a-day rules and the shift templates");
        }
        return "of " + qualified.size() + " qualified: " + why;
    }

    private ShiftPosition rosteredDuring(TeamMember ma, int start, int end) {
        for (ShiftPosition p : plan.positions()) {
            if (p.getMa() == ma && p.startMinute() < end && start < p.endMinute()) {
                return p;
            }
        }
        return null;
    }

    private int weekOf(int day) {
        return plan.weeks().stream().filter(w -> w.contains(day)).findFirst().orElseThrow().index();
    }

    private int weekMinutes(TeamMember ma, int day) {
        int week = weekOf(day);
        int minutes = 0;
        for (ShiftPosition p : plan.positions()) {
            if (p.getMa() == ma) {
                minutes += p.weekShares().stream().filter(s -> s.week() == week).mapToInt(s -> s.paidMinutes()).sum();
            }
        }
        return minutes;
    }

    private static void add(StringJoiner why, List<String> names, String what) {
        if (!names.isEmpty()) {
            why.add(names.size() + " " + what + " (" + list(names) + ")");
        }
    }

    private static String list(List<String> names) {
        return names.size() <= 4 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
    }
}
