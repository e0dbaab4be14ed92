package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * The exam rooms as one pool: a room takes the patients of its pod (patients of no pod take any room). Patients coming
 * back from a special room go first, then punctual patients, then late ones (when late patients are seen late). A room
 * stays taken from the patient's entry until its turnover is done.
 */
final class ExamRooms {
    static final int RETURNING = 0;
    static final int ON_TIME = 1;
    static final int LATE = 2;

    private final ServerPool pool;
    private final int[] roomPod;

    ExamRooms(Simulation sim, int[] roomPod) {
        SkillBits.requireFits(roomPod.length == 0 ? 0 : java.util.Arrays.stream(roomPod).max().getAsInt() + 1,
                "pods");
        this.roomPod = roomPod.clone();
        this.pool = new ServerPool(sim, "examRooms", roomPod.length, ServerPool.Discipline.PRIORITY);
        for (int r = 0; r < roomPod.length; r++) {
            pool.setSkills(r, podBit(roomPod[r]));
        }
    }

    private static long podBit(int pod) {
        return pod < 0 ? 0 : 1L << pod;
    }

    /** False in a clinic without exam rooms, where the MA rooms patients where they are (a plain queue). */
    boolean exist() {
        return roomPod.length > 0;
    }

    int count() {
        return roomPod.length;
    }

    ServerPool pool() {
        return pool;
    }

    int podOf(int room) {
        return roomPod[room];
    }

    void request(GrantListener listener, int token, int priority, int pod) {
        pool.request(listener, token, priority, podBit(pod));
    }

    void release(int room) {
        pool.release(room);
    }

    /** Room-minutes taken (by patients or turnover) from the start of the run to now. */
    double occupiedMinutes(double now) {
        return pool.busyServers().area(now);
    }
}
