package org.clinicflow.simulator.engine;

/**
 * Receives an event when its time comes. Handlers are long-lived objects (a resource, a source, a model element);
 * the int argument says which entity the event concerns, so scheduling an event allocates nothing.
 * Store method references in fields: {@code this::onArrival} written at the call site allocates on every call.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(int arg);
}
