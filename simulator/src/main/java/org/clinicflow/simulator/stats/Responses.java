package org.clinicflow.simulator.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The named results of one replication, in the order they were reported. */
public final class Responses {
    private final Map<String, Double> values;

    private Responses(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of a response; throws if the replication did not report it. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no response named '" + name + "'; known: " + values.keySet());
        }
        return v;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, Double> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects responses; a later value under the same name replaces the earlier one. */
    public static final class Builder {
        private final Map<String, Double> values = new LinkedHashMap<>();

        public Builder put(String name, double value) {
            values.put(name, value);
            return this;
        }

        public Builder putAll(Responses other) {
            values.putAll(other.values);
            return this;
        }

        public Responses build() {
            return new Responses(new LinkedHashMap<>(values));
        }
    }
}
