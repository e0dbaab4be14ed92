package org.clinicflow.scenarios.optimize;

import org.clinicflow.simulator.clinic.workload.WorkloadProfile;

/** The workload profile the optimizer priced staffing against, and how it was measured. */
public record MeasuredWorkload(WorkloadProfile profile, WorkloadSampling sampling) {
}
