package org.clinicflow.simulator.random;

import static org.clinicflow.simulator.StatisticalAssertions.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinicflow.simulator.ModelInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Arrival processes bring as many arrivals as their rates promise, when they promise them. */
class ArrivalProcessTest {
    private static final long SEED = 8_675_309L;
    private static final double POISSON_SDS = 4.5;

    /** Hourly profile starting at minute 30, with two closed hours (rate 0); arrivals per minute. */
    private static final List<Double> HOURLY = List.of(0.5, 0.0, 2.0, 0.25, 0.0);

    /** All arrival times in [0, until] (each drawn from the previous one, as the simulation does). */
    private static List<Double> arrivals(ArrivalProcess process, RandomStream rng, double until) {
        ArrivalTimes times = process.times(rng);
        List<Double> out = new ArrayList<>();
        double t = times.next(0);
        while (t <= until) {
            out.add(t);
            t = times.next(t);
        }
        return out;
    }

    private static RandomStream stream(int replication) {
        return new RandomStreams(SEED, replication).stream("arrivals");
    }

    /** A Poisson count over a long interval is rate * T within 4.5 Poisson standard deviations. */
    @Test
    void poissonCountIsRateTimesDuration() {
        ArrivalProcess p = new ArrivalProcess.Poisson(0.2);
        double horizon = 1_000_000;
        int count = arrivals(p, stream(0), horizon).size();
        double expected = p.expectedArrivals(0, horizon);
        assertEquals(0.2 * horizon, expected, 1e-6);
        assertWithinStandardErrors("Poisson count", count, expected, Math.sqrt(expected), POISSON_SDS);
    }

    /**
     * Over 400 cycles of a cyclic hourly profile, each hour's count is rate * 60 * 400 within its Poisson CI; closed
     * hours and the time before the profile starts get no arrivals at all.
     */
    @Test
    void cyclicRateProfileCountsMatchEachHour() {
        int cycles = 400;
        double start = 30;
        ArrivalProcess p = new ArrivalProcess.RateProfile(start, 60, HOURLY, true);
        double end = start + cycles * 60.0 * HOURLY.size();
        long[] counts = new long[HOURLY.size()];
        for (double t : arrivals(p, stream(0), end)) {
            assertTrue(t >= start, "arrival at " + t + " before the profile starts");
            counts[(int) Math.floor((t - start) / 60) % HOURLY.size()]++;
        }
        for (int k = 0; k < HOURLY.size(); k++) {
            double expected = HOURLY.get(k) * 60 * cycles;
            if (expected == 0) {
                assertEquals(0, counts[k], "arrivals in closed hour " + k);
            } else {
                assertWithinStandardErrors("hour " + k + " count", counts[k], expected, Math.sqrt(expected),
                        POISSON_SDS);
            }
        }
    }

    /** Without cycling, no arrival comes after the last period, and the count over many days matches the rates. */
    @Test
    void nonCyclicProfileStopsAfterLastPeriod() {
        ArrivalProcess p = new ArrivalProcess.RateProfile(0, 60, List.of(1.0, 0.0, 2.0), false);
        int days = 200;
        long total = 0;
        for (int day = 0; day < days; day++) {
            ArrivalTimes times = p.times(stream(day));
            double t = times.next(0);
            while (t != Double.POSITIVE_INFINITY) {
                assertTrue(t < 180, "arrival at " + t + " after the profile ended at 180");
                assertTrue(t < 60 || t >= 120, "arrival at " + t + " in the closed hour");
                total++;
                t = times.next(t);
            }
            assertEquals(Double.POSITIVE_INFINITY, times.next(500), "a finished profile stays finished");
        }
        double expected = days * p.expectedArrivals(0, Double.POSITIVE_INFINITY);
        assertEquals(days * 180.0, expected, 1e-9);
        assertWithinStandardErrors("non-cyclic total", total, expected, Math.sqrt(expected), POISSON_SDS);
    }

    /**
     * Period ends that floating point cannot reproduce exactly are still crossed: a profile from minute 450.3 (7:30:18)
     * in hourly periods, with the second hour closed. Here (570.3 - 450.3) / 60 rounds to 1.9999999999999991, which
     * must not put the search back into the hour that just ended. Guarded by a timeout, as the failure is a hang.
     */
    @Test
    void periodBoundariesAreCrossedWhateverTheRounding() {
        ArrivalProcess p = new ArrivalProcess.RateProfile(450.3, 60, List.of(0.5, 0.0, 1.0), false);
        int days = 200;
        long[] total = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(90, p.expectedArrivals(0, 1_000), 1e-9);
            for (int day = 0; day < days; day++) {
                for (double t : arrivals(p, stream(day), Double.MAX_VALUE)) {
                    assertTrue(t >= 450.3 && t < 510.3 || t >= 570.3 && t < 630.3, "arrival at " + t);
                    total[0]++;
                }
            }
        }, "RateProfile(450.3, 60, [0.5, 0, 1], non-cyclic) never returned");
        double expected = days * 90.0;
        assertWithinStandardErrors("fractional-start total", total[0], expected, Math.sqrt(expected), POISSON_SDS);
    }

    /** expectedArrivals integrates the rates over any window, across periods and cycles. */
    @Test
    void expectedArrivalsIntegratesTheRates() {
        ArrivalProcess cyclic = new ArrivalProcess.RateProfile(30, 60, HOURLY, true);
        assertEquals(0, cyclic.expectedArrivals(0, 30), 1e-12);
        assertEquals(15, cyclic.expectedArrivals(60, 150), 1e-12); // half of hour 0, then closed hour 1
        assertEquals(60 + 0.25 * 60, cyclic.expectedArrivals(180, 300), 1e-12); // half of hour 2, all of hour 3
        assertEquals(15, cyclic.expectedArrivals(300, 360), 1e-12); // closed hour 4, then hour 0 of the next cycle
        assertEquals(10 * 165, cyclic.expectedArrivals(30, 30 + 10 * 300), 1e-9); // 165 arrivals per cycle

        ArrivalProcess once = new ArrivalProcess.RateProfile(30, 60, HOURLY, false);
        assertEquals(165, once.expectedArrivals(0, 1e9), 1e-12);
        assertEquals(0, once.expectedArrivals(330, 1e9), 1e-12);

        ArrivalProcess poisson = new ArrivalProcess.Poisson(0.25);
        assertEquals(25, poisson.expectedArrivals(100, 200), 1e-12);
        assertEquals(0, poisson.expectedArrivals(200, 100), 1e-12);
    }

    /** A schedule gives exactly its times, sorted, duplicates included, then no more; expectedArrivals counts them. */
    @Test
    void scheduledGivesExactlyTheListedTimes() {
        ArrivalProcess s = new ArrivalProcess.Scheduled(List.of(30.0, 10.0, 20.0, 20.0, 0.0, 45.5));
        double[] got = arrivals(s, stream(0), Double.MAX_VALUE).stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(new double[] {0, 10, 20, 20, 30, 45.5}, got);
        assertEquals(3, s.expectedArrivals(10, 30));
        assertEquals(6, s.expectedArrivals(0, 100));
    }

    /** A renewal process adds one gap per arrival: fixed gaps give an evenly spaced sequence. */
    @Test
    void renewalWithFixedGapsIsEvenlySpaced() {
        double[] got = arrivals(new ArrivalProcess.Renewal(new Distribution.Fixed(2.5)), stream(0), 10).stream()
                .mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(new double[] {2.5, 5, 7.5, 10}, got);
    }

    static Stream<Arguments> badProcesses() {
        return Stream.of(
                bad("arrival rate", () -> new ArrivalProcess.Poisson(0)),
                bad("arrival rate", () -> new ArrivalProcess.Poisson(-1)),
                bad("arrival rates", () -> new ArrivalProcess.RateProfile(0, 60, List.of(), true)),
                bad("arrival rates", () -> new ArrivalProcess.RateProfile(0, 60, List.of(0.0, 0.0), true)),
                bad("arrival rates[1]", () -> new ArrivalProcess.RateProfile(0, 60, List.of(1.0, -0.5), true)),
                bad("rate profile period", () -> new ArrivalProcess.RateProfile(0, 0, List.of(1.0), true)),
                bad("arrival times[1]", () -> new ArrivalProcess.Scheduled(List.of(5.0, -1.0))),
                bad("interarrival mean", () -> new ArrivalProcess.Renewal(new Distribution.Fixed(0))));
    }

    private static Arguments bad(String parameter, Executable build) {
        return Arguments.of(parameter, build);
    }

    /** Impossible arrival processes are refused, naming the parameter. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("badProcesses")
    void refusedNamingTheParameter(String parameter, Executable build) {
        assertEquals(parameter, assertThrows(ModelInputException.class, build).parameter());
    }
}
