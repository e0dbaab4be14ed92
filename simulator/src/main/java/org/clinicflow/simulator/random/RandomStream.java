package org.clinicflow.simulator.random;

import java.util.random.RandomGeneratorFactory;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * One independent stream of random numbers, for one stochastic element of one replication. Backed by the JDK's
 * L64X128MixRandom (an LXM generator designed so that differently seeded instances are statistically independent),
 * and usable wherever Commons Math expects a {@link RandomGenerator}.
 */
public final class RandomStream implements RandomGenerator {
    private static final RandomGeneratorFactory<java.util.random.RandomGenerator> FACTORY =
            RandomGeneratorFactory.of("L64X128MixRandom");

    private final String name;
    private final java.util.random.RandomGenerator generator;

    RandomStream(String name, long seed) {
        this.name = name;
        this.generator = FACTORY.create(seed);
    }

    public String name() {
        return name;
    }

    @Override
    public double nextDouble() {
        return generator.nextDouble();
    }

    @Override
    public int nextInt() {
        return generator.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return generator.nextInt(n);
    }

    @Override
    public long nextLong() {
        return generator.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return generator.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return generator.nextFloat();
    }

    @Override
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        generator.nextBytes(bytes);
    }

    /** Streams are seeded once, from (seed, replication, name); reseeding would break common random numbers. */
    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("stream '" + name + "' is seeded from (seed, replication, name)");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("stream '" + name + "' is seeded from (seed, replication, name)");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("stream '" + name + "' is seeded from (seed, replication, name)");
    }
}
