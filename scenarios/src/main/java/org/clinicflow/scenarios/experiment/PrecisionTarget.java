package org.clinicflow.scenarios.experiment;

import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * Sequential replications: add replications until the 95% confidence half-width of each of {@code kpis} is at most
 * {@code halfWidth} (in the KPIs' own units; minutes for the defaults), or {@code maxReplications} is reached.
 */
public record PrecisionTarget(double halfWidth, List<Kpi> kpis, int maxReplications) {
    /** The waits a patient feels, in minutes: what "precise enough" is judged on unless told otherwise. */
    public static final List<Kpi> DEFAULT_KPIS = List.of(Kpi.WAITING_ROOM_MINUTES, Kpi.TOTAL_WAIT_MINUTES,
            Kpi.CYCLE_TIME_MINUTES);
    /** The default cap. */
    public static final int DEFAULT_MAX_REPLICATIONS = 500;
    /** Replications before the first look: fewer give a standard deviation too rough to project from. */
    public static final int FIRST_BATCH = 10;
    /** The fewest replications a later batch adds. */
    static final int SMALLEST_BATCH = 5;

    /** What the half-widths are measured on. */
    public enum Basis {
        /** Each clinic's own KPI means (one scenario, or the settings of a sweep). */
        EACH_CLINIC,
        /** The paired differences between each clinic and the first (a comparison). */
        DIFFERENCE_FROM_FIRST
    }

    public PrecisionTarget {
        if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
            throw new ModelInputException("precision", "must be a number greater than 0, got " + halfWidth);
        }
        if (kpis.isEmpty()) {
            throw new ModelInputException("precision KPIs", "name at least one KPI");
        }
        kpis = List.copyOf(kpis);
        if (maxReplications < 2) {
            throw new ModelInputException("max replications", "must be at least 2, got " + maxReplications);
        }
    }

    /** The first batch: {@value #FIRST_BATCH} replications, or the cap if lower. */
    int firstBatch() {
        return Math.min(FIRST_BATCH, maxReplications);
    }

    /**
     * How many replications to have after the next batch, from {@code n} so far and the widest half-width: the count
     * the half-width shrinking with the square root of n projects, at least {@value #SMALLEST_BATCH} more and at most
     * twice as many (a projection from a rough standard deviation should not overshoot far), within the cap.
     */
    int next(int n, double widest) {
        double ratio = widest / halfWidth;
        long projected = Double.isFinite(ratio) ? (long) Math.ceil(n * ratio * ratio) : 2L * n;
        long next = Math.max(n + SMALLEST_BATCH, Math.min(2L * n, projected));
        return (int) Math.min(maxReplications, next);
    }
}
