package org.clinicflow.simulator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test fixture: a random {@link ServerPool} workload for properties. A discipline and an end-of-shift policy; 1 to 6
 * servers with random skill sets (3 skill bits) and, for most, a random duty calendar in whole minutes (back-to-back
 * periods, gaps, breaks, breaks that run past the period end); 0 to 80 patients, spread over the day or in a burst that
 * builds a long queue, with random arrival and service times, priorities, required skills and patience, and (in
 * {@link #preferringWorkloads}) for some patients skills of the servers their request prefers.
 *
 * <p>Patient times are multiples of 0.001 shifted by irrational multiples of {@value #NUDGE} (pi for arrivals and
 * patience, sqrt 2 for service), so no arrival, withdrawal or service end can fall on a calendar minute. (A late
 * break's end can still meet another server's service end.) The order of simultaneous events is a modelling
 * convention, not something these properties pin down; exact ties with calendar instants are covered by unit tests.
 *
 * <p>Breaks within a period are at least {@value #SLOT} minutes apart, more than the longest service plus the longest
 * break, so a late break never runs into the next one: the expected break windows are then unambiguous.
 */
record PoolWorkload(int servers, ServerPool.Discipline discipline, ServerPool.EndOfShift endOfShift, List<Long> skills,
        List<Optional<DutyCalendar>> calendars, List<PoolDriver.Patient> patients) {

    static final double MAX_SERVICE = 25;
    static final int MAX_BREAK = 30;
    static final int SLOT = 70;
    static final double NUDGE = 1e-5;

    /** Builds the driver: skills and calendars set, every patient scheduled. */
    PoolDriver driver(PoolDriver.Observer observer) {
        PoolDriver d = new PoolDriver(servers, discipline).observe(observer).endOfShift(endOfShift);
        for (int s = 0; s < servers; s++) {
            d.skills(s, skills.get(s));
            Optional<DutyCalendar> c = calendars.get(s);
            if (c.isPresent()) {
                d.calendar(s, c.get());
            }
        }
        patients.forEach(d::patient);
        return d;
    }

    /** Workloads under either end-of-shift policy. */
    static Arbitrary<PoolWorkload> workloads(ServerPool.Discipline... disciplines) {
        return workloads(List.of(ServerPool.EndOfShift.values()), disciplines);
    }

    static Arbitrary<PoolWorkload> workloads(List<ServerPool.EndOfShift> policies,
            ServerPool.Discipline... disciplines) {
        return workloads(policies, false, disciplines);
    }

    /** Workloads under either end-of-shift policy where half the patients' requests prefer some servers. */
    static Arbitrary<PoolWorkload> preferringWorkloads(ServerPool.Discipline... disciplines) {
        return workloads(List.of(ServerPool.EndOfShift.values()), true, disciplines);
    }

    private static Arbitrary<PoolWorkload> workloads(List<ServerPool.EndOfShift> policies, boolean preferences,
            ServerPool.Discipline... disciplines) {
        Arbitrary<Integer> servers = Arbitraries.integers().between(1, 6);
        return servers.flatMap(n -> Combinators.combine(
                Arbitraries.of(disciplines),
                Arbitraries.of(policies),
                Arbitraries.longs().between(0, 7).list().ofSize(n),
                anyCalendar().optional(0.75).list().ofSize(n),
                patientLists(preferences))
                .as((disc, eos, skills, cals, pats) -> new PoolWorkload(n, disc, eos, skills, cals, pats)));
    }

    /** Mostly spread over the day; sometimes a burst that builds a long queue. */
    private static Arbitrary<List<PoolDriver.Patient>> patientLists(boolean preferences) {
        return Arbitraries.oneOf(
                patient(500, preferences).list().ofMaxSize(60),
                patient(500, preferences).list().ofMaxSize(60),
                patient(40, preferences).list().ofMinSize(20).ofMaxSize(80))
                .map(PoolWorkload::sortedByArrival);
    }

    private static Arbitrary<PoolDriver.Patient> patient(double lastArrival, boolean preferences) {
        if (!preferences) {
            return anyPatient(lastArrival);
        }
        Arbitrary<Long> preferred = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 7));
        return Combinators.combine(anyPatient(lastArrival), preferred).as(PoolDriver.Patient::preferring);
    }

    private static List<PoolDriver.Patient> sortedByArrival(List<PoolDriver.Patient> ps) {
        List<PoolDriver.Patient> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparingDouble(PoolDriver.Patient::arrival));
        return sorted;
    }

    static Arbitrary<PoolDriver.Patient> anyPatient(double lastArrival) {
        Arbitrary<Long> required = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.just(0L),
                Arbitraries.longs().between(1, 7));
        Arbitrary<Double> patience = Arbitraries.oneOf(Arbitraries.just(Double.POSITIVE_INFINITY),
                Arbitraries.just(Double.POSITIVE_INFINITY), offGrid(0, 40, Math.PI));
        return Combinators.combine(
                offGrid(0, lastArrival, Math.PI),
                offGrid(0.1, MAX_SERVICE, Math.sqrt(2)),
                Arbitraries.integers().between(0, 3),
                required,
                patience)
                .as(PoolDriver.Patient::new);
    }

    private static Arbitrary<Double> offGrid(double min, double max, double irrational) {
        return Arbitraries.doubles().between(min, max).ofScale(3).map(x -> x + irrational * NUDGE);
    }

    /** A period: gap after the previous one (0 = back to back), length, and for each break slot maybe a break. */
    private record PeriodSpec(int gap, int length, List<Optional<BreakSpec>> slots) { }

    /** A break at {@code offset} minutes into its slot, lasting {@code duration}. */
    private record BreakSpec(int offset, int duration) { }

    /** 1 to 3 periods in whole minutes, with gaps of 0 (back to back) to 90 minutes, and breaks. */
    static Arbitrary<DutyCalendar> anyCalendar() {
        Arbitrary<BreakSpec> breakSpec = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(1, MAX_BREAK)).as(BreakSpec::new);
        Arbitrary<PeriodSpec> period = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 90)),
                Arbitraries.integers().between(20, 240),
                breakSpec.optional(0.5).list().ofSize(4))
                .as(PeriodSpec::new);
        return Combinators.combine(Arbitraries.integers().between(0, 120), period.list().ofMinSize(1).ofMaxSize(3))
                .as(PoolWorkload::calendar);
    }

    private static DutyCalendar calendar(int firstStart, List<PeriodSpec> specs) {
        List<DutyPeriod> periods = new ArrayList<>();
        int t = firstStart;
        for (int i = 0; i < specs.size(); i++) {
            PeriodSpec p = specs.get(i);
            int begin = i == 0 ? firstStart : t + p.gap();
            int end = begin + p.length();
            List<DutyBreak> breaks = new ArrayList<>();
            for (int k = 0; k < p.slots().size(); k++) {
                Optional<BreakSpec> b = p.slots().get(k);
                if (b.isPresent() && begin + SLOT * k + b.get().offset() < end) {
                    breaks.add(new DutyBreak(begin + SLOT * k + b.get().offset(), b.get().duration()));
                }
            }
            periods.add(new DutyPeriod(begin, end, breaks));
            t = end;
        }
        return new DutyCalendar(periods);
    }
}
