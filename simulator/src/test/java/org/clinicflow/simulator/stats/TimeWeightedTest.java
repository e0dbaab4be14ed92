package org.clinicflow.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Time averages of a piecewise-constant path, worked out by hand. */
class TimeWeightedTest {
    private double now;

    /** Path 0 on [0,2), 3 on [2,5), 1 on [5,9), 4 on [9,10]: area 17 over 10 minutes. */
    private TimeWeighted path() {
        now = 0;
        TimeWeighted q = new TimeWeighted("queue", () -> now, 0);
        now = 2;
        q.set(3);
        now = 5;
        q.add(-2);
        now = 9;
        q.set(4);
        now = 10;
        return q;
    }

    /** Mean = area / time = 1.7; SD from the mean square 47 / 10; min and max of the path. */
    @Test
    void meanAndSdOfAPiecewiseConstantPath() {
        TimeWeighted q = path();
        assertEquals(17, q.area(10), 1e-12);
        assertEquals(1.7, q.mean(10), 1e-12);
        assertEquals(Math.sqrt(4.7 - 1.7 * 1.7), q.standardDeviation(10), 1e-12);
        assertEquals(0, q.min());
        assertEquals(4, q.max());
        assertEquals(4, q.value());
    }

    /** Reset at 5 keeps only [5,10]: value 1 for 4 minutes then 4 for 1 minute, mean 8 / 5. */
    @Test
    void resetStartsAFreshAverageFromTheCurrentValue() {
        now = 0;
        TimeWeighted q = new TimeWeighted("queue", () -> now, 0);
        now = 2;
        q.set(3);
        now = 5;
        q.set(1);
        q.reset(5);
        now = 9;
        q.set(4);
        now = 10;
        assertEquals(1.6, q.mean(10), 1e-12);
        assertEquals(1, q.min());
        assertEquals(4, q.max());
    }

    /** Reported under its name: mean, SD and max; no time elapsed gives NaN. */
    @Test
    void reportsAndHandlesEmptyInterval() {
        TimeWeighted q = path();
        Responses.Builder b = Responses.builder();
        q.report(b, 10);
        Responses r = b.build();
        assertEquals(1.7, r.get("queue"), 1e-12);
        assertEquals(q.standardDeviation(10), r.get("queue.sd"));
        assertEquals(4, r.get("queue.max"));

        q.reset(10);
        assertTrue(Double.isNaN(q.mean(10)));
    }
}
