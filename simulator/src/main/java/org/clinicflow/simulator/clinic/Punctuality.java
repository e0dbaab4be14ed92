package org.clinicflow.simulator.clinic;

import org.clinicflow.simulator.random.Distribution;

/**
 * When booked patients arrive relative to their appointment: late with {@code lateProbability}, by a draw from
 * {@code lateBy}; otherwise early by a draw from {@code earlyBy} (minutes).
 */
public record Punctuality(double lateProbability, Distribution earlyBy, Distribution lateBy) {
}
