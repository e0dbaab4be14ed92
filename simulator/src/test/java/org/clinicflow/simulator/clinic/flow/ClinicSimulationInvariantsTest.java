package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Invariants over a 65-day run of a busy family-medicine clinic (every step in use: walk-ins who may give up, late
 * patients, a lab, an MA who moves from the front desk to a pod at noon): nothing is in two places, nothing holds two,
 * every patient is accounted for exactly once, and every record is consistent in itself.
 */
class ClinicSimulationInvariantsTest {
    private static final int DAYS = 65;
    private static final int PROVIDERS = 4;
    private static Clinic clinic;
    private static ClinicRecords records;
    private static OccupancyChecker checker;
    private static Responses responses;

    @BeforeAll
    static void run() {
        clinic = new FamilyMedicineClinic().providers(PROVIDERS).walkIns(2.0, new Distribution.Exponential(45))
                .splitShiftMa().labMa().build();
        records = new ClinicRecords();
        checker = new OccupancyChecker();
        responses = new ClinicSimulation(clinic, DAYS, new RandomStreams(7, 0), records, checker).run();
    }

    private static long weekdays() {
        long n = 0;
        for (int d = 0; d < DAYS; d++) {
            DayOfWeek w = clinic.startDate().plusDays(d).getDayOfWeek();
            n += w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY ? 0 : 1;
        }
        return n;
    }

    @Test
    void noRoomPersonOrPatientIsEverInTwoPlacesOrHeldTwice() {
        assertTrue(checker.seizures > 20_000, "the trace saw the run: " + checker.seizures);
        assertEquals(List.of(), checker.violations.stream().limit(5).toList());
        assertEquals(0, checker.stillHeld(), "every room and person is free once the run is over");
    }

    @Test
    void everyPatientIsRecordedExactlyOnce() {
        List<Long> ids = records.patients.stream().map(PatientRecord::id).sorted().toList();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, ids.get(i), "patient ids run 0..n-1 without gaps or repeats");
        }
        // Booked: 12 slots per 4-hour session (new 30 + est 15 + est 15 = 60 minutes for 3), 2 sessions a weekday.
        long booked = records.patients.stream().filter(p -> !p.walkIn()).count();
        assertEquals(weekdays() * PROVIDERS * 2 * 12, booked);
        // Walk-ins: Poisson with mean 2 per provider-day; within 4 standard deviations.
        double expected = 2.0 * PROVIDERS * weekdays();
        long walkIns = records.patients.stream().filter(PatientRecord::walkIn).count();
        assertTrue(Math.abs(walkIns - expected) < 4 * Math.sqrt(expected), walkIns + " walk-ins, expected " + expected);
        Map<PatientOutcome, Long> byOutcome = records.patients.stream()
                .collect(Collectors.groupingBy(PatientRecord::outcome, Collectors.counting()));
        assertTrue(byOutcome.get(PatientOutcome.COMPLETED) > 0.8 * ids.size(), byOutcome.toString());
        assertTrue(byOutcome.getOrDefault(PatientOutcome.NOT_SEEN, 0L) == 0, "nobody is left at midnight: " + byOutcome);
        assertTrue(byOutcome.get(PatientOutcome.LEFT_WITHOUT_BEING_SEEN) > 0, byOutcome.toString());
    }

    @Test
    void timesWithinEachVisitAreInOrder() {
        for (PatientRecord p : records.patients) {
            double[] t = {p.arrival(), p.checkInStart(), p.checkInEnd(), p.roomingStart(), p.roomingEnd(),
                p.providerStart(), p.providerEnd(), p.departure()};
            double last = Double.NEGATIVE_INFINITY;
            for (double x : t) {
                if (!Double.isNaN(x)) {
                    assertTrue(x >= last - 1e-9, "times out of order in " + p);
                    last = x;
                }
            }
            assertTrue(p.queueMinutes() >= 0, p.toString());
            switch (p.outcome()) {
                case COMPLETED -> {
                    assertTrue(!Double.isNaN(p.checkInEnd()) && !Double.isNaN(p.roomingEnd())
                            && !Double.isNaN(p.providerEnd()) && !Double.isNaN(p.departure()), p.toString());
                    assertTrue(p.queueMinutes() <= p.cycleTimeMinutes() + 1e-9, p.toString());
                }
                case NO_SHOW -> assertTrue(Double.isNaN(p.arrival()) && !p.walkIn(), p.toString());
                case LEFT_WITHOUT_BEING_SEEN -> assertTrue(p.walkIn() && Double.isNaN(p.roomingStart())
                        && p.departure() > p.arrival(), p.toString());
                case RESCHEDULED -> assertTrue(p.arrival() - p.appointment() > 20, p.toString());
                default -> { }
            }
        }
    }

    @Test
    void anMaNeverDoesTwoTasksAtOnce() {
        Map<String, List<MaTaskRecord>> byMa = records.tasks.stream()
                .collect(Collectors.groupingBy(MaTaskRecord::maId));
        assertTrue(byMa.containsKey("ma-split"), "the MA on two stations worked");
        for (List<MaTaskRecord> tasks : byMa.values()) {
            List<MaTaskRecord> sorted = new ArrayList<>(tasks);
            sorted.sort(Comparator.comparingDouble(MaTaskRecord::started));
            for (int i = 1; i < sorted.size(); i++) {
                MaTaskRecord a = sorted.get(i - 1);
                assertTrue(a.started() + a.durationMinutes() <= sorted.get(i).started() + 1e-9,
                        a + " overlaps " + sorted.get(i));
            }
            tasks.forEach(t -> assertTrue(t.started() >= t.requested() && t.durationMinutes() >= 0, t.toString()));
        }
    }

    @Test
    void busyNeverExceedsCapacity() {
        assertTrue(responses.get("examRooms.busy.max") <= clinic.examRooms().size());
        assertTrue(responses.get("rooms.lab.busy.max") <= 1);
        assertTrue(responses.get("providers.busy.max") <= PROVIDERS);
        assertTrue(responses.get("frontDesk.busy.max") <= 3, "two front-desk staff and the split-shift MA");
        assertTrue(responses.get("mas.busy.max") <= clinic.medicalAssistants().size(), "one task per MA at most");
    }

    @Test
    void everyShiftSessionAndDayIsReportedOnceAndConsistently() {
        long rosteredShifts = 0;
        for (int d = 0; d < DAYS; d++) {
            rosteredShifts += clinic.baselineRoster().on(d).size();
        }
        assertEquals(rosteredShifts, records.shifts.size());
        for (MaShiftRecord s : records.shifts) {
            assertTrue(s.left() >= s.scheduledEnd(), s.toString());
            assertTrue(s.busyMinutes() <= s.left() - s.scheduledStart() + 1e-9, s.toString());
            assertTrue(s.overtimeMinutes() < 240, "overtime stays plausible: " + s);
        }
        assertEquals(weekdays() * PROVIDERS * 2, records.sessions.size());
        for (ProviderSessionRecord s : records.sessions) {
            assertTrue(s.busyMinutes() <= s.end() - s.start() + 1e-9 && s.lastPatientDone() >= s.start(), s.toString());
        }
        assertEquals(weekdays(), records.days.size());
        for (ClinicDayRecord d : records.days) {
            assertTrue(d.examRoomOccupiedMinutes() > 0 && d.examRoomOccupiedMinutes() <= clinic.examRooms().size()
                    * 1440.0, d.toString());
            assertTrue(d.lastDeparture() > d.opening(), d.toString());
        }
    }

    @Test
    void supplyStockBalancesFromDayToDay() {
        assertEquals((long) DAYS * clinic.supplies().size(), records.supplies.size());
        Map<String, List<SupplyDayRecord>> byItem = records.supplies.stream()
                .collect(Collectors.groupingBy(SupplyDayRecord::itemId));
        for (List<SupplyDayRecord> days : byItem.values()) {
            int onHand = clinic.supply(days.get(0).itemId()).orElseThrow().initialStock();
            for (SupplyDayRecord d : days) {
                assertEquals(0, d.stockouts(), "stock is ample here: " + d);
                onHand += d.delivered() - d.used();
                assertEquals(onHand, d.onHand(), d.toString());
            }
        }
        assertTrue(records.supplies.stream().anyMatch(d -> d.delivered() > 0), "some orders came in");
    }
}
