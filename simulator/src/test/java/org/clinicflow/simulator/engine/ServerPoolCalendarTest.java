package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.engine.PoolDriver.Grant;
import org.clinicflow.simulator.engine.PoolDriver.ShiftEnd;
import org.junit.jupiter.api.Test;

/** Hand-worked duty-calendar scenarios for {@link ServerPool}: shift ends, overtime, breaks, availability. */
class ServerPoolCalendarTest {
    private static final double EPS = 1e-12;

    private static DutyPeriod period(double start, double end, DutyBreak... breaks) {
        return new DutyPeriod(start, end, List.of(breaks));
    }

    @Test
    void busyAtShiftEndFinishesTheTaskAndReportsOvertimeViaListenerAndTally() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60));
        d.patient(50, 25); // runs 50..75, 15 minutes past the end
        d.run();
        assertEquals(List.of(new ShiftEnd(0, 60, 75)), d.shiftEnds);
        assertEquals(1, d.pool.overtimePerPeriod().count());
        assertEquals(15, d.pool.overtimePerPeriod().mean(), EPS);
        assertEquals(15, d.pool.overtimeMinutes(), EPS);
        assertEquals(15, d.sim.report().get("mas.overtime"), EPS);
    }

    @Test
    void serverFinishingPastShiftEndStaysAvailableUntilItLeavesButTakesNoNewWork() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60));
        d.patient(50, 25);
        int late = d.patient(65, 5); // arrives during the overtime
        d.runUntil(70);
        assertTrue(d.pool.isBusy(0));
        assertTrue(d.pool.isAvailable(0), "the class doc counts a server finishing past its end as available");
        assertEquals(1, d.pool.availableCount());
        d.run();
        assertFalse(d.pool.isAvailable(0));
        assertEquals(0, d.pool.availableCount());
        assertEquals(PoolDriver.Status.WAITING, d.status(late), "no new task after the period end");
        assertEquals(1, d.pool.queueLength());
    }

    @Test
    void idleAtShiftEndLeavesAtOnceWithZeroOvertime() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60));
        d.patient(10, 5);
        d.run();
        assertEquals(List.of(new ShiftEnd(0, 60, 60)), d.shiftEnds);
        assertEquals(1, d.pool.overtimePerPeriod().count());
        assertEquals(0, d.pool.overtimeMinutes(), EPS);
        assertFalse(d.pool.isAvailable(0));
    }

    @Test
    void onBreakAtShiftEndLeavesAtTheEndWithZeroOvertime() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60, new DutyBreak(50, 30)));
        int p = d.patient(55, 1); // arrives during the break, which the shift end cuts short
        d.run();
        assertEquals(List.of(new ShiftEnd(0, 60, 60)), d.shiftEnds);
        assertEquals(60, d.sim.now(), EPS, "the cancelled break end (80) must not run");
        assertEquals(PoolDriver.Status.WAITING, d.status(p));
    }

    @Test
    void breakIsTakenOnTimeWhenIdleAndNoWorkStartsDuringIt() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 120, new DutyBreak(30, 15)));
        int during = d.patient(35, 5);
        d.runUntil(44);
        assertFalse(d.pool.isAvailable(0), "on break 30..45");
        assertEquals(PoolDriver.Status.WAITING, d.status(during));
        d.run();
        Grant g = d.grantOf(during);
        assertEquals(45, g.time(), EPS, "served when the break ends");
        assertEquals(10, g.waited(), EPS);
    }

    @Test
    void breakIsTakenLateInFullWhenBusyAtItsPlannedStart() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 120, new DutyBreak(30, 15)));
        d.patient(20, 20); // busy 20..40 across the planned break start
        int next = d.patient(35, 5);
        d.runUntil(39);
        assertTrue(d.pool.isBusy(0));
        assertTrue(d.pool.isAvailable(0), "still working, break pending");
        d.runUntil(54.9);
        assertFalse(d.pool.isAvailable(0), "full 15-minute break 40..55");
        assertEquals(PoolDriver.Status.WAITING, d.status(next));
        d.run();
        assertEquals(55, d.grantOf(next).time(), EPS);
    }

    @Test
    void lateBreakThatWouldStartAfterTheShiftEndIsDropped() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60, new DutyBreak(50, 10)), period(60, 120));
        d.patient(45, 20); // busy 45..65 across the break and the period boundary
        int next = d.patient(62, 5);
        d.run();
        assertEquals(65, d.grantOf(next).time(), EPS, "the pending break of period 1 is not carried into period 2");
    }

    @Test
    void backToBackPeriodsKeepTheServerWorkingAndRecordOneShiftEndEach() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60), period(60, 120));
        d.patient(50, 20); // crosses the boundary at 60
        int next = d.patient(55, 10);
        d.run();
        assertEquals(List.of(new ShiftEnd(0, 60, 60), new ShiftEnd(0, 120, 120)), d.shiftEnds);
        assertEquals(0, d.pool.overtimeMinutes(), EPS);
        assertEquals(70, d.grantOf(next).time(), EPS, "serves the next patient in period 2 without leaving");
    }

    @Test
    void overtimeIntoAGapEndsWhenTheNextPeriodStarts() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60), period(70, 120));
        d.patient(50, 30); // 50..80: 10 minutes of overtime, then period 2 begins at 70
        d.run();
        assertEquals(List.of(new ShiftEnd(0, 60, 70), new ShiftEnd(0, 120, 120)), d.shiftEnds);
        assertEquals(10, d.pool.overtimeMinutes(), EPS);
    }

    @Test
    void serverWithACalendarIsUnavailableBeforeItsFirstPeriod() {
        PoolDriver d = new PoolDriver(2).calendar(1, period(30, 90));
        assertTrue(d.pool.isAvailable(0));
        assertFalse(d.pool.isAvailable(1));
        assertEquals(1, d.pool.availableCount());
        d.patient(0, 50); // server 0 busy 0..50
        int second = d.patient(5, 5);
        d.runUntil(29);
        assertEquals(PoolDriver.Status.WAITING, d.status(second), "server 1 is not on duty before 30");
        d.run();
        Grant g = d.grantOf(second);
        assertEquals(1, g.server());
        assertEquals(30, g.time(), EPS);
    }

    @Test
    void serverWithAnEmptyCalendarNeverWorks() {
        PoolDriver d = new PoolDriver(1).calendar(0, new DutyCalendar(List.of()));
        int p = d.patient(1, 1);
        d.run();
        assertEquals(PoolDriver.Status.WAITING, d.status(p));
        assertEquals(0, d.pool.availableCount());
    }

    @Test
    void setCalendarOnABusyServerIsRefused() {
        PoolDriver d = new PoolDriver(1);
        d.patient(0, 10);
        d.runUntil(1);
        assertThrows(IllegalStateException.class, () -> d.pool.setCalendar(0, DutyCalendar.of(period(5, 10))));
    }

    @Test
    void utilizationIsBusyTimeOverAvailableTime() {
        // Server 0 on duty throughout; server 1 on duty 0..60 with a break planned at 20 for 10; horizon 100.
        // Patient at 0 (15 min) -> s0 0..15 (both idle since 0, the lower number wins); at 10 (30 min) -> s1 10..40,
        // busy at 20, so its break runs 40..50; at 50 (10 min) -> s0, idle longest, 50..60.
        // Busy = 15 + 30 + 10 = 55; available = s0 100 + s1 (60 - 10) = 150.
        PoolDriver d = new PoolDriver(2).calendar(1, period(0, 60, new DutyBreak(20, 10)));
        int a = d.patient(0, 15);
        int b = d.patient(10, 30);
        int c = d.patient(50, 10);
        d.runUntil(100);
        assertEquals(List.of(0, 1, 0), List.of(d.grantOf(a).server(), d.grantOf(b).server(), d.grantOf(c).server()));
        assertEquals(55, d.pool.busyServers().area(100), EPS);
        assertEquals(150, d.pool.availableServers().area(100), EPS);
        assertEquals(55.0 / 150.0, d.sim.report().get("mas.utilization"), EPS);
    }

    @Test
    void utilizationCountsOvertimeAsAvailableTime() {
        // One server, duty 0..60, task 40..80: busy 40, available 60 + 20 overtime = 80.
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60));
        d.patient(40, 40);
        d.runUntil(100);
        assertEquals(40, d.pool.busyServers().area(100), EPS);
        assertEquals(80, d.pool.availableServers().area(100), EPS);
        assertEquals(0.5, d.sim.report().get("mas.utilization"), EPS);
    }

    @Test
    void calendarsRejectOverlapsAndBreaksOutsideTheirPeriod() {
        assertThrows(ModelInputException.class, () -> DutyCalendar.of(period(0, 60), period(59, 90)));
        assertThrows(ModelInputException.class, () -> period(0, 60, new DutyBreak(60, 5)));
        assertThrows(ModelInputException.class, () -> period(10, 60, new DutyBreak(5, 5)));
        assertThrows(ModelInputException.class, () -> period(10, 10));
        assertThrows(ModelInputException.class, () -> new DutyBreak(5, 0));
        assertEquals(90, DutyCalendar.of(period(60, 90), period(0, 60)).scheduledMinutes(), EPS);
        assertEquals(0, DutyCalendar.of(period(60, 90), period(0, 60)).periods().get(0).start(), EPS);
    }

    // ---- exact ties between a task/break boundary and the period end

    /**
     * Bug: a break that ends exactly at the period end hands the server a new task at the period end. Period [0, 60)
     * with a break 50..60 and a patient waiting since 55: the break-end event (scheduled at 50) runs before the
     * period-end event (scheduled after it), so the server is granted the patient at 60 and works a full service time
     * of overtime. Expected: the server leaves at 60 with no overtime and the patient keeps waiting.
     */
    @Test
    void breakEndingExactlyAtTheShiftEndStartsNoNewTask() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60, new DutyBreak(50, 10)));
        int p = d.patient(55, 20);
        d.run();
        assertEquals(PoolDriver.Status.WAITING, d.status(p), () -> "granted " + d.grants);
        assertEquals(List.of(new ShiftEnd(0, 60, 60)), d.shiftEnds);
    }

    /**
     * Bug (same root cause): a patient arriving exactly at an idle server's period end, scheduled before the pool's
     * period-end event, is granted to the leaving server at t = end, outside its duty period [0, 60).
     */
    @Test
    void requestArrivingExactlyAtTheShiftEndIsNotGrantedToTheLeavingServer() {
        PoolDriver d = new PoolDriver(1);
        int p = d.patient(60, 20); // scheduled before the calendar, so it runs first at t = 60
        d.calendar(0, period(0, 60));
        d.run();
        assertEquals(PoolDriver.Status.WAITING, d.status(p), () -> "granted " + d.grants);
        assertEquals(List.of(new ShiftEnd(0, 60, 60)), d.shiftEnds);
    }

    /**
     * Bug (same root cause): a server's first task, granted at the period start to a patient who was already waiting,
     * ends exactly at the period end. Its release event was scheduled before the period-end event, so the server is
     * granted the next waiting patient at t = 70 = end and works 30 minutes of overtime on a task it should not start.
     */
    @Test
    void taskEndingExactlyAtTheShiftEndIsNotFollowedByANewTask() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(10, 70));
        d.patient(0, 60); // waits for the period start, then 10..70
        int next = d.patient(5, 30);
        d.run();
        assertEquals(PoolDriver.Status.WAITING, d.status(next), () -> "granted " + d.grants);
        assertEquals(List.of(new ShiftEnd(0, 70, 70)), d.shiftEnds);
    }

    // ---- breaks that meet each other

    /**
     * Bug: a server busy across two planned break starts takes only the last break. Breaks planned at 10 and 20 (5
     * minutes each), task 0..30: the pending break is overwritten at 20, so the server rests 30..35 and serves the next
     * patient at 35. The class doc says a server busy at a planned break takes it when the task is done, so both
     * breaks are owed: 10 minutes of rest, next patient at 40.
     */
    @Test
    void serverBusyAcrossTwoPlannedBreaksTakesBoth() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 200, new DutyBreak(10, 5), new DutyBreak(20, 5)));
        d.patient(0, 30);
        int next = d.patient(1, 5);
        d.run();
        assertEquals(40, d.grantOf(next).time(), EPS);
    }

    // ---- configuration

    /**
     * Bug: calling setCalendar twice before the run (for example a default calendar, then an override) leaves the
     * first calendar's transition event pending; both chains then advance the same cursor and the run fails with an
     * ArrayIndexOutOfBoundsException. Expected: the second calendar replaces the first.
     */
    @Test
    void setCalendarAgainBeforeTheRunReplacesTheFirstCalendar() {
        PoolDriver d = new PoolDriver(1).calendar(0, period(0, 60)).calendar(0, period(100, 160));
        int p = d.patient(10, 5);
        d.run();
        assertEquals(100, d.grantOf(p).time(), EPS);
        assertEquals(List.of(new ShiftEnd(0, 160, 160)), d.shiftEnds);
    }

    // ---- CLEAR_QUEUE_IF_LAST

    /**
     * Bug: under CLEAR_QUEUE_IF_LAST the last server on duty leaves with work waiting if it is on a break when its
     * period ends. Period [0, 60) with a break at 50 for 20; a patient arrives at 55 during the break. At 60 the
     * ON_BREAK branch of the period end cancels the break and leaves without the last-one-out check that the IDLE and
     * BUSY branches make, so the patient is stranded. Expected (class doc: "stays ... to serve waiting requests that
     * no other server still on duty could serve ... leaves when none are left"): the patient is served in overtime.
     */
    @Test
    void lastOneOutOnBreakAtShiftEndStillClearsTheQueue() {
        PoolDriver d = new PoolDriver(1).endOfShift(ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST)
                .calendar(0, period(0, 60, new DutyBreak(50, 20)));
        int p = d.patient(55, 5);
        d.run();
        assertEquals(PoolDriver.Status.DONE, d.status(p), () -> "shift ends " + d.shiftEnds);
        assertEquals(1, d.shiftEnds.size());
        assertEquals(d.grantOf(p).time() + 5, d.shiftEnds.get(0).left(), EPS, "leaves when the queue is clear");
    }

    @Test
    void lastOneOutIdleAtShiftEndServesTheWaitingRequestThenLeaves() {
        // server 1 (skill B) is the only one who can serve the request; server 0 stays on duty but lacks the skill
        PoolDriver d = new PoolDriver(2).endOfShift(ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST)
                .skills(1, 0b10)
                .calendar(1, period(0, 60));
        d.patient(new PoolDriver.Patient(40, 30, 0, 0b10, Double.POSITIVE_INFINITY)); // s1 40..70
        int later = d.patient(new PoolDriver.Patient(50, 10, 0, 0b10, Double.POSITIVE_INFINITY));
        int anyone = d.patient(new PoolDriver.Patient(51, 10, 0, 0, Double.POSITIVE_INFINITY));
        d.run();
        assertEquals(1, d.grantOf(later).server());
        assertEquals(70, d.grantOf(later).time(), EPS);
        assertEquals(0, d.grantOf(anyone).server());
        assertEquals(List.of(new ShiftEnd(1, 60, 80)), d.shiftEnds);
        assertEquals(20, d.pool.overtimeMinutes(), EPS);
    }
}
