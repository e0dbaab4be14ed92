package org.clinicflow.simulator.clinic.results;

/**
 * How a patient's day at the clinic ended. Every arrival (and every booked patient who did not come) has exactly one:
 * COMPLETED (seen and checked out), NO_SHOW, RESCHEDULED (too late to be seen), LEFT_WITHOUT_BEING_SEEN (a walk-in
 * whose patience ran out before rooming), NOT_SEEN (sent away unfinished: nobody left on duty that day could do their next step, or the day ended).
 */
public enum PatientOutcome { COMPLETED, NO_SHOW, RESCHEDULED, LEFT_WITHOUT_BEING_SEEN, NOT_SEEN }
