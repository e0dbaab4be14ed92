package org.clinicflow.optimizer.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;

/**
 * A position to fill: one shift of a template at a station on one day of the horizon ({@code slot} tells apart the
 * positions of the same kind). The solver picks the MA, or leaves it empty. A pinned position keeps its MA (a
 * published assignment the manager will not move). Times are whole minutes from the start of the horizon.
 */
@PlanningEntity(comparatorClass = PositionDifficulty.class)
public class ShiftPosition {
    @PlanningId
    private String id;
    private Station station;
    private ShiftTemplate template;
    private int day;
    private LocalDate date;
    private DayOfWeek weekday;
    private int slot;
    private ShiftClock clock;
    private PaidTime paidTime;
    private List<StationBucket> buckets;
    private StationTimeline timeline;
    private RosterRules rules;
    private String publishedMaId;
    @PlanningPin
    private boolean pinned;
    private List<TeamMember> eligible = List.of();
    private int qualifiedOnTeam;
    private int fewestAlternatives = Integer.MAX_VALUE;
    @PlanningVariable(allowsUnassigned = true)
    private TeamMember ma;

    /** For Timefold's solution cloning. */
    public ShiftPosition() {
    }

    public ShiftPosition(Station station, ShiftTemplate template, int day, LocalDate date, int slot,
                         PaidTime paidTime, StationTimeline timeline, List<StationBucket> buckets,
                         RosterRules rules) {
        this.id = station.id() + "/" + day + "/" + template.id() + "/" + slot;
        this.station = station;
        this.template = template;
        this.day = day;
        this.date = date;
        this.weekday = date.getDayOfWeek();
        this.slot = slot;
        this.clock = ShiftClock.of(day, template);
        this.paidTime = paidTime;
        this.timeline = timeline;
        this.buckets = List.copyOf(buckets);
        this.rules = rules;
    }

    public String id() {
        return id;
    }

    public Station station() {
        return station;
    }

    public ShiftTemplate template() {
        return template;
    }

    public int day() {
        return day;
    }

    /** The day after next: pairs of shifts starting before it can conflict (see the pair constraints). */
    public int dayAfterNext() {
        return day + 3;
    }

    public LocalDate date() {
        return date;
    }

    public DayOfWeek weekday() {
        return weekday;
    }

    public int slot() {
        return slot;
    }

    public int startMinute() {
        return clock.start();
    }

    public int endMinute() {
        return clock.end();
    }

    /** Until when the MA must rest after this shift before starting another. */
    public int restUntilMinute() {
        return clock.end() + rules.minRestMinutes();
    }

    public ShiftClock clock() {
        return clock;
    }

    public PaidTime paidTime() {
        return paidTime;
    }

    public int paidMinutes() {
        return paidTime.paidMinutes();
    }

    /** The workweek of the day this shift starts. */
    public int startWeek() {
        return paidTime.startWeek();
    }

    /** This shift's MA in the workweek the shift starts in. */
    public MaWeek maWeek() {
        return ma.week(paidTime.startWeek());
    }

    public List<WeekShare> weekShares() {
        return paidTime.weekShares();
    }

    /** The station's buckets this shift is on duty for (at their midpoints, not on break). */
    public List<StationBucket> buckets() {
        return buckets;
    }

    /** The station's timeline this shift's buckets belong to. */
    public StationTimeline timeline() {
        return timeline;
    }

    public RosterRules rules() {
        return rules;
    }

    /** The pod this shift serves, or null when the station is not a pod. */
    public String podId() {
        return station.kind() == StationKind.POD ? station.podId() : null;
    }

    public String publishedMaId() {
        return publishedMaId;
    }

    public void setPublishedMaId(String publishedMaId) {
        this.publishedMaId = publishedMaId;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /**
     * The MAs the solver may put here: those with the station's skills, not on leave and available for the whole
     * shift, and the published MA if any (whatever rule they break: the hard rules report it).
     */
    @ValueRangeProvider
    public List<TeamMember> eligible() {
        return eligible;
    }

    /**
     * @param eligible the MAs the solver may put here
     * @param qualifiedOnTeam how many MAs on the team hold the station's skills (how scarce they are)
     */
    public void setEligible(List<TeamMember> eligible, int qualifiedOnTeam) {
        this.eligible = List.copyOf(eligible);
        this.qualifiedOnTeam = qualifiedOnTeam;
    }

    /** Takes the MA off this position and out of its value range (they cannot come: an absence to cover). */
    public void vacate() {
        if (ma != null) {
            TeamMember absent = ma;
            eligible = eligible.stream().filter(m -> m != absent).toList();
            ma = null;
        }
    }

    public int qualifiedOnTeam() {
        return qualifiedOnTeam;
    }

    /**
     * Of the buckets this shift covers that need staff, the fewest shift templates that cover any one of them at this
     * station that day: 1 means some needed time is covered by this template alone.
     */
    public int fewestAlternatives() {
        return fewestAlternatives;
    }

    public void setFewestAlternatives(int fewestAlternatives) {
        this.fewestAlternatives = fewestAlternatives;
    }

    /** How many of this shift's buckets have a minimum staff (what it does for coverage). */
    public int requiredBuckets() {
        int n = 0;
        for (StationBucket b : buckets) {
            n += b.minStaff() > 0 ? 1 : 0;
        }
        return n;
    }

    public TeamMember getMa() {
        return ma;
    }

    public void setMa(TeamMember ma) {
        this.ma = ma;
    }

    /** True when the MA differs from the published roster's (a change the manager must announce). */
    public boolean changedFromPublished() {
        return !Objects.equals(publishedMaId, ma == null ? null : ma.id());
    }

    /** Labor cost of the assigned MA for this shift: paid minutes plus differentials, in cents. */
    public long laborCents() {
        return ma.cents(paidTime.paidMinutes() + paidTime.differentialMinutes(), 1);
    }

    /** The daily overtime premium (above straight time) of the assigned MA for this shift, in cents. */
    public long dailyOvertimePremiumCents() {
        return ma.cents(paidTime.dailyOvertimeMinutes(), rules.overtime().dailyMultiplier() - 1)
                + ma.cents(paidTime.dailyDoubleMinutes(), rules.overtime().doubleMultiplier() - 1);
    }

    /** Minutes two shifts overlap. */
    public int overlapMinutes(ShiftPosition other) {
        return TeamMember.overlap(startMinute(), endMinute(), other.startMinute(), other.endMinute());
    }

    /** Minutes of rest short of the minimum between this shift and {@code other} (0 if they overlap: not rest). */
    public int restShortfallMinutes(ShiftPosition other) {
        ShiftPosition first = startMinute() <= other.startMinute() ? this : other;
        ShiftPosition second = first == this ? other : this;
        int rest = second.startMinute() - first.endMinute();
        return rest < 0 ? 0 : Math.max(0, rules.minRestMinutes() - rest);
    }

    /** A short label such as "Tue 2026-01-06 08:00-17:00 Pod B". */
    public String label() {
        return TimeText.day(date) + " " + template.window() + " " + station.name();
    }

    @Override
    public String toString() {
        return id + (ma == null ? "" : "=" + ma.id());
    }
}
