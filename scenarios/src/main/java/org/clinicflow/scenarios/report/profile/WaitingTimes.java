package org.clinicflow.scenarios.report.profile;

import org.clinicflow.scenarios.report.chart.WaitHistogram;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.PatientRecord;

/**
 * Counts waiting-room times (arrival to start of rooming) of completed visits in one-minute bins up to {@value
 * #RANGE_MINUTES} minutes, in fixed memory: the population of the KPI waitingRoomMinutes. Days before {@code
 * firstDay} (warm-up) are left out. Not thread-safe: one per replication.
 */
public final class WaitingTimes implements ClinicObserver {
    /** Waits from here on are counted together. */
    public static final int RANGE_MINUTES = 480;
    private static final double BIN_MINUTES = 1;

    private final long[] counts = new long[(int) (RANGE_MINUTES / BIN_MINUTES)];
    private final int firstDay;
    private long beyond;
    private double sum;

    public WaitingTimes(int firstDay) {
        this.firstDay = firstDay;
    }

    @Override
    public void patient(PatientRecord r) {
        double wait = r.waitingRoomMinutes();
        if (r.day() < firstDay || !r.completed() || !Double.isFinite(wait)) {
            return;
        }
        int bin = (int) Math.floor(Math.max(0, wait) / BIN_MINUTES);
        if (bin < counts.length) {
            counts[bin]++;
        } else {
            beyond++;
        }
        sum += wait;
    }

    /** Adds another replication's counts. */
    void add(WaitingTimes other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        beyond += other.beyond;
        sum += other.sum;
    }

    /** The counts as a histogram named {@code label}. */
    public WaitHistogram histogram(String label) {
        return new WaitHistogram(label, BIN_MINUTES, counts, beyond, sum);
    }
}
