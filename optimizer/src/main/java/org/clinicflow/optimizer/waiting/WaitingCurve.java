package org.clinicflow.optimizer.waiting;

import java.util.Arrays;

/**
 * Expected patient-minutes of waiting in one station's time bucket as a function of the number of MAs on duty
 * (index 0 = nobody), with the offered load it was computed for. Decreasing and convex in the number of MAs; beyond
 * the last entry it stays at the last value.
 */
public final class WaitingCurve {
    private final double[] patientMinutes;
    private final double offeredErlangs;

    WaitingCurve(double[] patientMinutes, double offeredErlangs) {
        this.patientMinutes = patientMinutes.clone();
        this.offeredErlangs = offeredErlangs;
    }

    /** A curve with no waiting at any staffing level (a bucket without patients). */
    public static WaitingCurve none(int maxMas, double offeredErlangs) {
        return new WaitingCurve(new double[maxMas + 1], offeredErlangs);
    }

    /** The same curve with every value multiplied by {@code factor} (a calibration; positive, so the shape stays). */
    public WaitingCurve scaled(double factor) {
        double[] scaled = new double[patientMinutes.length];
        for (int c = 0; c < scaled.length; c++) {
            scaled[c] = patientMinutes[c] * factor;
        }
        return new WaitingCurve(scaled, offeredErlangs);
    }

    /** Expected patient-minutes of waiting with {@code mas} MAs on duty. */
    public double patientMinutes(int mas) {
        return patientMinutes[Math.min(Math.max(mas, 0), patientMinutes.length - 1)];
    }

    /** The largest staffing level the curve was computed for. */
    public int maxMas() {
        return patientMinutes.length - 1;
    }

    /** Offered load in erlangs (patient and admin work): the average number of MAs the work keeps busy. */
    public double offeredErlangs() {
        return offeredErlangs;
    }

    @Override
    public String toString() {
        return "WaitingCurve" + Arrays.toString(patientMinutes) + " at " + offeredErlangs + " erlangs";
    }
}
