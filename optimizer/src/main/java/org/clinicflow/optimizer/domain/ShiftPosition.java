package org.clinicflow.optimizer.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
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
@PlanningEntity
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
    private RosterRules rules;
    private String publishedMaId;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true)
    private TeamMember ma;

    /** For Timefold's solution cloning. */
    public ShiftPosition() {
    }

    public ShiftPosition(Station station, ShiftTemplate template, int day, LocalDate date, int slot,
                         PaidTime paidTime, List<StationBucket> buckets, RosterRules rules) {
        this.id = station.id() + "/" + day + "/" + template.id() + "/" + slot;
        this.station = station;
        this.template = template;
        this.day = day;
        this.date = date;
        this.weekday = date.getDayOfWeek();
        this.slot = slot;
        this.clock = ShiftClock.of(day, template);
        this.paidTime = paidTime;
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
