package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests that prefer some servers (the MAs of the task's own station): only those take the request while one of them
 * is on duty and not on break; once none is, any server with the required skills does, so no request waits for a
 * station whose people have gone home or to lunch.
 */
class ServerPoolPreferenceTest {
    private static final long PHLEBOTOMY = 1;
    private static final long LAB = 1 << 1;
    private static final long POD = 1 << 2;

    private final Simulation sim = new Simulation();
    private final List<double[]> served = new ArrayList<>(); // token, server, start
    private final List<double[]> shiftEnds = new ArrayList<>(); // server, scheduled end, left

    /** Server 0: the lab MA; server 1: a pod MA who can also draw blood; server 2: a pod MA who cannot. */
    private ServerPool clinicPool(DutyCalendar lab, DutyCalendar pod, DutyCalendar podNoSkill) {
        ServerPool pool = new ServerPool(sim, "mas", 3, ServerPool.Discipline.FIFO);
        pool.setEndOfShift(ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST);
        pool.setSkills(0, PHLEBOTOMY | LAB);
        pool.setSkills(1, PHLEBOTOMY | POD);
        pool.setSkills(2, POD);
        pool.setCalendar(0, lab);
        pool.setCalendar(1, pod);
        pool.setCalendar(2, podNoSkill);
        pool.setShiftListener((s, end, left) -> shiftEnds.add(new double[] {s, end, left}));
        return pool;
    }

    private static DutyCalendar shift(double start, double end) {
        return DutyCalendar.of(new DutyPeriod(start, end));
    }

    /** A blood draw at {@code time} preferring the lab's MAs, taking {@code duration}. */
    private void labDrawAt(ServerPool pool, double time, int token, double duration) {
        GrantListener listener = (tok, server, waited) -> {
            served.add(new double[] {tok, server, sim.now()});
            sim.schedule(duration, pool::release, server);
        };
        sim.scheduleAt(time, arg -> pool.request(listener, token, 0, PHLEBOTOMY, LAB), 0);
    }

    private double[] servedToken(int token) {
        return served.stream().filter(s -> s[0] == token).findFirst().orElseThrow();
    }

    @Test
    void whileAPreferredServerIsOnDutyOnlyItTakesTheRequestEvenIfOthersAreIdle() {
        ServerPool pool = clinicPool(shift(0, 480), shift(0, 480), shift(0, 480));
        labDrawAt(pool, 10, 1, 20);
        labDrawAt(pool, 15, 2, 5);
        sim.run();
        assertEquals(0, servedToken(1)[1], 0, "the lab MA draws");
        assertEquals(0, servedToken(2)[1], 0, "the second draw waits for the lab MA though a pod MA is idle");
        assertEquals(30, servedToken(2)[2], 1e-9, "at 30, when the lab MA is free");
    }

    @Test
    void withNoPreferredServerOnDutyAnyQualifiedServerTakesTheRequestAtOnce() {
        ServerPool pool = clinicPool(shift(0, 60), shift(0, 480), shift(0, 480));
        labDrawAt(pool, 100, 1, 5);
        sim.run();
        assertEquals(1, servedToken(1)[1], 0, "the pod MA who can draw blood, not the one who cannot");
        assertEquals(100, servedToken(1)[2], 1e-9);
    }

    @Test
    void aWaitingRequestWhosePreferredServersGoOffDutyIsTakenAtOnceByAnotherQualifiedServer() {
        ServerPool pool = clinicPool(shift(0, 60), shift(0, 480), shift(0, 480));
        labDrawAt(pool, 40, 1, 30); // the lab MA is busy until 70, past the end of her shift at 60
        labDrawAt(pool, 50, 2, 5); // waits for the lab MA, who is still on duty
        sim.run();
        assertEquals(0, servedToken(1)[1], 0);
        assertEquals(1, servedToken(2)[1], 0, "the pod MA who draws blood takes it");
        assertEquals(60, servedToken(2)[2], 1e-9, "as soon as the lab MA's shift ends, not when she is free at 70");
        double[] labEnd = shiftEnds.stream().filter(e -> e[0] == 0).findFirst().orElseThrow();
        assertEquals(70, labEnd[2], 1e-9, "the lab MA finishes her draw and goes: the queue was taken over");
    }

    @Test
    void aWaitingRequestFallsBackWhenItsPreferredServerGoesOnBreak() {
        DutyCalendar labWithLunch = DutyCalendar.of(new DutyPeriod(0, 480, List.of(new DutyBreak(240, 30))));
        ServerPool pool = clinicPool(labWithLunch, shift(0, 480), shift(0, 480));
        labDrawAt(pool, 230, 1, 20); // the lab MA takes her break when done, at 250
        labDrawAt(pool, 235, 2, 5);
        sim.run();
        assertEquals(1, servedToken(2)[1], 0, "covered by the pod MA who can draw");
        assertEquals(250, servedToken(2)[2], 1e-9, "when the lab MA goes to lunch");
    }

    @Test
    void fallingBackNeverGivesARequestToAServerWithoutTheRequiredSkills() {
        ServerPool pool = clinicPool(shift(0, 60), shift(0, 30), shift(0, 480));
        labDrawAt(pool, 40, 1, 30);
        labDrawAt(pool, 50, 2, 5);
        sim.run();
        assertEquals(0, servedToken(2)[1], 0, "nobody on duty can draw: the lab MA clears it in overtime");
        assertEquals(70, servedToken(2)[2], 1e-9);
        assertTrue(served.stream().noneMatch(s -> s[1] == 2), "the pod MA who cannot draw never does");
    }

    @Test
    void aWithdrawnPreferringRequestLeavesNothingBehind() {
        ServerPool pool = clinicPool(shift(0, 60), shift(0, 480), shift(0, 480));
        GrantListener never = (tok, server, waited) -> served.add(new double[] {tok, server, sim.now()});
        labDrawAt(pool, 10, 1, 100);
        sim.scheduleAt(20, arg -> pool.request(never, 2, 0, PHLEBOTOMY, LAB), 0);
        sim.scheduleAt(30, arg -> assertTrue(pool.withdraw(never, 2)), 0);
        labDrawAt(pool, 40, 3, 5);
        sim.run();
        assertEquals(List.of(1.0, 3.0), served.stream().map(s -> s[0]).toList(), "the withdrawn request is gone");
        assertEquals(1, servedToken(3)[1], 0, "the later draw falls back to the pod MA at 60");
        assertEquals(60, servedToken(3)[2], 1e-9);
        assertEquals(0, pool.queueLength());
    }
}
