package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.ReplicationRunner;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** The same clinic and seed give the same records, on one thread or several. */
class ClinicDeterminismTest {
    private static final Clinic CLINIC = new FamilyMedicineClinic().splitShiftMa()
            .walkIns(2, new org.clinicflow.simulator.random.Distribution.Exponential(40)).build();

    private static ClinicRecords run(long seed, int replication) {
        ClinicRecords r = new ClinicRecords();
        new ClinicSimulation(CLINIC, 12, new RandomStreams(seed, replication), r).run();
        return r;
    }

    @Test
    void sameSeedGivesIdenticalRecords() {
        ClinicRecords a = run(5, 3);
        ClinicRecords b = run(5, 3);
        assertEquals(a.patients, b.patients);
        assertEquals(a.tasks, b.tasks);
        assertEquals(a.shifts, b.shifts);
        assertEquals(a.sessions, b.sessions);
        assertEquals(a.days, b.days);
        assertEquals(a.supplies, b.supplies);
        assertNotEquals(a.patients, run(5, 4).patients, "another replication is another sample");
    }

    /** A replication's engine statistics plus a fingerprint of every record it produced. */
    private static Responses replication(int r) {
        ClinicRecords records = new ClinicRecords();
        Responses engine = new ClinicSimulation(CLINIC, 12, new RandomStreams(11, r), records).run();
        return Responses.builder().putAll(engine)
                .put("records.hash", List.of(records.patients, records.tasks, records.shifts, records.sessions,
                        records.days, records.supplies).hashCode())
                .build();
    }

    @Test
    void oneThreadAndSeveralGiveTheSameReplications() {
        List<Responses> single = new ReplicationRunner(1).run(6, ClinicDeterminismTest::replication);
        List<Responses> parallel = new ReplicationRunner(3).run(6, ClinicDeterminismTest::replication);
        for (int r = 0; r < single.size(); r++) {
            assertEquals(single.get(r).asMap(), parallel.get(r).asMap(), "replication " + r);
        }
    }
}
