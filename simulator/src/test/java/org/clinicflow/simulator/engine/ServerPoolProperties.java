package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.clinicflow.simulator.engine.PoolDriver.Grant;
import org.clinicflow.simulator.engine.PoolDriver.Observer;
import org.clinicflow.simulator.engine.PoolDriver.Patient;
import org.clinicflow.simulator.engine.PoolDriver.ShiftEnd;
import org.clinicflow.simulator.engine.PoolDriver.Status;
import org.clinicflow.simulator.engine.ServerPool.Discipline;
import org.clinicflow.simulator.engine.ServerPool.EndOfShift;
import org.clinicflow.simulator.stats.Responses;

/**
 * Invariants of {@link ServerPool} under random workloads ({@link PoolWorkload}): 1-6 servers, skills, FIFO and
 * PRIORITY, both end-of-shift policies, duty calendars with breaks, withdrawals. Calendar expectations come from
 * {@link DutyOracle}. Checks run inside the simulation (at each grant, after each patient event, at each shift end) or
 * on the log after the run.
 */
class ServerPoolProperties {
    private static final int TRIES = 1000;

    @Provide
    Arbitrary<PoolWorkload> anyWorkload() {
        return PoolWorkload.workloads(Discipline.FIFO, Discipline.PRIORITY);
    }

    @Provide
    Arbitrary<PoolWorkload> fifoWorkload() {
        return PoolWorkload.workloads(Discipline.FIFO);
    }

    @Provide
    Arbitrary<PoolWorkload> priorityWorkload() {
        return PoolWorkload.workloads(Discipline.PRIORITY);
    }

    @Provide
    Arbitrary<PoolWorkload> finishTaskWorkload() {
        return PoolWorkload.workloads(List.of(EndOfShift.FINISH_TASK), Discipline.FIFO, Discipline.PRIORITY);
    }

    @Provide
    Arbitrary<PoolWorkload> preferringWorkload() {
        return PoolWorkload.preferringWorkloads(Discipline.FIFO, Discipline.PRIORITY);
    }

    @Provide
    Arbitrary<PoolWorkload> clearQueueWorkload() {
        return PoolWorkload.workloads(List.of(EndOfShift.CLEAR_QUEUE_IF_LAST), Discipline.FIFO, Discipline.PRIORITY);
    }

    @Property(tries = TRIES, seed = "20240611")
    void aServerNeverHoldsTwoCustomersAndBusyCountStaysWithinServersAndAvailable(
            @ForAll("anyWorkload") PoolWorkload w) {
        Observer check = new Observer() {
            @Override
            public void onGrant(PoolDriver d, Grant g) {
                assertEquals(-1, d.holding(g.server()), () -> "server already serving when granted " + g);
                assertTrue(d.pool.isBusy(g.server()));
                assertEquals(d.holdingCount() + 1, d.pool.busyCount());
                assertBounded(d);
            }

            @Override
            public void afterEvent(PoolDriver d) {
                assertEquals(d.holdingCount(), d.pool.busyCount(), "busyCount vs servers holding a patient");
                for (int s = 0; s < d.pool.serverCount(); s++) {
                    int server = s;
                    assertEquals(d.holding(s) >= 0, d.pool.isBusy(s), () -> "isBusy(" + server + ")");
                    // per the class doc, a server finishing a task past its period end still counts as available
                    assertTrue(!d.pool.isBusy(s) || d.pool.isAvailable(s), () -> "busy server unavailable " + server);
                }
                assertBounded(d);
            }

            private void assertBounded(PoolDriver d) {
                int busy = d.pool.busyCount();
                int available = d.pool.availableCount();
                assertTrue(busy >= 0 && busy <= d.pool.serverCount(), () -> "busyCount " + busy);
                assertTrue(busy <= available, () -> "busyCount " + busy + " > availableCount " + available);
                assertTrue(available >= 0 && available <= d.pool.serverCount(), () -> "availableCount " + available);
            }
        };
        w.driver(check).run();
    }

    @Property(tries = TRIES, seed = "20240612")
    void aRequestIsGrantedOnlyToAServerHoldingAllItsRequiredSkills(@ForAll("anyWorkload") PoolWorkload w) {
        w.driver(Observer.atGrant((d, g) -> {
            long has = d.pool.skills(g.server());
            long needs = d.patientOf(g.token()).skills();
            assertEquals(0L, needs & ~has, () -> g + ": server skills " + has + ", required " + needs);
        })).run();
    }

    @Property(tries = TRIES, seed = "20240613")
    void noWorkStartsOnBreak(@ForAll("anyWorkload") PoolWorkload w) {
        List<Boolean> availableAtGrant = new ArrayList<>();
        PoolDriver d = w.driver(Observer.atGrant((dr, g) -> availableAtGrant.add(dr.pool.isAvailable(g.server()))));
        d.run();
        for (int i = 0; i < d.grants.size(); i++) {
            Grant g = d.grants.get(i);
            DutyOracle duty = new DutyOracle(d, g.server());
            assertFalse(duty.onBreak(g.time()), () -> g + " on break; break windows " + show(duty.breakWindows()));
            assertTrue(availableAtGrant.get(i), () -> g + ": pool says the server is unavailable");
        }
    }

    @Property(tries = TRIES, seed = "20240623")
    void underFinishTaskNoWorkStartsOutsideADutyPeriod(@ForAll("finishTaskWorkload") PoolWorkload w) {
        w.driver(Observer.atGrant((d, g) -> assertTrue(new DutyOracle(d, g.server()).onDuty(g.time()),
                () -> g + " off duty; calendar " + d.calendarOf(g.server())))).run();
    }

    @Property(tries = TRIES, seed = "20240624")
    void underClearQueueWorkOffDutyGoesOnlyToALastOneOutForRequestsNoColleagueOnDutyCouldServe(
            @ForAll("clearQueueWorkload") PoolWorkload w) {
        w.driver(Observer.atGrant((d, g) -> {
            DutyOracle duty = new DutyOracle(d, g.server());
            if (duty.onDuty(g.time())) {
                return;
            }
            long recorded = d.shiftEndsOf(g.server()).size();
            assertEquals(duty.periodsEndedBy(g.time()) - 1, recorded,
                    () -> g + " off duty and not finishing its last period; calendar " + d.calendarOf(g.server()));
            long needs = d.patientOf(g.token()).skills();
            for (int other = 0; other < d.pool.serverCount(); other++) {
                int o = other;
                boolean cover = other != g.server() && PoolDriver.canServe(d.pool.skills(other), needs)
                        && new DutyOracle(d, other).inShiftSurely(g.time());
                assertFalse(cover, () -> g + " in overtime although server " + o + " is on duty and could serve it");
            }
        })).run();
    }

    @Property(tries = TRIES, seed = "20240625")
    void underClearQueueTheLastOneOutLeavesOnlyWhenNoWaitingRequestNeedsIt(
            @ForAll("clearQueueWorkload") PoolWorkload w) {
        w.driver(new Observer() {
            @Override
            public void onShiftEnd(PoolDriver d, ShiftEnd e) {
                DutyCalendar cal = d.calendarOf(e.server());
                if (cal.periods().stream().anyMatch(p -> p.start() == e.left())) {
                    return; // back to back: the server is on duty again at once
                }
                for (int q = 0; q < d.patients().size(); q++) {
                    long needs = d.patientOf(q).skills();
                    if (d.status(q) != Status.WAITING || !PoolDriver.canServe(d.pool.skills(e.server()), needs)) {
                        continue;
                    }
                    boolean covered = false;
                    for (int other = 0; other < d.pool.serverCount(); other++) {
                        covered |= other != e.server() && PoolDriver.canServe(d.pool.skills(other), needs)
                                && new DutyOracle(d, other).inShiftPossibly(d.sim.now());
                    }
                    int waiting = q;
                    assertTrue(covered, () -> e + ": left while request " + waiting + " " + d.patientOf(waiting)
                            + " waits and no colleague on duty could serve it; calendar " + cal);
                }
            }
        }).run();
    }

    @Property(tries = TRIES, seed = "20240614")
    void availabilityFollowsCalendarBreaksAndOvertime(@ForAll("anyWorkload") PoolWorkload w) {
        record Snapshot(double time, int server, boolean available, boolean holding) { }
        List<Snapshot> snapshots = new ArrayList<>();
        PoolDriver d = w.driver(Observer.afterEach(dr -> {
            int n = 0;
            for (int s = 0; s < dr.pool.serverCount(); s++) {
                snapshots.add(new Snapshot(dr.sim.now(), s, dr.pool.isAvailable(s), dr.holding(s) >= 0));
                n += dr.pool.isAvailable(s) ? 1 : 0;
            }
            assertEquals(n, dr.pool.availableCount(), "availableCount vs isAvailable");
        }));
        d.run();
        List<DutyOracle> duty = new ArrayList<>();
        for (int s = 0; s < w.servers(); s++) {
            duty.add(new DutyOracle(d, s));
        }
        for (Snapshot s : snapshots) {
            DutyOracle o = duty.get(s.server());
            if (o.breakWindows().stream().anyMatch(x -> x[0] == s.time() || x[1] == s.time())) {
                continue; // a break starts or ends at this very instant: the order of simultaneous events decides
            }
            assertEquals(o.available(s.time(), s.holding()), s.available(), () -> s + "; calendar "
                    + d.calendarOf(s.server()) + "; break windows " + show(o.breakWindows()));
        }
    }

    @Property(tries = TRIES, seed = "20240615")
    void fifoNoRequestOvertakesAnEarlierOneTheSameServerCouldServe(@ForAll("fifoWorkload") PoolWorkload w) {
        w.driver(Observer.atGrant((d, g) -> {
            for (int q = 0; q < g.token(); q++) { // tokens are in arrival order
                assertNotOvertaken(d, g, q);
            }
        })).run();
    }

    @Property(tries = TRIES, seed = "20240616")
    void priorityServesLowestPriorityNumberFirstThenInArrivalOrder(@ForAll("priorityWorkload") PoolWorkload w) {
        w.driver(Observer.atGrant((d, g) -> {
            Patient granted = d.patientOf(g.token());
            for (int q = 0; q < d.patients().size(); q++) {
                Patient p = d.patientOf(q);
                if (p.priority() < granted.priority() || (p.priority() == granted.priority() && q < g.token())) {
                    assertNotOvertaken(d, g, q);
                }
            }
        })).run();
    }

    /**
     * Request {@code q}, ahead of the granted one in service order, must not still be waiting if the granted server
     * could serve it. In overtime (CLEAR_QUEUE_IF_LAST) the server only takes requests no colleague still on duty
     * could serve, so there q may be passed over if some colleague may be on duty.
     */
    private static void assertNotOvertaken(PoolDriver d, Grant g, int q) {
        Patient p = d.patientOf(q);
        if (d.status(q) != Status.WAITING || !PoolDriver.canServe(d.pool.skills(g.server()), p.skills())) {
            return;
        }
        DutyOracle duty = new DutyOracle(d, g.server());
        // at the end of a period (even one followed at once by the next) the server may act as the last one out
        boolean overtime = !duty.onDuty(g.time()) || duty.isPeriodEnd(g.time());
        if (overtime) {
            for (int other = 0; other < d.pool.serverCount(); other++) {
                if (other != g.server() && PoolDriver.canServe(d.pool.skills(other), p.skills())
                        && new DutyOracle(d, other).inShiftPossibly(g.time())) {
                    return;
                }
            }
        }
        fail(g + " " + d.patientOf(g.token()) + (overtime ? " (overtime)" : "") + " overtakes waiting request " + q
                + " " + p);
    }

    @Property(tries = TRIES, seed = "20240617")
    void noServerIdlesWhileARequestItCouldServeWaits(@ForAll("anyWorkload") PoolWorkload w) {
        w.driver(Observer.afterEach(d -> {
            assertEquals(d.count(Status.WAITING), d.pool.queueLength(), "queueLength vs waiting patients");
            for (int q = 0; q < d.patients().size(); q++) {
                if (d.status(q) != Status.WAITING) {
                    continue;
                }
                for (int s = 0; s < d.pool.serverCount(); s++) {
                    boolean idle = d.pool.isAvailable(s) && !d.pool.isBusy(s);
                    int server = s;
                    int waiting = q;
                    assertFalse(idle && PoolDriver.canServe(d.pool.skills(s), d.patientOf(q).skills()),
                            () -> "server " + server + " idle at " + d.sim.now() + " while request " + waiting
                                    + " waits");
                }
            }
        })).run();
    }

    @Property(tries = TRIES, seed = "20240626")
    void aRequestWaitsForItsPreferredServersOnlyWhileOneIsOnDutyAndIsNeverLost(
            @ForAll("preferringWorkload") PoolWorkload w) {
        PoolDriver driver = w.driver(new Observer() {
            @Override
            public void onGrant(PoolDriver d, Grant g) {
                assertTrue(PoolDriver.canServe(d.pool.skills(g.server()), d.patientOf(g.token()).skills()),
                        () -> "server " + g.server() + " lacks the skills of " + d.patientOf(g.token()));
            }

            @Override
            public void afterEvent(PoolDriver d) {
                for (int q = 0; q < d.patients().size(); q++) {
                    Patient p = d.patientOf(q);
                    if (d.status(q) != Status.WAITING) {
                        continue;
                    }
                    long preferred = p.skills() | p.preferred();
                    for (int s = 0; s < d.pool.serverCount(); s++) {
                        boolean idle = d.pool.isAvailable(s) && !d.pool.isBusy(s);
                        if (!idle || !PoolDriver.canServe(d.pool.skills(s), p.skills())) {
                            continue;
                        }
                        int server = s;
                        int waiting = q;
                        assertTrue(!PoolDriver.canServe(d.pool.skills(s), preferred)
                                && d.pool.onDutyCount(preferred) > 0, () -> "server " + server + " idle at "
                                + d.sim.now() + " while request " + waiting + " " + p + " waits");
                    }
                }
            }
        }).run();
        long withdrawn = driver.count(Status.WITHDRAWN);
        assertEquals(driver.patients().size(), driver.grants.size() + withdrawn + driver.pool.queueLength());
    }

    @Property(tries = TRIES, seed = "20240618")
    void nothingIsLostGrantedPlusWithdrawnPlusQueuedEqualsRequested(@ForAll("anyWorkload") PoolWorkload w,
            @ForAll @DoubleRange(min = 0, max = 700) double horizon) {
        PoolDriver d = w.driver(Observer.none()).runUntil(horizon);
        long requested = d.patients().size() - d.count(Status.NOT_ARRIVED);
        long withdrawn = d.count(Status.WITHDRAWN);
        assertEquals(requested, d.grants.size() + withdrawn + d.pool.queueLength());
        Set<Integer> grantedTokens = new HashSet<>();
        for (Grant g : d.grants) {
            assertTrue(grantedTokens.add(g.token()), () -> "granted twice: " + g);
        }
        for (PoolDriver.Withdrawal x : d.withdrawals) {
            assertEquals(x.wasWaiting(), x.returned(), () -> "withdraw() result for " + x);
        }
    }

    @Property(tries = TRIES, seed = "20240619")
    void waitTallyHasOneObservationPerGrantEqualToGrantTimeMinusRequestTime(@ForAll("anyWorkload") PoolWorkload w) {
        PoolDriver d = w.driver(Observer.none()).run();
        double sum = 0;
        for (Grant g : d.grants) {
            double expected = g.time() - d.patientOf(g.token()).arrival();
            assertEquals(expected, g.waited(), 1e-9, g::toString);
            assertTrue(g.waited() >= 0, g::toString);
            sum += g.waited();
        }
        assertEquals(d.grants.size(), d.pool.waits().count());
        if (!d.grants.isEmpty()) {
            assertEquals(sum / d.grants.size(), d.pool.waits().mean(), 1e-6);
        }
    }

    @Property(tries = TRIES, seed = "20240620")
    void everyDutyPeriodEndsOnceAndOvertimeIsTheWorkRunningPastItsEnd(@ForAll("anyWorkload") PoolWorkload w) {
        PoolDriver d = w.driver(Observer.none()).run();
        double total = 0;
        for (int s = 0; s < w.servers(); s++) {
            DutyCalendar cal = d.calendarOf(s);
            List<ShiftEnd> ends = d.shiftEndsOf(s);
            if (cal == null) {
                assertTrue(ends.isEmpty(), ends::toString);
                continue;
            }
            DutyOracle duty = new DutyOracle(d, s);
            List<DutyPeriod> periods = cal.periods();
            int server = s;
            assertEquals(periods.size(), ends.size(), () -> "shift ends " + ends + " for " + cal);
            for (int i = 0; i < periods.size(); i++) {
                double end = periods.get(i).end();
                double expectedLeft = end;
                double[] task = duty.taskAt(end);
                if (task != null && task[0] < end) {
                    expectedLeft = task[1];
                }
                if (w.endOfShift() == EndOfShift.CLEAR_QUEUE_IF_LAST) {
                    // the last one out may chain task after task (or start one at the end itself) before leaving
                    for (double[] t = duty.taskAt(expectedLeft); t != null; t = duty.taskAt(t[1])) {
                        expectedLeft = t[1];
                    }
                }
                if (i + 1 < periods.size() && periods.get(i + 1).start() < expectedLeft) {
                    expectedLeft = periods.get(i + 1).start(); // the overtime stops when the next period begins
                }
                ShiftEnd e = ends.get(i);
                assertEquals(end, e.scheduledEnd(), e::toString);
                assertEquals(expectedLeft, e.left(),
                        () -> e + "; calendar " + cal + "; tasks " + show(d.tasksOf(server)));
                total += e.left() - e.scheduledEnd();
            }
        }
        assertEquals(d.shiftEnds.size(), d.pool.overtimePerPeriod().count());
        assertEquals(total, d.pool.overtimeMinutes(), 1e-6);
    }

    @Property(tries = TRIES, seed = "20240621")
    void queueBusyAvailableAreasAndUtilizationMatchTheLog(@ForAll("anyWorkload") PoolWorkload w,
            @ForAll @DoubleRange(min = 1, max = 700) double horizon) {
        PoolDriver d = w.driver(Observer.none()).runUntil(horizon);
        double now = d.sim.now();
        double queueArea = 0;
        for (int q = 0; q < d.patients().size(); q++) {
            if (d.status(q) == Status.NOT_ARRIVED) {
                continue;
            }
            int token = q;
            double left = now;
            Grant g = d.grantOf(q);
            if (g != null) {
                left = g.time();
            } else if (d.status(q) == Status.WITHDRAWN) {
                left = d.withdrawals.stream().filter(x -> x.token() == token && x.returned()).findFirst()
                        .orElseThrow().time();
            }
            queueArea += left - d.patientOf(q).arrival();
        }
        double busyArea = 0;
        double availableArea = 0;
        for (int s = 0; s < w.servers(); s++) {
            for (double[] t : d.tasksOf(s)) {
                busyArea += Math.min(t[1], now) - t[0];
            }
            availableArea += new DutyOracle(d, s).availableMinutes(0, now);
        }
        double tol = 1e-7 * Math.max(1, now);
        assertEquals(queueArea, d.pool.queueLengthStatistic().area(now), tol, "queue length area");
        assertEquals(busyArea, d.pool.busyServers().area(now), tol, "busy servers area");
        assertEquals(availableArea, d.pool.availableServers().area(now), tol, "available servers area");
        Responses r = d.sim.report();
        assertEquals(queueArea / now, r.get(PoolDriver.NAME + ".queueLength"), 1e-6);
        if (availableArea > 1e-6) {
            assertEquals(busyArea / availableArea, r.get(PoolDriver.NAME + ".utilization"), 1e-6);
        }
    }

    private static String show(List<double[]> intervals) {
        return intervals.stream().map(x -> "[" + x[0] + ", " + x[1] + ")").toList().toString();
    }
}
