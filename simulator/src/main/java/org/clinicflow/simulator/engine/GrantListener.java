package org.clinicflow.simulator.engine;

/** Told when a request to a {@link ServerPool} is granted: which request (token), which server, and after what wait. */
@FunctionalInterface
public interface GrantListener {
    void granted(int token, int server, double waited);
}
