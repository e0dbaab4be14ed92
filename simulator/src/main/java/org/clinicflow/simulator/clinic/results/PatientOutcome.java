package org.clinicflow.simulator.clinic.results;

/**
 * How a patient's day at the clinic ended. Every arrival (and every booked patient who did not come) has exactly one:
 * COMPLETED (seen and checked out), NO_SHOW, RESCHEDULED (too late to be seen), LEFT_WITHOUT_BEING_SEEN (a walk-in
 * whose patience ran out before rooming), NOT_SEEN (still waiting when the clinic day ended: no one could serve them).
 */
public enum PatientOutcome { COMPLETED, NO_SHOW, RESCHEDULED, LEFT_WITHOUT_BEING_SEEN, NOT_SEEN }
