package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What servers do with waiting work when their duty period ends. */
class ServerPoolEndOfShiftTest {
    private final Simulation sim = new Simulation();
    private final List<double[]> served = new ArrayList<>(); // token, server, start
    private final List<double[]> shiftEnds = new ArrayList<>(); // server, scheduled end, left

    private ServerPool pool(int servers, ServerPool.EndOfShift policy, DutyCalendar... calendars) {
        ServerPool pool = new ServerPool(sim, "mas", servers, ServerPool.Discipline.FIFO);
        pool.setEndOfShift(policy);
        for (int s = 0; s < calendars.length; s++) {
            pool.setCalendar(s, calendars[s]);
        }
        pool.setShiftListener((s, end, left) -> shiftEnds.add(new double[] {s, end, left}));
        return pool;
    }

    /** Three 20-minute tasks requested at minute 50. */
    private void threeTasksAt50(ServerPool pool) {
        GrantListener listener = (token, server, waited) -> {
            served.add(new double[] {token, server, sim.now()});
            sim.schedule(20, pool::release, server);
        };
        for (int k = 0; k < 3; k++) {
            int token = k;
            sim.scheduleAt(50, arg -> pool.request(listener, token), 0);
        }
    }

    @Test
    void finishTaskLeavesWaitingWorkForOthers() {
        ServerPool pool = pool(1, ServerPool.EndOfShift.FINISH_TASK, DutyCalendar.of(new DutyPeriod(0, 60)));
        threeTasksAt50(pool);
        sim.run();
        assertEquals(1, served.size(), "only the task in hand is finished");
        assertEquals(2, pool.queueLength());
        assertEquals(70, shiftEnds.get(0)[2], 1e-9, "leaves when the task in hand is done");
        assertEquals(10, pool.overtimeMinutes(), 1e-9);
    }

    @Test
    void lastServerOnDutyClearsTheQueueInOvertime() {
        ServerPool pool = pool(1, ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST, DutyCalendar.of(new DutyPeriod(0, 60)));
        threeTasksAt50(pool);
        sim.run();
        assertEquals(3, served.size(), "the last one out serves everyone waiting");
        assertEquals(0, pool.queueLength());
        assertEquals(110, shiftEnds.get(0)[2], 1e-9);
        assertEquals(50, pool.overtimeMinutes(), 1e-9);
    }

    @Test
    void serverLeavesOnTimeWhenAColleagueStaysOnDuty() {
        ServerPool pool = pool(2, ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST,
                DutyCalendar.of(new DutyPeriod(0, 60)), DutyCalendar.of(new DutyPeriod(0, 120)));
        threeTasksAt50(pool);
        sim.run();
        assertEquals(3, served.size());
        double[] first = shiftEnds.get(0);
        assertEquals(0, first[0], 0);
        assertEquals(70, first[2], 1e-9, "server 0 finishes its task and goes home; server 1 is still on duty");
        assertEquals(1, served.stream().filter(x -> x[1] == 0).count());
        assertEquals(0, pool.queueLength());
    }

    @Test
    void colleagueWithoutTheSkillDoesNotCountAsCover() {
        ServerPool pool = pool(2, ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST,
                DutyCalendar.of(new DutyPeriod(0, 60)), DutyCalendar.of(new DutyPeriod(0, 120)));
        pool.setSkills(0, 0b1);
        GrantListener listener = (token, server, waited) -> {
            served.add(new double[] {token, server, sim.now()});
            sim.schedule(20, pool::release, server);
        };
        for (int k = 0; k < 2; k++) {
            int token = k;
            sim.scheduleAt(50, arg -> pool.request(listener, token, 0, 0b1), 0);
        }
        sim.run();
        assertEquals(2, served.size(), "only server 0 holds the skill, so it stays for the second task");
        assertEquals(90, shiftEnds.get(0)[2], 1e-9);
    }

    @Test
    void inShiftCountCountsServersWithTheSkillWithinTheirPeriod() {
        ServerPool pool = pool(2, ServerPool.EndOfShift.FINISH_TASK,
                DutyCalendar.of(new DutyPeriod(0, 60)), DutyCalendar.of(new DutyPeriod(30, 120)));
        pool.setSkills(1, 0b10);
        int[] counts = new int[3];
        sim.scheduleAt(10, a -> counts[0] = pool.inShiftCount(0), 0);
        sim.scheduleAt(40, a -> counts[1] = pool.inShiftCount(0b10), 0);
        sim.scheduleAt(90, a -> counts[2] = pool.inShiftCount(0), 0);
        sim.run();
        assertEquals(1, counts[0]);
        assertEquals(1, counts[1]);
        assertEquals(1, counts[2]);
    }
}
