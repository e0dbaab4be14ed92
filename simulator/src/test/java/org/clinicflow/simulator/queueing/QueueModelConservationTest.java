package org.clinicflow.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** Customers are neither lost nor invented: every arrival has departed or is still in the system at the end. */
class QueueModelConservationTest {

    private static Responses run(QueueModelSpec spec) {
        return new QueueModel(spec, new RandomStreams(99L, 0)).run();
    }

    /** A run cut off at a finite horizon (overloaded, so many remain): arrivals = departures + in system at end. */
    @Test
    void finiteHorizonKeepsUnfinishedCustomersInTheSystem() {
        QueueModelSpec spec = new QueueModelSpec(new ArrivalProcess.Poisson(1.2 * 2 / 6.0),
                new Distribution.Exponential(6), 2, 0, 10_000, 500);
        Responses r = run(spec);

        assertTrue(r.get("inSystemAtEnd") > 0, "an overloaded queue should be cut off with customers inside: " + r);
        assertEquals(r.get("arrivals"), r.get("departures") + r.get("inSystemAtEnd"));
        assertEquals(10_000, r.get("endTime"));
    }

    /** A run limited to N customers and no horizon serves exactly N and ends empty. */
    @Test
    void customerLimitServesEveryCustomerAndEndsEmpty() {
        QueueModelSpec spec = QueueModelSpec.poisson(0.9 * 3 / 6.0, new Distribution.LogNormal(6, 4), 3, 5_000, 300);
        Responses r = run(spec);

        assertEquals(5_000, r.get("arrivals"));
        assertEquals(5_000, r.get("departures"));
        assertEquals(0, r.get("inSystemAtEnd"));
    }

    /** A fixed appointment list, duplicates included, brings exactly its patients, all of whom are served. */
    @Test
    void scheduledArrivalsAreAllServed() {
        QueueModelSpec spec = new QueueModelSpec(new ArrivalProcess.Scheduled(List.of(30.0, 0.0, 10.0, 10.0, 20.0)),
                new Distribution.Fixed(15), 1, 0, 1_000, 0);
        Responses r = run(spec);

        assertEquals(5, r.get("arrivals"));
        assertEquals(5, r.get("departures"));
        assertEquals(0, r.get("inSystemAtEnd"));
        // One server, 15-minute visits from 0, 10, 10, 20, 30: service starts at 0, 15, 30, 45, 60.
        assertEquals((0 + 5 + 20 + 25 + 30) / 5.0, r.get("queue.wait"), 1e-12);
    }
}
