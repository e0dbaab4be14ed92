package org.clinicflow.scenarios.bench;

import java.util.Arrays;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.flow.ClinicSimulation;
import org.clinicflow.simulator.clinic.results.ClinicKpis;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;

/**
 * Measures one clinic-year on one thread: a scenario (the built-in family medicine practice, 6 providers) over 350
 * calendar days, i.e. 250 open weekdays, with the KPIs collected as in a real run, after warm-up runs.
 */
public final class ClinicYearBenchmark {
    /** 50 weeks: 250 open weekdays. */
    public static final int CALENDAR_DAYS = 350;

    private ClinicYearBenchmark() {
    }

    /** Median and best seconds per replication, with the patients and events of one. */
    public record Result(int runs, double medianSeconds, double bestSeconds, long visits, long events) {
        public double eventsPerSecond() {
            return events / medianSeconds;
        }
    }

    public static Result run(Clinic clinic, int warmups, int runs) {
        for (int i = 0; i < warmups; i++) {
            replication(clinic, 1000 + i);
        }
        double[] seconds = new double[runs];
        Responses last = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = replication(clinic, i);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        return new Result(runs, median, seconds[0], (long) last.get("visitsCompleted"), (long) last.get("events"));
    }

    private static Responses replication(Clinic clinic, int replication) {
        ClinicKpis kpis = new ClinicKpis(clinic);
        Responses sim = new ClinicSimulation(clinic, CALENDAR_DAYS, new RandomStreams(2026, replication), kpis).run();
        return Responses.builder().putAll(kpis.report()).put("events", sim.get("events")).build();
    }
}
