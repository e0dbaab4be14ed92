package org.clinicflow.optimizer.domain;

import java.util.Objects;

/**
 * A station's staffing over the horizon as the roster stands: expected patient waiting in cents, MA-minutes short of
 * the minimum staff, and MA-minutes beyond what the station holds. Equal when the totals are equal (that is what the
 * score sees). {@link #masOnDuty} reads the live counts, so per-bucket detail is only meaningful while the roster is
 * not changing, as during score analysis.
 */
public final class Coverage {
    private final StationTimeline timeline;
    private final long waitingCents;
    private final int shortMinutes;
    private final int excessMinutes;
    private final CoverageCounter counter;

    Coverage(StationTimeline timeline, long waitingCents, int shortMinutes, int excessMinutes,
             CoverageCounter counter) {
        this.timeline = timeline;
        this.waitingCents = waitingCents;
        this.shortMinutes = shortMinutes;
        this.excessMinutes = excessMinutes;
        this.counter = counter;
    }

    public StationTimeline timeline() {
        return timeline;
    }

    public long waitingCents() {
        return waitingCents;
    }

    public int shortMinutes() {
        return shortMinutes;
    }

    public int excessMinutes() {
        return excessMinutes;
    }

    /** MAs on duty in {@code bucket} (a bucket of this station). */
    public int masOnDuty(StationBucket bucket) {
        return counter.masOnDuty(bucket);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coverage c && c.timeline == timeline && c.waitingCents == waitingCents
                && c.shortMinutes == shortMinutes && c.excessMinutes == excessMinutes;
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeline.station().id(), waitingCents, shortMinutes, excessMinutes);
    }

    @Override
    public String toString() {
        return timeline + ": waiting " + waitingCents + " cents, short " + shortMinutes + ", excess " + excessMinutes;
    }
}
