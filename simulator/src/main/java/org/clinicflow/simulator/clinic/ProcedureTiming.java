package org.clinicflow.simulator.clinic;

/** Whether an MA procedure happens before the provider sees the patient (e.g. urinalysis) or after, as ordered. */
public enum ProcedureTiming { BEFORE_PROVIDER, AFTER_PROVIDER }
