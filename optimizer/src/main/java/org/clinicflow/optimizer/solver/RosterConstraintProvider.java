package org.clinicflow.optimizer.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import org.clinicflow.optimizer.domain.ConsecutiveDaysCollector;
import org.clinicflow.optimizer.domain.Coverage;
import org.clinicflow.optimizer.domain.CoverageCollector;
import org.clinicflow.optimizer.domain.MaWeek;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationTimeline;
import org.clinicflow.optimizer.domain.TeamMember;
import org.clinicflow.optimizer.domain.TimeText;

/**
 * The roster's rules, one method each. Hard (in minutes unless said): skills, overlapping shifts, one shift a day
 * (shifts), minimum rest, consecutive days (days), leave, availability, contract maximum, station capacity. Medium:
 * minimum staffing in MA-minutes short ("cannot staff"). Soft, in cents: expected patient waiting, labor, overtime
 * premiums, fairness, preferences, continuity and changes from a published roster.
 */
public class RosterConstraintProvider implements ConstraintProvider {
    public static final String MISSING_SKILL = "MA lacks a skill the station requires";
    public static final String OVERLAP = "MA works overlapping shifts";
    public static final String ONE_SHIFT_PER_DAY = "At most one shift per day";
    public static final String MINIMUM_REST = "Minimum rest between shifts";
    public static final String CONSECUTIVE_DAYS = "Maximum consecutive working days";
    public static final String TIME_OFF = "Shift during time off";
    public static final String UNAVAILABLE = "Shift outside the MA's availability";
    public static final String CONTRACT_MAXIMUM = "Contract maximum hours per week";
    public static final String STATION_CAPACITY = "More MAs than the station holds";
    public static final String MINIMUM_STAFFING = "Station below its minimum staffing";
    public static final String PATIENT_WAITING = "Expected patient waiting";
    public static final String LABOR = "Labor cost with differentials";
    public static final String DAILY_OVERTIME = "Daily overtime premium";
    public static final String WEEKLY_OVERTIME = "Weekly overtime premium";
    public static final String SEVENTH_DAY = "Seventh consecutive day premium";
    public static final String CONTRACT_TARGET = "Weekly hours away from the contract target";
    public static final String UNDESIRED_DAY = "Shift on an undesired day";
    public static final String UNDESIRED_SHIFT = "Undesired shift template";
    public static final String DESIRED_DAY = "Shift on a desired day";
    public static final String DESIRED_SHIFT = "Desired shift template";
    public static final String POD_CONTINUITY = "More than one pod in a week";
    public static final String OUTSIDE_USUAL_PODS = "Pod outside the MA's usual pods";
    public static final String PUBLISHED_CHANGE = "Change from the published roster";

    /** The first 8 hours of a seventh consecutive day are paid at the daily overtime rate, the rest doubled. */
    private static final int SEVENTH_DAY_OVERTIME_MINUTES = 480;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            missingSkill(factory), overlappingShifts(factory), oneShiftPerDay(factory), minimumRest(factory),
            consecutiveDays(factory), timeOff(factory), unavailable(factory), contractMaximum(factory),
            stationCapacity(factory),
            minimumStaffing(factory),
            patientWaiting(factory), labor(factory), dailyOvertime(factory), weeklyOvertime(factory),
            seventhDay(factory), contractTarget(factory), undesiredDay(factory), undesiredShift(factory),
            desiredDay(factory), desiredShift(factory), podContinuity(factory), outsideUsualPods(factory),
            publishedChange(factory)
        };
    }

    // ---- hard

    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> !p.getMa().holds(p.station().requiredSkills()))
                .penalize(HardMediumSoftLongScore.ONE_HARD, p -> p.clock().minutes())
                .asConstraint(MISSING_SKILL);
    }

    Constraint overlappingShifts(ConstraintFactory factory) {
        return shiftPairsOfOneMa(factory)
                .filter((a, b) -> a.overlapMinutes(b) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, ShiftPosition::overlapMinutes)
                .asConstraint(OVERLAP);
    }

    Constraint oneShiftPerDay(ConstraintFactory factory) {
        return shiftPairsOfOneMa(factory)
                .filter((a, b) -> a.day() == b.day())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(ONE_SHIFT_PER_DAY);
    }

    Constraint minimumRest(ConstraintFactory factory) {
        return shiftPairsOfOneMa(factory)
                .filter((a, b) -> a.restShortfallMinutes(b) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, ShiftPosition::restShortfallMinutes)
                .asConstraint(MINIMUM_REST);
    }

    Constraint consecutiveDays(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .groupBy(ShiftPosition::getMa, ConsecutiveDaysCollector.INSTANCE)
                .filter((ma, daysBeyond) -> daysBeyond > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (ma, daysBeyond) -> daysBeyond)
                .asConstraint(CONSECUTIVE_DAYS);
    }

    Constraint timeOff(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.getMa().minutesOnLeave(p) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, p -> p.getMa().minutesOnLeave(p))
                .asConstraint(TIME_OFF);
    }

    Constraint unavailable(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.getMa().minutesUnavailable(p) > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, p -> p.getMa().minutesUnavailable(p))
                .asConstraint(UNAVAILABLE);
    }

    Constraint contractMaximum(ConstraintFactory factory) {
        return minutesPerWeek(factory)
                .filter((week, paid, straight) -> paid > week.maxMinutes())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (week, paid, straight) -> paid - week.maxMinutes())
                .asConstraint(CONTRACT_MAXIMUM);
    }

    Constraint stationCapacity(ConstraintFactory factory) {
        return coverage(factory)
                .filter((timeline, coverage) -> coverage.excessMinutes() > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, (timeline, coverage) -> coverage.excessMinutes())
                .asConstraint(STATION_CAPACITY);
    }

    // ---- medium

    Constraint minimumStaffing(ConstraintFactory factory) {
        return coverage(factory)
                .filter((timeline, coverage) -> coverage.shortMinutes() > 0)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, (timeline, coverage) -> coverage.shortMinutes())
                .justifyWith((timeline, coverage, score) -> StaffingGapJustification.of(coverage))
                .asConstraint(MINIMUM_STAFFING);
    }

    // ---- soft, in cents

    Constraint patientWaiting(ConstraintFactory factory) {
        return coverage(factory)
                .filter((timeline, coverage) -> coverage.waitingCents() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (timeline, coverage) -> coverage.waitingCents())
                .justifyWith((timeline, coverage, score) -> WaitingJustification.of(coverage))
                .asConstraint(PATIENT_WAITING);
    }

    Constraint labor(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ShiftPosition::laborCents)
                .asConstraint(LABOR);
    }

    Constraint dailyOvertime(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.dailyOvertimePremiumCents() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ShiftPosition::dailyOvertimePremiumCents)
                .justifyWith((p, score) -> new OvertimeJustification(p.getMa().id(), p.getMa().name(), "daily",
                        TimeText.day(p.date()), p.paidTime().dailyOvertimeMinutes() + p.paidTime().dailyDoubleMinutes(),
                        p.dailyOvertimePremiumCents()))
                .asConstraint(DAILY_OVERTIME);
    }

    Constraint weeklyOvertime(ConstraintFactory factory) {
        return minutesPerWeek(factory)
                .filter((week, paid, straight) -> weeklyOvertimeMinutes(week, straight) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (week, paid, straight) -> weeklyOvertimeCents(week, straight))
                .justifyWith((week, paid, straight, score) -> new OvertimeJustification(week.ma().id(), week.ma().name(),
                        "weekly", weekLabel(week), weeklyOvertimeMinutes(week, straight),
                        weeklyOvertimeCents(week, straight)))
                .asConstraint(WEEKLY_OVERTIME);
    }

    private static int weeklyOvertimeMinutes(MaWeek week, int straightMinutes) {
        int after = week.rules().weeklyOvertimeAfterMinutes();
        return after < 0 ? 0 : Math.max(0, straightMinutes - after);
    }

    private static long weeklyOvertimeCents(MaWeek week, int straightMinutes) {
        return week.ma().cents(weeklyOvertimeMinutes(week, straightMinutes),
                week.rules().overtime().weeklyMultiplier() - 1);
    }

    Constraint seventhDay(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.rules().overtime().seventhDayRule())
                .groupBy(ShiftPosition::maWeek, countDistinct(ShiftPosition::day))
                .filter((week, days) -> days == 7)
                .join(ShiftPosition.class, Joiners.equal((week, days) -> week, ShiftPosition::maWeek),
                        Joiners.filtering((week, days, p) -> p.day() == week.week().lastDay()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (week, days, p) -> seventhDayCents(p))
                .justifyWith((week, days, p, score) -> new OvertimeJustification(p.getMa().id(), p.getMa().name(),
                        "seventh day", TimeText.day(p.date()), p.paidMinutes(), seventhDayCents(p)))
                .asConstraint(SEVENTH_DAY);
    }

    /** The seventh day's premium beyond what the daily rule already charged for the shift. */
    private static long seventhDayCents(ShiftPosition p) {
        TeamMember ma = p.getMa();
        int atOvertime = Math.min(p.paidMinutes(), SEVENTH_DAY_OVERTIME_MINUTES);
        int doubled = p.paidMinutes() - atOvertime;
        long premium = ma.cents(atOvertime, p.rules().overtime().dailyMultiplier() - 1)
                + ma.cents(doubled, p.rules().overtime().doubleMultiplier() - 1);
        return Math.max(0, premium - p.dailyOvertimePremiumCents());
    }

    Constraint contractTarget(ConstraintFactory factory) {
        return minutesPerWeek(factory)
                .complement(MaWeek.class, week -> 0, week -> 0)
                .filter((week, paid, straight) -> contractTargetCents(week, paid) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (week, paid, straight) -> contractTargetCents(week, paid))
                .asConstraint(CONTRACT_TARGET);
    }

    /** The fairness price times the squared hours the week misses the target by. */
    private static long contractTargetCents(MaWeek week, int minutes) {
        long off = Math.abs(minutes - week.targetMinutes());
        return Math.round(week.rules().prices().fairnessCentsPerSquaredHour() * (double) (off * off) / 3600.0);
    }

    Constraint undesiredDay(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.getMa().preferences().undesiredDays().contains(p.weekday()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> p.rules().prices().undesiredDayCents())
                .asConstraint(UNDESIRED_DAY);
    }

    Constraint undesiredShift(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.getMa().preferences().undesiredShifts().contains(p.template().id()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> p.rules().prices().undesiredShiftCents())
                .asConstraint(UNDESIRED_SHIFT);
    }

    Constraint desiredDay(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.getMa().preferences().desiredDays().contains(p.weekday()))
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, p -> p.rules().prices().desiredDayCents())
                .asConstraint(DESIRED_DAY);
    }

    Constraint desiredShift(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.getMa().preferences().desiredShifts().contains(p.template().id()))
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, p -> p.rules().prices().desiredShiftCents())
                .asConstraint(DESIRED_SHIFT);
    }

    Constraint podContinuity(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.podId() != null)
                .groupBy(ShiftPosition::maWeek, countDistinct(ShiftPosition::podId))
                .filter((week, pods) -> pods > 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (week, pods) -> (pods - 1) * week.rules().prices().extraPodCents())
                .asConstraint(POD_CONTINUITY);
    }

    Constraint outsideUsualPods(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .filter(p -> p.podId() != null && !p.getMa().preferences().usualPods().isEmpty()
                        && !p.getMa().preferences().usualPods().contains(p.podId()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> p.rules().prices().outsideUsualPodsCents())
                .asConstraint(OUTSIDE_USUAL_PODS);
    }

    Constraint publishedChange(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftPosition.class)
                .filter(p -> p.rules().comparesToPublished() && p.changedFromPublished())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, p -> p.rules().prices().publishedChangeCents())
                .asConstraint(PUBLISHED_CHANGE);
    }

    // ---- shared streams

    /**
     * Every pair of shifts of the same MA starting at most 2 days apart: all that overlap, share a day or come too
     * close for rest (a shift is at most a day long and rest at most a day).
     */
    private static BiConstraintStream<ShiftPosition, ShiftPosition> shiftPairsOfOneMa(ConstraintFactory factory) {
        return factory.forEachUniquePair(ShiftPosition.class, Joiners.equal(ShiftPosition::getMa),
                Joiners.overlapping(ShiftPosition::day, ShiftPosition::dayAfterNext));
    }

    /** Every station's coverage, an unstaffed station's included. */
    private static BiConstraintStream<StationTimeline, Coverage> coverage(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .groupBy(ShiftPosition::timeline, CoverageCollector.INSTANCE)
                .complement(StationTimeline.class, StationTimeline::uncovered);
    }

    /**
     * Every MA-week with shifts, with its paid and straight-time minutes (shifts across the workweek boundary split as
     * worked).
     */
    private static TriConstraintStream<MaWeek, Integer, Integer> minutesPerWeek(ConstraintFactory factory) {
        return factory.forEach(ShiftPosition.class)
                .flatten(ShiftPosition::weekShares)
                .groupBy((p, share) -> p.getMa().week(share.week()), sum((p, share) -> share.paidMinutes()),
                        sum((p, share) -> share.straightMinutes()));
    }

    private static String weekLabel(MaWeek week) {
        return "week " + (week.week().index() + 1);
    }
}
