package org.clinicflow.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The runner keeps replication order whatever the threads do, and does not swallow failures. */
class ReplicationRunnerTest {

    /** Results come back in replication order on several threads, and progress reaches the total. */
    @Test
    void resultsAreInReplicationOrder() {
        AtomicInteger lastDone = new AtomicInteger();
        List<Responses> out = new ReplicationRunner(4).run(50,
                r -> Responses.builder().put("rep", r).build(), done -> lastDone.accumulateAndGet(done, Math::max));
        for (int r = 0; r < 50; r++) {
            assertEquals(r, out.get(r).get("rep"));
        }
        assertEquals(50, lastDone.get());
    }

    /** A failing replication's exception reaches the caller as it was thrown. */
    @Test
    void failureIsRethrownAsIs() {
        IllegalStateException boom = new IllegalStateException("replication 3 failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new ReplicationRunner(2).run(6, r -> {
                    if (r == 3) {
                        throw boom;
                    }
                    return Responses.builder().build();
                }));
        assertSame(boom, thrown);
    }

    @Test
    void needsAtLeastOneReplication() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicationRunner(1).run(0, r -> null));
    }
}
