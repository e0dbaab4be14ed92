package org.clinicflow.simulator.stats;

/** A named statistic owned by a model element: reset at the end of warm-up, reported at the end of a replication. */
public interface Statistic {
    String name();

    /** Forgets everything observed so far (warm-up deletion); {@code now} is the current simulation time. */
    void reset(double now);

    /** Adds this statistic's responses, measured up to {@code now}, to the replication's results. */
    void report(Responses.Builder out, double now);
}
