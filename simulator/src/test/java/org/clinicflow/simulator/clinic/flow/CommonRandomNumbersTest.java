package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Two rosters of the same clinic on the same seed see exactly the same patients: the same schedule, no-shows, arrival
 * times, walk-ins and orders — only what the staff do with them differs.
 */
class CommonRandomNumbersTest {
    private static ClinicRecords run(Clinic clinic) {
        ClinicRecords r = new ClinicRecords();
        new ClinicSimulation(clinic, 10, new RandomStreams(42, 1), r).run();
        return r;
    }

    /** What is drawn for a patient when created, as the record shows it (arrival, or the no-show). */
    private record Drawn(long id, boolean walkIn, String visitType, double appointment, double arrival,
                         boolean noShow) {
        static Drawn of(PatientRecord p) {
            return new Drawn(p.id(), p.walkIn(), p.visitTypeId(), p.appointment(), p.arrival(),
                    p.outcome() == PatientOutcome.NO_SHOW);
        }
    }

    private static List<Drawn> drawn(ClinicRecords r) {
        return r.patients.stream().map(Drawn::of).sorted(java.util.Comparator.comparingLong(Drawn::id)).toList();
    }

    @Test
    void twoRostersSeeTheSamePatients() {
        FamilyMedicineClinic fixture = new FamilyMedicineClinic().providers(4).team(4)
                .walkIns(3, new Distribution.Exponential(60));
        Clinic two = fixture.rostered(2).build();
        Clinic four = two.withRoster(new FamilyMedicineClinic().providers(4).team(4).build().baselineRoster());
        ClinicRecords a = run(two);
        ClinicRecords b = run(four);
        assertEquals(drawn(a), drawn(b));
        assertTrue(a.count(PatientOutcome.NO_SHOW) > 20, "no-shows were drawn");
        assertEquals(a.count(PatientOutcome.RESCHEDULED), b.count(PatientOutcome.RESCHEDULED));
        java.util.Map<Long, PatientRecord> inB = new java.util.HashMap<>();
        b.patients.forEach(p -> inB.put(p.id(), p));
        long bothSeen = 0;
        for (PatientRecord p : a.patients) {
            PatientRecord q = inB.get(p.id());
            if (p.completed() && q.completed()) {
                bothSeen++;
                assertEquals(p.proceduresDone(), q.proceduresDone(), "the same orders for patient " + p.id());
            }
        }
        assertTrue(bothSeen > 500, "most patients were seen under both rosters: " + bothSeen);
        assertNotEquals(a.meanWaitingRoomMinutes(), b.meanWaitingRoomMinutes(), "but the staff make a difference");
    }

    /** A booked patient's draws as the record shows them, keyed by the appointment rather than the patient id. */
    private record Booked(int day, String provider, double appointment, double arrival, boolean noShow,
                          int procedures) {
        static Booked of(PatientRecord p) {
            return new Booked(p.day(), p.providerId(), p.appointment(), p.arrival(),
                    p.outcome() == PatientOutcome.NO_SHOW, p.completed() ? p.proceduresDone() : -1);
        }
    }

    private static List<Booked> booked(ClinicRecords r) {
        return r.patients.stream().filter(p -> !p.walkIn()).map(Booked::of)
                .sorted(java.util.Comparator.comparingInt(Booked::day).thenComparing(Booked::provider)
                        .thenComparingDouble(Booked::appointment))
                .toList();
    }

    /**
     * A what-if on walk-ins leaves the booked patients as they were: their visits are drawn from streams of their own,
     * so more walk-ins do not shift the next booked patient's orders and durations.
     */
    @Test
    void moreWalkInsLeaveTheBookedPatientsAsTheyWere() {
        Clinic few = new FamilyMedicineClinic().providers(4).team(6).walkIns(2, null).build();
        Clinic many = new FamilyMedicineClinic().providers(4).team(6).walkIns(8, null).build();
        ClinicRecords a = run(few);
        ClinicRecords b = run(many);
        assertTrue(b.patients.stream().filter(PatientRecord::walkIn).count()
                > a.patients.stream().filter(PatientRecord::walkIn).count() + 100, "more walk-ins came");
        List<Booked> inA = booked(a);
        List<Booked> inB = booked(b);
        assertEquals(inA.size(), inB.size());
        for (int i = 0; i < inA.size(); i++) {
            Booked x = inA.get(i);
            Booked y = inB.get(i);
            assertEquals(x.day() + x.provider() + x.appointment() + x.arrival() + x.noShow(),
                    y.day() + y.provider() + y.appointment() + y.arrival() + y.noShow());
            if (x.procedures() >= 0 && y.procedures() >= 0) {
                assertEquals(x.procedures(), y.procedures(), "the same orders for " + x);
            }
        }
    }
}
