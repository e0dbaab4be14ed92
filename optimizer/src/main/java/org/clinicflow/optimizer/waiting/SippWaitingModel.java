package org.clinicflow.optimizer.waiting;

import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.clinicflow.simulator.queueing.QueueingFormulas;

/**
 * Expected patient waiting per time bucket by the stationary-independent-period-by-period (SIPP) approximation: each
 * bucket is treated as a steady-state M/G/c queue with its own arrival rate, and its mean wait comes from the
 * Allen-Cunneen formula (Poisson arrivals, measured task-time variability).
 *
 * <p>Admin work is served after patients (as the simulator does: MAs take patients first, admin work when no patient
 * waits, without interrupting a task): a patient waits when every MA is busy — with anything — and then only for the
 * patients ahead, the non-preemptive priority queue's first class. So admin work raises patients' waits through the
 * chance of finding everyone busy, but a backlog of admin work does not hold patients up. Only patients' waits are
 * counted.
 *
 * <p>Near and beyond saturation a steady state is meaningless within a bucket. Total work beyond {@code
 * utilizationCap} of the MAs is admin work left waiting (the chance of finding everyone busy is taken at the cap);
 * patient work beyond the cap gives the steady-state wait at the cap plus a fluid backlog term: the share of the
 * patients' work above the cap that cannot be served builds a queue linearly through the bucket, adding that share
 * times half the bucket to each patient's wait. With no MA on duty every patient waits until the bucket ends, half a bucket on
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
        double adminErlangs = load.adminErlangs(bucketMinutes);
        if (load.arrivalsPerMinute() == 0 || load.meanTaskMinutes() == 0) {
            return WaitingCurve.none(maxMas, patientErlangs + adminErlangs);
        }
        double patients = load.arrivalsPerMinute() * bucketMinutes;
        double[] minutes = new double[maxMas + 1];
        for (int c = 0; c <= maxMas; c++) {
            minutes[c] = patients * waitPerPatient(c, patientErlangs, adminErlangs, load.meanTaskMinutes(),
                    load.taskScv(), bucketMinutes);
        }
        makeDecreasingAndConvex(minutes);
        return new WaitingCurve(minutes, patientErlangs + adminErlangs);
    }

    /**
     * Mean minutes a patient waits with {@code c} MAs for {@code patientErlangs} of patient work of mean
     * {@code taskMinutes}, beside {@code adminErlangs} of admin work served after patients (non-preemptive priority).
     */
    private double waitPerPatient(int c, double patientErlangs, double adminErlangs, double taskMinutes,
                                  double taskScv, int bucketMinutes) {
        double halfBucket = bucketMinutes / 2.0;
        if (c == 0) {
            return halfBucket;
        }
        double cap = utilizationCap * c;
        double patientsCapped = Math.min(patientErlangs, cap);
        double steady = priorityWait(c, patientsCapped, Math.min(patientErlangs + adminErlangs, cap), taskMinutes,
                taskScv);
        double unservedShare = patientErlangs > patientsCapped ? 1 - patientsCapped / patientErlangs : 0;
        return steady + unservedShare * halfBucket;
    }

    /**
     * The first class's wait in an M/G/c queue with non-preemptive priority: a patient waits when every MA is busy,
     * with a patient or with admin work (Erlang C at the total load), and then only for the patients ahead
     * (Cobham, Kella-Yechiali: Wq1 = C(c, A) x S / (c - A1)), scaled by Allen-Cunneen's (1 + cs2) / 2 for Poisson
     * arrivals. Without admin work it is the Allen-Cunneen wait itself.
     */
    private static double priorityWait(int c, double patientErlangs, double totalErlangs, double taskMinutes,
                                       double taskScv) {
        if (patientErlangs == 0) {
            return 0;
        }
        return QueueingFormulas.erlangC(c, totalErlangs) * taskMinutes / (c - patientErlangs) * (1 + taskScv) / 2;
    }

    /** Raises values from the most MAs down so the curve never rises and each added MA helps no more than the last. */
    static void makeDecreasingAndConvex(double[] minutes) {
        for (int c = minutes.length - 2; c >= 0; c--) {
            double nextDrop = c + 2 < minutes.length ? minutes[c + 1] - minutes[c + 2] : 0;
            minutes[c] = Math.max(minutes[c], minutes[c + 1] + nextDrop);
        }
    }
}
