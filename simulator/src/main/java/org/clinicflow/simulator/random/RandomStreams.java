package org.clinicflow.simulator.random;

import java.nio.charset.StandardCharsets;

/**
 * The random streams of one replication. Each stochastic element asks for its stream by a stable name; the stream's
 * seed is derived from (experiment seed, replication, name) alone. So two variants of a model that share element names
 * see the same draws (common random numbers), and the numbers do not depend on which thread runs the replication or in
 * what order elements were created.
 */
public final class RandomStreams {
    private final long seed;
    private final int replication;

    public RandomStreams(long seed, int replication) {
        this.seed = seed;
        this.replication = replication;
    }

    public long seed() {
        return seed;
    }

    public int replication() {
        return replication;
    }

    /** A fresh stream for {@code name}; asking twice for the same name gives two streams with the same draws. */
    public RandomStream stream(String name) {
        return new RandomStream(name, derive(seed, replication, name));
    }

    /** Mixes the three coordinates into one 64-bit seed (SplitMix64 finaliser over an FNV-1a hash of the name). */
    static long derive(long seed, int replication, String name) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ mix(replication + 0xD1B54A32D192ED03L));
        h = mix(h ^ fnv1a(name));
        return h;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
