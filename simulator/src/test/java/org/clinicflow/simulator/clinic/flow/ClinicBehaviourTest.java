package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.LateArrivalPolicy;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** What an office manager expects of the clinic, checked on common random numbers with 95% intervals. */
class ClinicBehaviourTest {
    private static final long SEED = 2026;

    private static ClinicRecords run(Clinic clinic, int days, int replication) {
        ClinicRecords r = new ClinicRecords();
        new ClinicSimulation(clinic, days, new RandomStreams(SEED, replication), r).run();
        return r;
    }

    /** Replications of one KPI, each a number computed from the replication's records. */
    private static ReplicationSummary kpi(Clinic clinic, int days, int replications, String name,
                                          ToDoubleFunction<ClinicRecords> value) {
        List<Responses> reps = new java.util.ArrayList<>();
        for (int r = 0; r < replications; r++) {
            reps.add(Responses.builder().put(name, value.applyAsDouble(run(clinic, days, r))).build());
        }
        return new ReplicationSummary(reps);
    }

    @Test
    void oneMoreMaInAnUnderstaffedClinicCutsTheWaitForRooming() {
        Clinic twoMas = new FamilyMedicineClinic().providers(4).team(3).rostered(2).build();
        Clinic threeMas = twoMas.withRoster(new FamilyMedicineClinic().providers(4).team(3).build().baselineRoster());
        ReplicationSummary before = kpi(twoMas, 10, 8, "wait", ClinicRecords::meanWaitingRoomMinutes);
        ReplicationSummary after = kpi(threeMas, 10, 8, "wait", ClinicRecords::meanWaitingRoomMinutes);
        Estimate change = before.pairedDifference(after, "wait");
        assertTrue(change.upper() < 0, "the third MA cuts the mean wait to rooming: " + change.format(2)
                + " minutes (from " + before.get("wait").format(2) + ")");
    }

    private static double providerUtilization(ClinicRecords r) {
        double busy = r.sessions.stream().mapToDouble(ProviderSessionRecord::busyMinutes).sum();
        double length = r.sessions.stream().mapToDouble(s -> s.end() - s.start()).sum();
        return busy / length;
    }

    @Test
    void moreNoShowsLeaveProvidersLessBusy() {
        ReplicationSummary few = kpi(new FamilyMedicineClinic().noShow(0.05).build(), 10, 6, "util",
                ClinicBehaviourTest::providerUtilization);
        ReplicationSummary many = kpi(new FamilyMedicineClinic().noShow(0.30).build(), 10, 6, "util",
                ClinicBehaviourTest::providerUtilization);
        Estimate change = few.pairedDifference(many, "util");
        assertTrue(change.upper() < 0, "30% no-shows instead of 5% cut provider utilization: " + change.format(3));
    }

    private static List<Double> durations(ClinicRecords r, boolean ecg) {
        return r.tasks.stream().filter(t -> t.task().equals("ecg") == ecg).map(MaTaskRecord::durationMinutes)
                .sorted().toList();
    }

    @Test
    void aStockoutDelaysTheProceduresThatNeedTheItemAndOnlyThose() {
        ClinicRecords stocked = run(new FamilyMedicineClinic().build(), 10, 0);
        ClinicRecords empty = run(new FamilyMedicineClinic()
                .supply("electrodes", 0, -1, 100, 2, StockoutPolicy.DELAY, 15).build(), 10, 0);
        List<Double> ecgStocked = durations(stocked, true);
        assertTrue(ecgStocked.size() > 10, "ECGs were done: " + ecgStocked.size());
        assertShiftedBy(15, ecgStocked, durations(empty, true), "each ECG waits 15 minutes for electrodes");
        assertShiftedBy(0, durations(stocked, false), durations(empty, false), "no other task takes longer");
        int stockouts = empty.supplies.stream().filter(s -> s.itemId().equals("electrodes"))
                .mapToInt(SupplyDayRecord::stockouts).sum();
        assertEquals(ecgStocked.size(), stockouts, "one stockout per ECG");
    }

    /** Each of {@code later} (sorted) is the matching one of {@code earlier} plus {@code shift}, to rounding. */
    private static void assertShiftedBy(double shift, List<Double> earlier, List<Double> later, String what) {
        assertEquals(earlier.size(), later.size(), what + ": as many tasks");
        for (int i = 0; i < earlier.size(); i++) {
            assertEquals(earlier.get(i) + shift, later.get(i), 1e-6, what + " (task " + i + " by duration)");
        }
    }

    @Test
    void aStockoutUnderTheCancelPolicyCancelsTheProcedure() {
        ClinicRecords stocked = run(new FamilyMedicineClinic().build(), 10, 0);
        ClinicRecords empty = run(new FamilyMedicineClinic()
                .supply("electrodes", 0, -1, 100, 2, StockoutPolicy.CANCEL, 0).build(), 10, 0);
        long ecgs = durations(stocked, true).size();
        assertEquals(0, durations(empty, true).size(), "no ECG is done without electrodes");
        assertEquals(ecgs, empty.patients.stream().mapToInt(PatientRecord::proceduresCancelled).sum());
        assertEquals(stocked.patients.stream().mapToInt(PatientRecord::proceduresDone).sum() - ecgs,
                empty.patients.stream().mapToInt(PatientRecord::proceduresDone).sum());
    }

    @Test
    void aPatientLaterThanTheThresholdIsRescheduledAndOnlyThen() {
        ClinicRecords r = run(new FamilyMedicineClinic().lateness(0.5, new Distribution.Uniform(0, 40),
                new LateArrivalPolicy(LateArrivalPolicy.Handling.SEEN_LATE, 20)).build(), 10, 0);
        long rescheduled = 0;
        for (PatientRecord p : r.patients) {
            if (p.walkIn() || p.outcome() == PatientOutcome.NO_SHOW) {
                continue;
            }
            boolean tooLate = p.arrival() - p.appointment() > 20;
            assertEquals(tooLate, p.outcome() == PatientOutcome.RESCHEDULED, p.toString());
            if (tooLate) {
                rescheduled++;
                assertTrue(Double.isNaN(p.roomingStart()) && p.departure() == p.arrival(), p.toString());
            }
        }
        assertTrue(rescheduled > 100, "about a quarter of the booked patients: " + rescheduled);
    }

    private static double lateWait(ClinicRecords r) {
        return r.patients.stream().filter(p -> !p.walkIn() && p.arrival() > p.appointment() && p.completed())
                .mapToDouble(PatientRecord::waitingRoomMinutes).average().orElseThrow();
    }

    @Test
    void latePatientsWaitLongerWhenSeenAfterThePunctualOnes() {
        Distribution lateBy = new Distribution.Uniform(0, 15);
        Clinic seenLate = new FamilyMedicineClinic().providers(4).rostered(2).lateness(0.3, lateBy,
                new LateArrivalPolicy(LateArrivalPolicy.Handling.SEEN_LATE, 30)).build();
        Clinic squeezedIn = new FamilyMedicineClinic().providers(4).rostered(2).lateness(0.3, lateBy,
                new LateArrivalPolicy(LateArrivalPolicy.Handling.SQUEEZED_IN, 30)).build();
        Estimate change = kpi(squeezedIn, 10, 6, "late", ClinicBehaviourTest::lateWait)
                .pairedDifference(kpi(seenLate, 10, 6, "late", ClinicBehaviourTest::lateWait), "late");
        assertTrue(change.lower() > 0, "late patients wait longer to be roomed when seen late: " + change.format(2));
    }

    @Test
    void walkInsLeaveWithoutBeingSeenWhenPatienceIsShortAndStaffFew() {
        Clinic crowded = new FamilyMedicineClinic().providers(4).rostered(2)
                .walkIns(6, new Distribution.Exponential(15)).build();
        Clinic staffed = new FamilyMedicineClinic().providers(4).team(6)
                .walkIns(6, new Distribution.Exponential(120)).build();
        ClinicRecords few = run(crowded, 10, 0);
        ClinicRecords many = run(staffed, 10, 0);
        long left = few.count(PatientOutcome.LEFT_WITHOUT_BEING_SEEN);
        long walkIns = few.patients.stream().filter(PatientRecord::walkIn).count();
        assertTrue(left > 0.1 * walkIns, left + " of " + walkIns + " walk-ins left");
        assertTrue(many.count(PatientOutcome.LEFT_WITHOUT_BEING_SEEN) < left / 4,
                "patient walk-ins and more MAs: " + many.count(PatientOutcome.LEFT_WITHOUT_BEING_SEEN));
        few.patients.stream().filter(p -> p.outcome() == PatientOutcome.LEFT_WITHOUT_BEING_SEEN).forEach(p ->
                assertTrue(p.walkIn() && Double.isNaN(p.roomingStart()) && p.departure() > p.arrival(), p.toString()));
    }

    @Test
    void withNobodyAtTheFrontDeskPatientsGoStraightToRooming() {
        ClinicRecords r = run(new FamilyMedicineClinic().deskStaff(0).build(), 5, 0);
        assertEquals(0, r.count(PatientOutcome.NOT_SEEN));
        assertTrue(r.patients.stream().filter(PatientRecord::completed)
                .allMatch(p -> Double.isNaN(p.checkInStart()) && !Double.isNaN(p.roomingStart())));
        assertTrue(r.count(PatientOutcome.COMPLETED) > 300);
    }
}
