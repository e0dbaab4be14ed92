package org.clinicflow.simulator.random;

/** Generates successive arrival times of one arrival process, bound to its random stream. */
@FunctionalInterface
public interface ArrivalTimes {
    /** The next arrival time after {@code now}, or positive infinity when no more arrivals will come. */
    double next(double now);
}
