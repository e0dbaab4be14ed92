package org.clinicflow.simulator.random;

import static org.clinicflow.simulator.StatisticalAssertions.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Streams are named by (seed, replication, name) and by nothing else, which common random numbers rely on. */
class RandomStreamsTest {
    private static final int N = 100_000;

    private static double[] doubles(RandomStream s, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = s.nextDouble();
        }
        return x;
    }

    private static double[] doubles(long seed, int replication, String name) {
        return doubles(new RandomStreams(seed, replication).stream(name), 1_000);
    }

    /** The same coordinates give the same sequence, whatever other streams were made in between. */
    @Test
    void sameSeedReplicationAndNameGiveSameSequence() {
        RandomStreams streams = new RandomStreams(42, 7);
        double[] first = doubles(streams.stream("service"), 1_000);
        streams.stream("arrivals").nextDouble();
        assertArrayEquals(first, doubles(streams.stream("service"), 1_000));
        assertArrayEquals(first, doubles(42, 7, "service"));
    }

    /** Changing the name, the replication or the seed gives another sequence. */
    @Test
    void otherCoordinatesGiveOtherSequences() {
        double[] base = doubles(42, 7, "service");
        assertFalse(Arrays.equals(base, doubles(42, 7, "arrivals")));
        assertFalse(Arrays.equals(base, doubles(42, 8, "service")));
        assertFalse(Arrays.equals(base, doubles(43, 7, "service")));
    }

    /** Streams of other names and other replications are uncorrelated: |r| within 4.5 / sqrt(n). */
    @Test
    void streamsAreUncorrelated() {
        double[] base = doubles(new RandomStreams(42, 0).stream("service"), N);
        assertUncorrelated("other name", base, doubles(new RandomStreams(42, 0).stream("arrivals"), N));
        assertUncorrelated("next replication", base, doubles(new RandomStreams(42, 1).stream("service"), N));
    }

    private static void assertUncorrelated(String what, double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        assertWithinStandardErrors(what + " correlation", sxy / Math.sqrt(sxx * syy), 0, 1 / Math.sqrt(x.length),
                4.5);
    }

    /** Reseeding a stream would silently break common random numbers, so it is refused. */
    @Test
    void streamsCannotBeReseeded() {
        RandomStream s = new RandomStreams(1, 0).stream("service");
        assertThrows(UnsupportedOperationException.class, () -> s.setSeed(5L));
        assertThrows(UnsupportedOperationException.class, () -> s.setSeed(5));
        assertThrows(UnsupportedOperationException.class, () -> s.setSeed(new int[] {5}));
    }
}
