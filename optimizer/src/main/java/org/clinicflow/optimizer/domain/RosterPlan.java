package org.clinicflow.optimizer.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.LocalDate;
import java.util.List;

/**
 * A roster to plan: the horizon (first date and days), the team, the stations' timelines of buckets with their
 * waiting prices, the workweeks, and the positions the solver fills. The score: hard rules (skills, rest, leave, contract
 * maximum...), medium = minimum staffing ("cannot staff"), soft = cents (waiting, labor, overtime, fairness,
 * preferences, continuity, changes from a published roster).
 */
@PlanningSolution
public class RosterPlan {
    private LocalDate firstDate;
    private int days;
    private int bucketMinutes;
    @ProblemFactProperty
    private RosterRules rules;
    @ProblemFactCollectionProperty
    private List<TeamMember> team;
    @ProblemFactCollectionProperty
    private List<StationTimeline> timelines;
    @ProblemFactCollectionProperty
    private List<WorkWeek> weeks;
    @ProblemFactCollectionProperty
    private List<MaWeek> maWeeks;
    @PlanningEntityCollectionProperty
    private List<ShiftPosition> positions;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For Timefold's solution cloning. */
    public RosterPlan() {
    }

    public RosterPlan(LocalDate firstDate, int days, int bucketMinutes, RosterRules rules, List<TeamMember> team,
                      List<StationTimeline> timelines, List<WorkWeek> weeks, List<MaWeek> maWeeks,
                      List<ShiftPosition> positions) {
        this.firstDate = firstDate;
        this.days = days;
        this.bucketMinutes = bucketMinutes;
        this.rules = rules;
        this.team = team;
        this.timelines = timelines;
        this.weeks = weeks;
        this.maWeeks = maWeeks;
        this.positions = positions;
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public int days() {
        return days;
    }

    public int bucketMinutes() {
        return bucketMinutes;
    }

    public RosterRules rules() {
        return rules;
    }

    public List<TeamMember> team() {
        return team;
    }

    public List<StationTimeline> timelines() {
        return timelines;
    }

    /** Every station bucket of the horizon. */
    public List<StationBucket> buckets() {
        return timelines.stream().flatMap(t -> t.buckets().stream()).toList();
    }

    public List<WorkWeek> weeks() {
        return weeks;
    }

    public List<MaWeek> maWeeks() {
        return maWeeks;
    }

    public List<ShiftPosition> positions() {
        return positions;
    }

    public HardMediumSoftLongScore score() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
