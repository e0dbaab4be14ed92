package org.clinicflow.optimizer.waiting;

import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.clinicflow.simulator.queueing.QueueingFormulas;

/**
 * Expected patient waiting per time bucket by the stationary-independent-period-by-period (SIPP) approximation: each
 * bucket is treated as a steady-state M/G/c queue with its own arrival rate, and its mean wait comes from the
 * Allen-Cunneen formula (Poisson arrivals, measured task-time variability).
 *
 * <p>Admin work is counted as load that occupies MAs like patient tasks do (MAs interleave both), so patients see
 * the total utilization; this is conservative, as patients in fact come first. Only patients' waits are counted.
 *
 * <p>Near and beyond saturation (total utilization at or above {@code utilizationCap}) a steady state is meaningless
 * within a bucket, so the wait is the steady-state wait at the cap plus a fluid backlog term: the share of the work
 * above the cap that cannot be served builds a queue linearly through the bucket, adding that share times half the
 * bucket to each patient's wait. With no MA on duty every patient waits until the bucket ends, half a bucket on
 * average. Finally the curve is made decreasing and convex by raising, from the most MAs down, any value whose drop
 * to the next level is smaller than the drop after it, so every added MA helps less than the one before; values are
 * only ever raised, never lowered.
 */
public final class SippWaitingModel {
    /** Default utilization above which the fluid backlog term replaces the steady state. */
    public static final double DEFAULT_UTILIZATION_CAP = 0.9;

    private final double utilizationCap;

    public SippWaitingModel(double utilizationCap) {
        if (!(utilizationCap > 0 && utilizationCap < 1)) {
            throw new ModelInputException("waiting utilization cap",
                    "must be above 0 and below 1, got " + utilizationCap);
        }
        this.utilizationCap = utilizationCap;
    }

    public SippWaitingModel() {
        this(DEFAULT_UTILIZATION_CAP);
    }

    /** Expected patient-minutes of waiting in a bucket of {@code bucketMinutes} with 0..{@code maxMas} MAs. */
    public WaitingCurve curve(BucketLoad load, int bucketMinutes, int maxMas) {
        double patientErlangs = load.patientErlangs();
        double totalErlangs = patientErlangs + load.adminErlangs(bucketMinutes);
        if (load.arrivalsPerMinute() == 0 || load.meanTaskMinutes() == 0) {
            return WaitingCurve.none(maxMas, totalErlangs);
        }
        double patients = load.arrivalsPerMinute() * bucketMinutes;
        double[] minutes = new double[maxMas + 1];
        for (int c = 0; c <= maxMas; c++) {
            minutes[c] = patients * waitPerPatient(c, totalErlangs, load.meanTaskMinutes(), load.taskScv(),
                    bucketMinutes);
        }
        makeDecreasingAndConvex(minutes);
        return new WaitingCurve(minutes, totalErlangs);
    }

    /** Mean minutes a patient waits with {@code c} MAs for {@code erlangs} of work of mean {@code taskMinutes}. */
    private double waitPerPatient(int c, double erlangs, double taskMinutes, double taskScv, int bucketMinutes) {
        double halfBucket = bucketMinutes / 2.0;
        if (c == 0) {
            return halfBucket;
        }
        double cappedErlangs = Math.min(erlangs, utilizationCap * c);
        double steady = allenCunneen(c, cappedErlangs, taskMinutes, taskScv);
        double unservedShare = erlangs > cappedErlangs ? 1 - cappedErlangs / erlangs : 0;
        return steady + unservedShare * halfBucket;
    }

    private static double allenCunneen(int c, double erlangs, double taskMinutes, double taskScv) {
        if (erlangs == 0) {
            return 0;
        }
        return QueueingFormulas.allenCunneenMeanWait(erlangs / taskMinutes, taskMinutes, c, 1.0, Math.sqrt(taskScv));
    }

    /** Raises values from the most MAs down so the curve never rises and each added MA helps no more than the last. */
    static void makeDecreasingAndConvex(double[] minutes) {
        for (int c = minutes.length - 2; c >= 0; c--) {
            double nextDrop = c + 2 < minutes.length ? minutes[c + 1] - minutes[c + 2] : 0;
            minutes[c] = Math.max(minutes[c], minutes[c + 1] + nextDrop);
        }
    }
}
