package org.clinicflow.simulator.queueing;

import org.clinicflow.simulator.ModelInputException;

/**
 * Closed-form steady-state results for the queues the simulator is checked against, and that the optimizer uses to
 * price staffing levels: Erlang C for M/M/c, Pollaczek-Khinchine for M/G/1, and the Allen-Cunneen approximation for
 * G/G/c. Rates are per minute, times in minutes.
 */
public final class QueueingFormulas {
    private QueueingFormulas() {
    }

    /** Erlang B blocking probability for offered load {@code a} (erlangs) on {@code c} servers, by the stable recursion. */
    public static double erlangB(int c, double a) {
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return b;
    }

    /** Erlang C: probability that an arrival waits in an M/M/c queue with offered load {@code a} < c erlangs. */
    public static double erlangC(int c, double a) {
        requireStable(c, a);
        double b = erlangB(c, a);
        return c * b / (c - a * (1 - b));
    }

    /** Mean time in queue Wq of an M/M/c queue with arrival rate lambda and mean service time {@code meanService}. */
    public static double mmcMeanWait(double lambda, double meanService, int c) {
        double a = lambda * meanService;
        return erlangC(c, a) * meanService / (c - a);
    }

    /** Mean time in queue of an M/G/1 queue (Pollaczek-Khinchine): lambda E[S^2] / (2 (1 - rho)). */
    public static double mg1MeanWait(double lambda, double meanService, double secondMomentService) {
        double rho = lambda * meanService;
        requireStable(1, rho);
        return lambda * secondMomentService / (2 * (1 - rho));
    }

    /**
     * Allen-Cunneen approximation of the mean queueing time of a G/G/c queue: the M/M/c wait scaled by
     * (ca^2 + cs^2) / 2. Exact for M/M/c, and exact for M/G/1 (where it reduces to Pollaczek-Khinchine).
     */
    public static double allenCunneenMeanWait(double lambda, double meanService, int c, double arrivalCv,
                                              double serviceCv) {
        return mmcMeanWait(lambda, meanService, c) * (arrivalCv * arrivalCv + serviceCv * serviceCv) / 2;
    }

    private static void requireStable(int c, double a) {
        if (c < 1) {
            throw new ModelInputException("servers", "must be at least 1, got " + c);
        }
        if (!(a >= 0) || a >= c) {
            throw new ModelInputException("offered load",
                    "must be at least 0 and below the " + c + " servers for a steady state, got " + a);
        }
    }
}
