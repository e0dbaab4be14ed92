package org.clinicflow.simulator.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Responses across replications: a 95% t-interval per response name, and the paired difference of two experiments
 * run on common random numbers. Sums run in replication order, so the numbers do not depend on the thread count.
 */
public final class ReplicationSummary {
    /** Confidence level of every interval ClinicFlow reports. */
    public static final double CONFIDENCE = 0.95;

    private final List<Responses> replications;
    private final Map<String, Estimate> estimates;

    public ReplicationSummary(List<Responses> replications) {
        this.replications = List.copyOf(replications);
        Set<String> names = new LinkedHashSet<>();
        for (Responses r : replications) {
            names.addAll(r.names());
        }
        Map<String, Estimate> map = new LinkedHashMap<>();
        for (String name : names) {
            map.put(name, estimate(name, values(this.replications, name)));
        }
        this.estimates = Collections.unmodifiableMap(map);
    }

    public List<Responses> replications() {
        return replications;
    }

    public int size() {
        return replications.size();
    }

    public Map<String, Estimate> estimates() {
        return estimates;
    }

    public Estimate get(String name) {
        Estimate e = estimates.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no response named '" + name + "'; known: " + estimates.keySet());
        }
        return e;
    }

    /**
     * The paired difference {@code other - this} of a response, replication by replication: with common random numbers
     * this interval is much narrower than the difference of two independent intervals.
     */
    public Estimate pairedDifference(ReplicationSummary other, String name) {
        if (other.size() != size()) {
            throw new IllegalArgumentException(
                    "paired comparison needs the same number of replications, got " + size() + " and " + other.size());
        }
        double[] diffs = new double[size()];
        for (int i = 0; i < diffs.length; i++) {
            Responses a = replications.get(i);
            Responses b = other.replications.get(i);
            diffs[i] = a.has(name) && b.has(name) ? b.get(name) - a.get(name) : Double.NaN;
        }
        return estimate(name, diffs);
    }

    private static double[] values(List<Responses> reps, String name) {
        double[] v = new double[reps.size()];
        for (int i = 0; i < v.length; i++) {
            Responses r = reps.get(i);
            v[i] = r.has(name) ? r.get(name) : Double.NaN;
        }
        return v;
    }

    /** Mean and 95% t-interval of the finite values in {@code values}. */
    public static Estimate estimate(String name, double[] values) {
        List<Double> finite = new ArrayList<>(values.length);
        for (double v : values) {
            if (Double.isFinite(v)) {
                finite.add(v);
            }
        }
        int n = finite.size();
        if (n == 0) {
            return new Estimate(name, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (finite.get(i) - mean) / (i + 1);
        }
        if (n == 1) {
            return new Estimate(name, 1, mean, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : finite) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return new Estimate(name, n, mean, sd, t * sd / Math.sqrt(n));
    }
}
