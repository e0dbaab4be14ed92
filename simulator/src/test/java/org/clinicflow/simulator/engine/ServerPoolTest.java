package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.engine.PoolDriver.Patient;
import org.clinicflow.simulator.engine.ServerPool.Discipline;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** Hand-worked {@link ServerPool} cases without calendars: order, skills, withdrawal, and the pool's statistics. */
class ServerPoolTest {
    private static final double EPS = 1e-12;
    private static final double NEVER = Double.POSITIVE_INFINITY;

    private static List<Integer> servedOrder(PoolDriver d) {
        return d.grants.stream().map(PoolDriver.Grant::token).toList();
    }

    @Test
    void fifoServesInArrivalOrderAndIgnoresPriority() {
        PoolDriver d = new PoolDriver(1, Discipline.FIFO);
        d.patient(0, 10);
        d.patient(new Patient(1, 1, 3, 0, NEVER));
        d.patient(new Patient(2, 1, 0, 0, NEVER));
        d.patient(new Patient(3, 1, 1, 0, NEVER));
        d.run();
        assertEquals(List.of(0, 1, 2, 3), servedOrder(d));
    }

    @Test
    void priorityServesLowerNumbersFirstThenInArrivalOrder() {
        PoolDriver d = new PoolDriver(1, Discipline.PRIORITY);
        d.patient(0, 10);
        d.patient(new Patient(1, 1, 2, 0, NEVER));
        d.patient(new Patient(2, 1, 0, 0, NEVER));
        d.patient(new Patient(3, 1, 1, 0, NEVER));
        d.patient(new Patient(4, 1, 0, 0, NEVER));
        d.patient(new Patient(5, 1, 2, 0, NEVER));
        d.run();
        assertEquals(List.of(0, 2, 4, 3, 1, 5), servedOrder(d));
    }

    @Test
    void priorityOrderHoldsForALongQueueWithWithdrawalsFromTheMiddle() {
        // 200 queued requests force the request queue to grow and compact; every third one gives up at t = 50.
        PoolDriver d = new PoolDriver(1, Discipline.PRIORITY);
        d.patient(0, 100);
        for (int i = 1; i <= 200; i++) {
            d.patient(new Patient(i * 0.1, 1, (i * 37) % 5, 0, i % 3 == 0 ? 50 - i * 0.1 : NEVER));
        }
        d.run();
        List<Integer> order = servedOrder(d);
        assertEquals(1 + 200 - 66, order.size());
        for (int k = 2; k < order.size(); k++) {
            Patient a = d.patientOf(order.get(k - 1));
            Patient b = d.patientOf(order.get(k));
            int ka = order.get(k - 1);
            int kb = order.get(k);
            assertTrue(a.priority() < b.priority() || (a.priority() == b.priority() && ka < kb),
                    () -> "served " + ka + " " + a + " before " + kb + " " + b);
        }
        assertEquals(66, d.withdrawals.stream().filter(PoolDriver.Withdrawal::returned).count());
    }

    @Test
    void aRequestIsServedOnlyByAServerWithAllRequiredSkillsAndDoesNotBlockOthers() {
        PoolDriver d = new PoolDriver(2).skills(0, 0b01).skills(1, 0b10);
        int needsB = d.patient(new Patient(0, 5, 0, 0b10, NEVER)); // -> server 1
        int needsB2 = d.patient(new Patient(1, 5, 0, 0b10, NEVER)); // waits for server 1, server 0 idle
        int needsBoth = d.patient(new Patient(2, 5, 0, 0b11, NEVER)); // nobody can serve it
        int needsA = d.patient(new Patient(3, 5, 0, 0b01, NEVER)); // overtakes both: only server 0 can take it
        d.run();
        assertEquals(1, d.grantOf(needsB).server());
        assertEquals(1, d.grantOf(needsB2).server());
        assertEquals(5, d.grantOf(needsB2).time(), EPS);
        assertEquals(0, d.grantOf(needsA).server());
        assertEquals(3, d.grantOf(needsA).time(), EPS);
        assertEquals(PoolDriver.Status.WAITING, d.status(needsBoth));
        assertEquals(1, d.pool.queueLength());
    }

    @Test
    void anArrivingRequestGoesToTheServerIdleLongest() {
        PoolDriver d = new PoolDriver(3);
        d.patient(0, 4); // s0 0..4
        d.patient(0, 2); // s1 0..2
        d.patient(0, 6); // s2 0..6
        int p = d.patient(7, 1); // idle since: s1 2, s0 4, s2 6
        d.run();
        assertEquals(1, d.grantOf(p).server());
    }

    @Test
    void withdrawRemovesOnlyAWaitingRequest() {
        PoolDriver d = new PoolDriver(1);
        d.patient(0, 10);
        int impatient = d.patient(new Patient(1, 1, 0, 0, 4)); // gives up at 5
        int patient = d.patient(new Patient(2, 1, 0, 0, 20)); // served at 10, before giving up at 22
        d.run();
        assertEquals(PoolDriver.Status.WITHDRAWN, d.status(impatient));
        assertEquals(10, d.grantOf(patient).time(), EPS);
        assertEquals(List.of(true, false), d.withdrawals.stream().map(PoolDriver.Withdrawal::returned).toList());
    }

    @Test
    void releasingAServerThatIsNotBusyIsAnError() {
        PoolDriver d = new PoolDriver(1);
        assertThrows(IllegalStateException.class, () -> d.pool.release(0));
    }

    @Test
    void negativeServerCountIsRejected() {
        assertThrows(ModelInputException.class, () -> new ServerPool(new Simulation(), "x", -1, Discipline.FIFO));
    }

    @Test
    void aPoolWithNoServersQueuesEverything() {
        PoolDriver d = new PoolDriver(0);
        d.patient(1, 1);
        d.runUntil(10);
        assertEquals(1, d.pool.queueLength());
        assertEquals(0.9, d.sim.report().get("mas.queueLength"), EPS);
        assertTrue(Double.isNaN(d.sim.report().get("mas.utilization")), "no available time");
    }

    // ---- statistics

    /** One server; arrivals 0 (10 min), 2 (5), 3 (5); horizon 20. Waits 0, 8, 12. */
    private static PoolDriver threePatients() {
        PoolDriver d = new PoolDriver(1);
        d.patient(0, 10);
        d.patient(2, 5);
        d.patient(3, 5);
        return d;
    }

    @Test
    void waitTallyCountsOneObservationPerGrant() {
        PoolDriver d = threePatients().runUntil(20);
        assertEquals(3, d.pool.waits().count());
        assertEquals(20.0 / 3, d.pool.waits().mean(), EPS);
        assertEquals(12, d.pool.waits().max(), EPS);
        assertEquals(2.0 / 3, d.pool.waits().fractionPositive(), EPS);
        Responses r = d.sim.report();
        assertEquals(3, r.get("mas.wait.count"), EPS);
        assertEquals(20.0 / 3, r.get("mas.wait"), EPS);
    }

    @Test
    void queueLengthTimeAverageOnAHandComputedExample() {
        // queue: 0 on [0,2), 1 on [2,3), 2 on [3,10), 1 on [10,15), 0 on [15,20]: area 1 + 14 + 5 = 20 over 20 min
        PoolDriver d = threePatients().runUntil(20);
        assertEquals(20, d.pool.queueLengthStatistic().area(20), EPS);
        Responses r = d.sim.report();
        assertEquals(1.0, r.get("mas.queueLength"), EPS);
        assertEquals(2, r.get("mas.queueLength.max"), EPS);
        assertEquals(1.0, r.get("mas.busy"), EPS, "busy throughout 0..20");
        assertEquals(1.0, r.get("mas.utilization"), EPS);
        assertEquals(1.0, r.get("mas.available"), EPS);
    }

    @Test
    void warmUpResetKeepsOnlyLaterGrantsAndQueueTime() {
        // reset at 5: grants after 5 are at 10 (wait 8) and 15 (wait 12); queue 2 on [5,10), 1 on [10,15), 0 after
        PoolDriver d = threePatients();
        d.sim.resetStatisticsAt(5);
        d.runUntil(25);
        assertEquals(2, d.pool.waits().count());
        assertEquals(10, d.pool.waits().mean(), EPS);
        assertEquals(15.0 / 20, d.sim.report().get("mas.queueLength"), EPS);
        // busy 5..20 of 20 available minutes
        assertEquals(0.75, d.sim.report().get("mas.utilization"), EPS);
    }
}
