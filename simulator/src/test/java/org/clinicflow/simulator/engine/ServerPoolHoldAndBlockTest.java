package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Servers kept on past their period while work is on its way, and servers blocked while their person is elsewhere. */
class ServerPoolHoldAndBlockTest {
    private final Simulation sim = new Simulation();
    private final List<double[]> served = new ArrayList<>(); // token, server, start
    private final List<double[]> shiftEnds = new ArrayList<>(); // server, scheduled end, left

    private ServerPool pool(int servers, DutyCalendar... calendars) {
        ServerPool pool = new ServerPool(sim, "mas", servers, ServerPool.Discipline.FIFO);
        pool.setEndOfShift(ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST);
        for (int s = 0; s < calendars.length; s++) {
            pool.setCalendar(s, calendars[s]);
        }
        pool.setShiftListener((s, end, left) -> shiftEnds.add(new double[] {s, end, left}));
        return pool;
    }

    private void requestAt(ServerPool pool, double time, int token, double duration) {
        GrantListener listener = (tok, server, waited) -> {
            served.add(new double[] {tok, server, sim.now()});
            sim.schedule(duration, pool::release, server);
        };
        sim.scheduleAt(time, arg -> pool.request(listener, token), 0);
    }

    @Test
    void heldServerStaysForWorkStillOnItsWayThenLeavesWhenReleased() {
        boolean[] patientStillComing = {true};
        ServerPool pool = pool(1, DutyCalendar.of(new DutyPeriod(0, 60)));
        pool.setOvertimeHold((s, end) -> patientStillComing[0]);
        requestAt(pool, 75, 7, 10);
        sim.scheduleAt(85, arg -> {
            patientStillComing[0] = false;
            pool.recheckHolds();
        }, 0);
        sim.scheduleAt(70, arg -> assertTrue(pool.isHeld(0), "held, idle, after the period"), 0);
        sim.run();
        assertEquals(1, served.size());
        assertEquals(75, served.get(0)[2], 1e-9, "the late request is served at once by the held server");
        assertEquals(1, shiftEnds.size());
        assertEquals(85, shiftEnds.get(0)[2], 1e-9, "leaves when its task is done and the hold has let go");
        assertEquals(25, pool.overtimeMinutes(), 1e-9);
        assertFalse(pool.isHeld(0));
    }

    @Test
    void withoutAHoldAnIdleServerLeavesAtItsEndAndLaterWorkWaits() {
        ServerPool pool = pool(1, DutyCalendar.of(new DutyPeriod(0, 60)));
        requestAt(pool, 75, 7, 10);
        sim.run();
        assertEquals(0, served.size());
        assertEquals(60, shiftEnds.get(0)[2], 1e-9);
        assertEquals(1, pool.queueLength());
    }

    @Test
    void aColleagueComingOnDutyRelievesTheHeldServer() {
        ServerPool pool = pool(2, DutyCalendar.of(new DutyPeriod(0, 60)), DutyCalendar.of(new DutyPeriod(90, 200)));
        pool.setOvertimeHold((s, end) -> pool.inShiftCount(0) == 0);
        requestAt(pool, 120, 1, 10);
        sim.run();
        assertEquals(90, shiftEnds.get(0)[2], 1e-9, "server 0 is held from 60 until server 1 starts at 90");
        assertEquals(1, served.get(0)[1], 0, "the in-shift colleague takes the work");
    }

    @Test
    void idleInShiftServersAreChosenBeforeHeldOnes() {
        boolean[] hold = {true};
        ServerPool pool = pool(2, DutyCalendar.of(new DutyPeriod(0, 60)), DutyCalendar.of(new DutyPeriod(0, 200)));
        pool.setOvertimeHold((s, end) -> s == 0 && hold[0]);
        requestAt(pool, 100, 1, 10);
        sim.scheduleAt(150, arg -> {
            hold[0] = false;
            pool.recheckHolds();
        }, 0);
        sim.run();
        assertEquals(1, served.get(0)[1], 0, "server 1 is on duty, so the held server 0 is not picked");
        assertEquals(150, shiftEnds.get(0)[2], 1e-9);
    }

    @Test
    void blockedServerTakesNoWorkUntilUnblocked() {
        ServerPool pool = pool(1);
        pool.setBlocked(0, true);
        requestAt(pool, 5, 1, 10);
        sim.scheduleAt(20, arg -> pool.setBlocked(0, false), 0);
        sim.run();
        assertEquals(20, served.get(0)[2], 1e-9, "served when unblocked");
    }

    @Test
    void blockedServerAtItsEndStaysForWorkOnlyItCanDo() {
        ServerPool pool = pool(1, DutyCalendar.of(new DutyPeriod(0, 60)));
        sim.scheduleAt(50, arg -> pool.setBlocked(0, true), 0);
        requestAt(pool, 55, 1, 10);
        sim.scheduleAt(70, arg -> pool.setBlocked(0, false), 0);
        sim.run();
        assertEquals(70, served.get(0)[2], 1e-9);
        assertEquals(80, shiftEnds.get(0)[2], 1e-9, "clears the queue in overtime once free, then leaves");
    }

    @Test
    void heldServerThatStartsItsNextPeriodRecordsOvertimeUpToThatStart() {
        boolean[] hold = {true};
        ServerPool pool = pool(1, DutyCalendar.of(new DutyPeriod(0, 60), new DutyPeriod(100, 160)));
        pool.setOvertimeHold((s, end) -> end == 60 && hold[0]);
        sim.run();
        assertEquals(2, shiftEnds.size());
        assertEquals(100, shiftEnds.get(0)[2], 1e-9, "the first period's overtime runs until the next starts");
        assertEquals(160, shiftEnds.get(1)[2], 1e-9, "the second period's hold does not apply");
    }
}
