package org.clinicflow.simulator.clinic.results;

/**
 * One task an MA performed: what (rooming, a procedure id, turnover, an admin task id, check-in...), for which station's
 * workload (the station that would normally do it), when it was requested, when it started, how long it took.
 * The optimizer's workload profile is built from these.
 */
public record MaTaskRecord(String task, String stationId, String maId, int day, double requested, double started,
                           double durationMinutes) {
}
