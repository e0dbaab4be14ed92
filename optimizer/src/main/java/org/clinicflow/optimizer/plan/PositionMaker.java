package org.clinicflow.optimizer.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.optimizer.domain.PaidTimeCalculator;
import org.clinicflow.optimizer.domain.RosterRules;
import org.clinicflow.optimizer.domain.ShiftClock;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.optimizer.domain.StationTimeline;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;

/**
 * Makes the positions of a plan, each with its pay breakdown and the station buckets it is on duty for, and finds a
 * free one for a published assignment.
 */
final class PositionMaker {
    private final LocalDate firstDate;
    private final PaidTimeCalculator paidTime;
    private final RosterRules rules;
    private final Map<String, StationTimeline> timelines;
    private final Map<String, Map<Integer, StationBucket>> bucketsByStart = new HashMap<>();
    private final Map<String, List<ShiftPosition>> byKind = new HashMap<>();
    private final List<ShiftPosition> all = new ArrayList<>();

    PositionMaker(LocalDate firstDate, PaidTimeCalculator paidTime, RosterRules rules,
                  Map<String, StationTimeline> timelines) {
        this.firstDate = firstDate;
        this.paidTime = paidTime;
        this.rules = rules;
        this.timelines = timelines;
        timelines.forEach((station, timeline) -> {
            Map<Integer, StationBucket> byStart = new HashMap<>();
            timeline.buckets().forEach(b -> byStart.put(b.startMinute(), b));
            bucketsByStart.put(station, byStart);
        });
    }

    /** Adds the next position of this station, template and day. */
    ShiftPosition add(Station station, ShiftTemplate template, int day) {
        List<ShiftPosition> kind = byKind.computeIfAbsent(key(station, template, day), k -> new ArrayList<>());
        ShiftPosition position = new ShiftPosition(station, template, day, firstDate.plusDays(day), kind.size(),
                paidTime.of(day, template), timelines.get(station.id()), onDutyBuckets(station, template, day), rules);
        kind.add(position);
        all.add(position);
        return position;
    }

    /** The first position of this kind with no published MA yet, made when there is none. */
    ShiftPosition freePublishedSlot(Station station, ShiftTemplate template, int day) {
        for (ShiftPosition p : byKind.getOrDefault(key(station, template, day), List.of())) {
            if (p.publishedMaId() == null) {
                return p;
            }
        }
        return add(station, template, day);
    }

    List<ShiftPosition> all() {
        return all;
    }

    /** Tells each position how few templates cover its scarcest needed bucket (a hint for construction order). */
    void rankAlternatives() {
        Map<String, Map<StationBucket, Integer>> templatesPerBucket = new HashMap<>();
        for (ShiftPosition p : all) {
            if (p.slot() == 0) {
                Map<StationBucket, Integer> counts = templatesPerBucket.computeIfAbsent(
                        p.station().id() + "/" + p.day(), k -> new HashMap<>());
                p.buckets().forEach(b -> counts.merge(b, 1, Integer::sum));
            }
        }
        for (ShiftPosition p : all) {
            Map<StationBucket, Integer> counts = templatesPerBucket.get(p.station().id() + "/" + p.day());
            int fewest = Integer.MAX_VALUE;
            for (StationBucket b : p.buckets()) {
                if (b.minStaff() > 0) {
                    fewest = Math.min(fewest, counts.getOrDefault(b, Integer.MAX_VALUE));
                }
            }
            p.setFewestAlternatives(fewest);
        }
    }

    private List<StationBucket> onDutyBuckets(Station station, ShiftTemplate template, int day) {
        Map<Integer, StationBucket> byStart = bucketsByStart.getOrDefault(station.id(), Map.of());
        ShiftClock clock = ShiftClock.of(day, template);
        List<StationBucket> list = new ArrayList<>();
        if (byStart.isEmpty()) {
            return list;
        }
        int bucketMinutes = byStart.values().iterator().next().minutes();
        for (int start = Math.floorDiv(clock.start(), bucketMinutes) * bucketMinutes; start < clock.end();
                start += bucketMinutes) {
            StationBucket bucket = byStart.get(start);
            if (bucket != null && clock.onDuty(bucket.midpoint())) {
                list.add(bucket);
            }
        }
        return list;
    }

    private static String key(Station station, ShiftTemplate template, int day) {
        return station.id() + "/" + template.id() + "/" + day;
    }
}
