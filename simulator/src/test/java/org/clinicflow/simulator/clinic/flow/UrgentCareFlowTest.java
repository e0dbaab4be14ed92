package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An urgent-care month: walk-ins queue for whichever provider is free, triage rooms them while the triage MA is on
 * shift, the float MA helps everywhere, and X-ray patients leave their exam room and come back for the provider.
 */
class UrgentCareFlowTest {
    private static Clinic clinic;
    private static ClinicRecords records;
    private static OccupancyChecker checker;
    private static Responses responses;

    @BeforeAll
    static void run() {
        clinic = UrgentCareClinic.build(true);
        records = new ClinicRecords();
        checker = new OccupancyChecker();
        responses = new ClinicSimulation(clinic, 28, new RandomStreams(17, 0), records, checker).run();
    }

    @Test
    void theFlowStaysConsistentAndEveryWalkInIsSeenOrLeaves() {
        assertEquals(List.of(), checker.violations.stream().limit(5).toList());
        assertEquals(0, checker.stillHeld());
        Map<PatientOutcome, Long> outcomes = records.patients.stream()
                .collect(Collectors.groupingBy(PatientRecord::outcome, Collectors.counting()));
        assertTrue(records.patients.stream().allMatch(PatientRecord::walkIn));
        assertEquals(records.patients.size(), outcomes.get(PatientOutcome.COMPLETED)
                + outcomes.getOrDefault(PatientOutcome.LEFT_WITHOUT_BEING_SEEN, 0L), outcomes.toString());
        double perDay = records.patients.size() / 28.0;
        assertTrue(perDay > 27 && perDay < 34, "about 31 walk-ins a day: " + perDay);
    }

    @Test
    void walkInsQueueForWhicheverProviderIsFree() {
        Map<String, Long> byProvider = records.patients.stream().filter(PatientRecord::completed)
                .collect(Collectors.groupingBy(PatientRecord::providerId, Collectors.counting()));
        assertEquals(Set.of("np-1", "pa-2"), byProvider.keySet());
        assertTrue(byProvider.values().stream().allMatch(n -> n > 150), byProvider.toString());
        // Both on duty from 13:00 to 15:00: each sees patients then.
        for (String id : byProvider.keySet()) {
            assertTrue(records.patients.stream().anyMatch(p -> id.equals(p.providerId())
                    && p.providerStart() % 1440 >= 780 && p.providerStart() % 1440 < 900), id);
        }
    }

    @Test
    void triageRoomsWalkInsAndTheFloatCoversTriageAfterwards() {
        List<MaTaskRecord> rooming = records.tasks.stream().filter(t -> t.task().equals("rooming")).toList();
        assertTrue(rooming.stream().allMatch(t -> t.stationId().equals("triage")), "rooming is triage's workload");
        Map<String, Long> byMa = rooming.stream().collect(Collectors.groupingBy(MaTaskRecord::maId,
                Collectors.counting()));
        Map<String, Long> whileTriageIn = rooming.stream().filter(t -> t.started() % 1440 < 975)
                .collect(Collectors.groupingBy(MaTaskRecord::maId, Collectors.counting()));
        Map<String, Long> afterTriageLeft = rooming.stream().filter(t -> t.started() % 1440 >= 990)
                .collect(Collectors.groupingBy(MaTaskRecord::maId, Collectors.counting()));
        assertTrue(whileTriageIn.get("ana") > whileTriageIn.getOrDefault("cruz", 0L),
                "the triage MA rooms most walk-ins until 16:15; the float helps when she is busy: " + whileTriageIn);
        assertEquals(Set.of("cruz"), afterTriageLeft.keySet(), "the float MA covers triage in the evening");
        // A float MA counts as triage, so the pod MA rooms a walk-in only when the triage MA has gone and the float MA
        // is on a break: a handful in a month.
        long byPodMa = byMa.getOrDefault("ben", 0L);
        assertTrue(byPodMa <= 0.01 * rooming.size(), byPodMa + " of " + rooming.size());
        assertTrue(rooming.stream().filter(t -> t.maId().equals("ben")).allMatch(t -> t.started() % 1440 >= 975),
                "only after the triage MA's shift ends at 16:15");
        assertTrue(records.tasks.stream().anyMatch(t -> t.maId().equals("ben") && t.task().equals("turnover")),
                "the pod MA turns the pod's rooms over");
    }

    @Test
    void xrayPatientsLeaveTheExamRoomAndComeBackForTheProvider() {
        long xrays = records.tasks.stream().filter(t -> t.task().equals("xray")).count();
        assertTrue(xrays > 50, "x-rays done: " + xrays);
        assertTrue(records.tasks.stream().filter(t -> t.task().equals("xray"))
                .allMatch(t -> t.maId().equals("ana") || t.maId().equals("cruz")), "only radiographers do them");
        Map<Long, Integer> stays = checker.examRoomStays();
        assertEquals(xrays, stays.values().stream().filter(n -> n == 2).count(),
                "each X-ray patient takes an exam room twice: for rooming and again for the provider");
        assertTrue(stays.values().stream().allMatch(n -> n <= 2));
    }

    @Test
    void aPatientWhoseTaskNobodyLeftTodayCanDoIsNotSeenAtOnceAndKeepsNobodyLate() {
        ClinicRecords gap = new ClinicRecords();
        OccupancyChecker gapChecker = new OccupancyChecker();
        new ClinicSimulation(UrgentCareClinic.build(false), 28, new RandomStreams(17, 0), gap, gapChecker).run();
        assertEquals(List.of(), gapChecker.violations.stream().limit(5).toList());
        assertEquals(0, gapChecker.stillHeld(), "a patient sent away gives back the rooms they held");
        List<PatientRecord> notSeen = gap.patients.stream().filter(p -> p.outcome() == PatientOutcome.NOT_SEEN)
                .toList();
        assertTrue(notSeen.size() > 3, "X-rays needed after the last radiographer left: " + notSeen.size());
        assertTrue(notSeen.stream().allMatch(p -> p.roomingEnd() % 1440 >= 18.5 * 60 && Double.isNaN(p.providerStart())),
                "only patients roomed after 18:30, before their X-ray");
        for (PatientRecord p : notSeen) {
            assertTrue(gap.shifts.stream().filter(s -> s.maId().equals("cruz") && s.day() == p.day())
                    .allMatch(s -> s.left() <= p.arrival()), "the radiographer had gone when they came in: " + p);
        }
        assertTrue(gap.tasks.stream().anyMatch(t -> t.task().equals("xray") && t.started() % 1440 >= 18.5 * 60),
                "walk-ins in the clinic when she is due to leave are X-rayed by her in overtime");
        assertTrue(gap.shifts.stream().allMatch(s -> s.overtimeMinutes() < 120),
                "nobody stays on for them until midnight");
    }
}
