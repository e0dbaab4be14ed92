package org.clinicflow.optimizer.domain;

/**
 * Counts the MAs on duty in every bucket of one station's timeline as shifts are added and removed, and keeps the
 * totals current: expected waiting in cents, MA-minutes short of the minimum staff, MA-minutes beyond what the
 * station holds. Only the buckets a shift touches are updated, so a change costs the shift's length, not the
 * horizon's.
 */
final class CoverageCounter {
    private final StationTimeline timeline;
    private final int[] mas;
    private long waitingCents;
    private int shortMinutes;
    private int excessMinutes;

    CoverageCounter(StationTimeline timeline) {
        this.timeline = timeline;
        this.mas = new int[timeline.buckets().size()];
        for (StationBucket bucket : timeline.buckets()) {
            waitingCents += bucket.waitingCents(0);
            shortMinutes += bucket.shortMinutes(0);
        }
    }

    void add(ShiftPosition position) {
        for (StationBucket bucket : position.buckets()) {
            change(bucket, 1);
        }
    }

    void remove(ShiftPosition position) {
        for (StationBucket bucket : position.buckets()) {
            change(bucket, -1);
        }
    }

    private void change(StationBucket bucket, int delta) {
        int i = bucket.index();
        int before = mas[i];
        int after = before + delta;
        mas[i] = after;
        waitingCents += bucket.waitingCents(after) - bucket.waitingCents(before);
        shortMinutes += bucket.shortMinutes(after) - bucket.shortMinutes(before);
        excessMinutes += bucket.excessMinutes(after) - bucket.excessMinutes(before);
    }

    int masOnDuty(StationBucket bucket) {
        return mas[bucket.index()];
    }

    Coverage totals() {
        return new Coverage(timeline, waitingCents, shortMinutes, excessMinutes, this);
    }
}
