package org.clinicflow.simulator.clinic.flow;

import java.util.Arrays;
import java.util.Locale;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;

/**
 * Measures one clinic-year on one thread: the family-medicine fixture with 6 providers over 350 calendar days (250
 * open weekdays), after warm-up runs so the JIT has compiled the hot paths. Not a test; run its main:
 * {@code java -cp simulator/target/classes:simulator/target/test-classes:<commons-math3.jar>
 * org.clinicflow.simulator.clinic.flow.ClinicYearBenchmark [warmups] [runs]}.
 */
final class ClinicYearBenchmark {
    private static final int CALENDAR_DAYS = 350;

    private ClinicYearBenchmark() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Clinic clinic = new FamilyMedicineClinic().providers(6).build();
        for (int i = 0; i < warmups; i++) {
            replication(clinic, 1000 + i);
        }
        double[] seconds = new double[runs];
        long[] patients = new long[1];
        long events = 0;
        for (int i = 0; i < runs; i++) {
            long[] count = new long[1];
            ClinicObserver counter = new ClinicObserver() {
                @Override
                public void patient(PatientRecord r) {
                    count[0]++;
                }
            };
            long t0 = System.nanoTime();
            Responses out = new ClinicSimulation(clinic, CALENDAR_DAYS, new RandomStreams(2026, i), counter).run();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            patients[0] = count[0];
            events = (long) out.get("events");
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "one clinic-year (6 providers, 250 open days, %d patients, %d events): "
                        + "median %.3f s (%.2f M events/s), min %.3f s, max %.3f s over %d runs on one thread%n",
                patients[0], events, seconds[runs / 2], events / seconds[runs / 2] / 1e6, seconds[0],
                seconds[runs - 1], runs);
    }

    private static void replication(Clinic clinic, int replication) {
        new ClinicSimulation(clinic, CALENDAR_DAYS, new RandomStreams(2026, replication), new ClinicObserver() { })
                .run();
    }
}
