package org.clinicflow.simulator.queueing;

import static org.clinicflow.simulator.ModelInputException.requireNonNegative;

import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.Distribution;

/**
 * A plain multi-server queue (G/G/c): arrivals, a service-time distribution and c identical servers, FIFO. The run
 * ends after {@code customers} arrivals have been served (0 = no limit) or at {@code horizon} minutes (infinite = none);
 * statistics before {@code warmup} minutes are discarded.
 */
public record QueueModelSpec(ArrivalProcess arrivals, Distribution service, int servers, long customers,
                             double horizon, double warmup) {
    public QueueModelSpec {
        if (servers < 1) {
            throw new ModelInputException("servers", "must be at least 1, got " + servers);
        }
        if (customers < 0) {
            throw new ModelInputException("customers", "must be 0 (no limit) or more, got " + customers);
        }
        if (!(horizon > 0)) {
            throw new ModelInputException("horizon", "must be greater than 0 minutes, got " + horizon);
        }
        requireNonNegative("warmup", warmup);
        if (customers == 0 && horizon == Double.POSITIVE_INFINITY) {
            throw new ModelInputException("horizon", "the run needs an end: give a number of customers or a horizon");
        }
        if (warmup >= horizon) {
            throw new ModelInputException("warmup", "must end before the horizon " + horizon + ", got " + warmup);
        }
        double rate = meanRate(arrivals);
        if (horizon == Double.POSITIVE_INFINITY && !Double.isNaN(rate)) {
            double rho = rate * service.mean() / servers;
            if (rho >= 1) {
                throw new ModelInputException("arrival rate", String.format(java.util.Locale.ROOT,
                        "gives utilization rho = lambda * E[S] / c = %.3f >= 1: the queue grows without bound and has no"
                                + " steady state; lower the rate, add servers, or give a finite horizon", rho));
            }
            if (customers > 0 && warmup >= customers / rate) {
                throw new ModelInputException("warmup", String.format(java.util.Locale.ROOT,
                        "%.1f minutes is longer than the whole run (%d customers take about %.1f minutes);"
                                + " shorten the warm-up or run more customers", warmup, customers, customers / rate));
            }
        }
    }

    /** Long-run arrivals per minute of a stationary process (Poisson or renewal); NaN for others. */
    private static double meanRate(ArrivalProcess arrivals) {
        if (arrivals instanceof ArrivalProcess.Poisson p) {
            return p.ratePerMinute();
        }
        if (arrivals instanceof ArrivalProcess.Renewal r) {
            return 1 / r.interarrival().mean();
        }
        return Double.NaN;
    }

    /** An M/G/c queue: Poisson arrivals at {@code ratePerMinute}, served until {@code customers} have arrived. */
    public static QueueModelSpec poisson(double ratePerMinute, Distribution service, int servers, long customers,
                                         double warmup) {
        return new QueueModelSpec(new ArrivalProcess.Poisson(ratePerMinute), service, servers, customers,
                Double.POSITIVE_INFINITY, warmup);
    }

    /** Offered load per server, lambda * E[S] / c, for Poisson or renewal arrivals; NaN otherwise. */
    public double utilization() {
        return meanRate(arrivals) * service.mean() / servers;
    }
}
