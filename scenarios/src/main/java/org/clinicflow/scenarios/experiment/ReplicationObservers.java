package org.clinicflow.scenarios.experiment;

import org.clinicflow.simulator.clinic.results.ClinicObserver;

/**
 * Extra observers of each replication (per-patient files, workload profiles), beside the KPIs. Called from the
 * replication's own thread; {@link #finished} runs on that thread when the replication has ended.
 */
public interface ReplicationObservers {
    /** No extra observers. */
    ReplicationObservers NONE = replication -> new ClinicObserver() { };

    ClinicObserver forReplication(int replication);

    default void finished(int replication) {
    }
}
