package org.clinicflow.optimizer.explain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.optimizer.domain.TeamMember;
import org.clinicflow.optimizer.domain.WeekShare;
import org.clinicflow.optimizer.solver.BucketShortage;

/**
 * Names why a staffing gap stayed open by looking at every MA with the station's skills: on leave, not available
 * then, already rostered at that time, or at their contract maximum that week. For an MA free by all those tests it
 * tries every open shift at the station that day that covers part of the gap and names the hard rules each would
 * break with them on it: the station's maximum staff, one shift a day, overlapping shifts, minimum rest, consecutive
 * days, or the contract maximum hours (or that no shift they are available for covers the gap at all).
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
        List<TeamMember> free = new ArrayList<>();
        for (TeamMember ma : qualified) {
            ShiftPosition busy = rosteredDuring(ma, start, end);
            if (ma.minutesOnLeave(start, end) > 0) {
                onLeave.add(ma.name());
            } else if (ma.minutesUnavailable(start, end, gap.day(), gap.date().getDayOfWeek()) > 0) {
                unavailable.add(ma.name());
            } else if (busy != null) {
                elsewhere.add(ma.name() + " at " + busy.station().name());
            } else if (weekMinutes(ma, weekOf(gap.day())) >= ma.week(weekOf(gap.day())).maxMinutes()) {
                atMaximum.add(ma.name());
            } else {
                free.add(ma);
            }
        }
        StringJoiner why = new StringJoiner("; ");
        add(why, onLeave, "on leave");
        add(why, unavailable, "not available then");
        add(why, elsewhere, "rostered elsewhere");
        add(why, atMaximum, "at their contract maximum that week");
        Map<String, List<String>> freeBy = new LinkedHashMap<>();
        for (TeamMember ma : free) {
            freeBy.computeIfAbsent(blockers(ma, gap, start, end), k -> new ArrayList<>()).add(ma.name());
        }
        freeBy.forEach((blocked, names) -> why.add(names.size() + " free (" + list(names) + ") but " + blocked));
        return "of " + qualified.size() + " qualified: " + why;
    }

    /**
     * Why {@code ma}, free during the gap, is on none of the station's open shifts that cover part of it: the hard
     * rules each such shift would break with them on it (the rules the solver never breaks to fill a gap).
     */
    private String blockers(TeamMember ma, BucketShortage gap, int start, int end) {
        Set<String> rules = new java.util.LinkedHashSet<>();
        boolean anyShift = false;
        boolean pinned = false;
        for (ShiftPosition p : plan.positions()) {
            if (p.getMa() != null || p.day() != gap.day() || !p.station().id().equals(gap.stationId())
                    || !p.eligible().contains(ma) || !covers(p, start, end)) {
                continue;
            }
            if (p.isPinned()) {
                pinned = true;
                continue;
            }
            anyShift = true;
            List<String> broken = broken(ma, p);
            if (broken.isEmpty()) {
                return "a shift covering it would break no hard rule (the search did not reach it; a longer run may)";
            }
            rules.addAll(broken);
        }
        if (!anyShift) {
            return pinned ? "the published roster is kept unchanged that day"
                    : "no shift template they are available for covers it at this station";
        }
        return "every shift covering it would break " + joinRules(new ArrayList<>(rules));
    }

    /** The hard rules {@code ma} on the open position {@code p} would break, in words. */
    private List<String> broken(TeamMember ma, ShiftPosition p) {
        List<String> broken = new ArrayList<>();
        int maxStaff = p.station().maxStaff();
        if (stationFull(p)) {
            broken.add("the station's maximum of " + maxStaff + (maxStaff == 1 ? " MA" : " MAs"));
        }
        List<ShiftPosition> own = plan.positions().stream().filter(q -> q.getMa() == ma && q != p).toList();
        if (own.stream().anyMatch(q -> q.overlapMinutes(p) > 0)) {
            broken.add("the rule against overlapping shifts");
        }
        if (own.stream().anyMatch(q -> q.day() == p.day())) {
            broken.add("the one-shift-a-day rule");
        }
        if (own.stream().anyMatch(q -> q.restShortfallMinutes(p) > 0)) {
            broken.add("the minimum rest of " + hours(plan.rules().minRestMinutes()) + " between shifts");
        }
        Set<Integer> days = new HashSet<>();
        own.forEach(q -> days.add(q.day()));
        int run = 1;
        for (int d = p.day() - 1; days.contains(d); d--) {
            run++;
        }
        for (int d = p.day() + 1; days.contains(d); d++) {
            run++;
        }
        if (run > plan.rules().maxConsecutiveDays()) {
            broken.add("the maximum of " + plan.rules().maxConsecutiveDays() + " consecutive working days");
        }
        for (WeekShare share : p.weekShares()) {
            int max = ma.week(share.week()).maxMinutes();
            if (weekMinutes(ma, share.week()) + share.paidMinutes() > max) {
                broken.add("the contract maximum of " + hours(max) + " a week");
                break;
            }
        }
        return broken;
    }

    /** True when some bucket the position would staff already has the station's maximum of MAs on duty. */
    private boolean stationFull(ShiftPosition p) {
        Map<StationBucket, Integer> onDuty = new IdentityHashMap<>();
        for (ShiftPosition q : plan.positions()) {
            if (q.getMa() != null && q != p && q.station().id().equals(p.station().id())) {
                q.buckets().forEach(b -> onDuty.merge(b, 1, Integer::sum));
            }
        }
        return p.buckets().stream().anyMatch(b -> onDuty.getOrDefault(b, 0) >= b.maxStaff());
    }

    private static boolean covers(ShiftPosition p, int start, int end) {
        return p.buckets().stream().anyMatch(b -> b.minStaff() > 0 && b.startMinute() < end && start < b.endMinute());
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    private static String joinRules(List<String> rules) {
        return rules.size() == 1 ? rules.get(0)
                : String.join(", ", rules.subList(0, rules.size() - 1)) + " or " + rules.get(rules.size() - 1);
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

    /** Paid minutes {@code ma} is rostered in workweek {@code week} (its index). */
    private int weekMinutes(TeamMember ma, int week) {
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
