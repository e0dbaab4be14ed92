package org.clinicflow.optimizer.domain;

import java.util.List;
import org.clinicflow.simulator.clinic.Station;

/**
 * All the time buckets of one station over the horizon, in order: what staffing is counted against. Coverage of a
 * station (how many MAs are on duty in each bucket) is kept per timeline.
 */
public final class StationTimeline {
    private final Station station;
    private final List<StationBucket> buckets;

    public StationTimeline(Station station, List<StationBucket> buckets) {
        this.station = station;
        this.buckets = List.copyOf(buckets);
        for (int i = 0; i < this.buckets.size(); i++) {
            this.buckets.get(i).placeIn(this, i);
        }
    }

    public Station station() {
        return station;
    }

    public List<StationBucket> buckets() {
        return buckets;
    }

    /** The coverage with nobody on duty. */
    public Coverage uncovered() {
        return new CoverageCounter(this).totals();
    }

    @Override
    public String toString() {
        return station.id();
    }
}
