package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the flow's trace as it runs: a unit (room, MA, provider, front-desk person) has one holder at a time and is
 * freed by that holder; a patient is in at most one room and with at most one person at a time; time never goes back.
 */
final class OccupancyChecker implements FlowTrace {
    private final Map<Long, Long> holderOf = new HashMap<>();
    private final Map<Long, Integer> roomsHeld = new HashMap<>();
    private final Map<Long, Integer> peopleWith = new HashMap<>();
    private final Map<Long, Integer> examRoomStays = new HashMap<>();
    final List<String> violations = new ArrayList<>();
    long seizures;
    private double last = Double.NEGATIVE_INFINITY;

    private static long key(Unit unit, int index) {
        return unit.ordinal() * 1_000_000L + index;
    }

    private static boolean isRoom(Unit unit) {
        return unit == Unit.EXAM_ROOM || unit == Unit.SPECIAL_ROOM;
    }

    @Override
    public void seize(Unit unit, int index, long holder, double time) {
        tick(time);
        seizures++;
        Long before = holderOf.putIfAbsent(key(unit, index), holder);
        if (before != null) {
            violations.add(unit + " " + index + " seized by " + holder + " at " + time + " while held by " + before);
        }
        if (holder >= 0 && unit == Unit.EXAM_ROOM) {
            examRoomStays.merge(holder, 1, Integer::sum);
        }
        if (holder >= 0) {
            Map<Long, Integer> count = isRoom(unit) ? roomsHeld : peopleWith;
            if (count.merge(holder, 1, Integer::sum) > 1) {
                violations.add("patient " + holder + (isRoom(unit) ? " in two rooms" : " with two people")
                        + " at " + time);
            }
        }
    }

    @Override
    public void free(Unit unit, int index, long holder, double time) {
        tick(time);
        Long before = holderOf.remove(key(unit, index));
        if (before == null || before != holder) {
            violations.add(unit + " " + index + " freed by " + holder + " at " + time + " but held by " + before);
        }
        if (holder >= 0) {
            (isRoom(unit) ? roomsHeld : peopleWith).merge(holder, -1, Integer::sum);
        }
    }

    private void tick(double time) {
        if (time < last) {
            violations.add("time went back from " + last + " to " + time);
        }
        last = time;
    }

    /** How many times each patient took an exam room. */
    Map<Long, Integer> examRoomStays() {
        return examRoomStays;
    }

    /** Units still held (after the run: none should be). */
    int stillHeld() {
        return holderOf.size();
    }
}
