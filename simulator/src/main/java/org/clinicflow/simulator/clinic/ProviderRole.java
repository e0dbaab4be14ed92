package org.clinicflow.simulator.clinic;

/** The clinician's licence. */
public enum ProviderRole { MD, DO, NP, PA }
