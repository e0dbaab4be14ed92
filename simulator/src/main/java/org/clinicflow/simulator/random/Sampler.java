package org.clinicflow.simulator.random;

/** Draws one value from a distribution bound to a random stream. */
@FunctionalInterface
public interface Sampler {
    double sample();
}
