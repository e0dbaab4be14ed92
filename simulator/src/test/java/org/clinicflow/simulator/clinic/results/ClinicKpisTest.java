package org.clinicflow.simulator.clinic.results;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.differentials;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayFixtures;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every KPI key checked against a hand-made replication: nine patients, three provider sessions, three MA-shifts,
 * three clinic days and two supplies, with the numbers worked out in the comments. Times are minutes from Monday 00:00.
 */
class ClinicKpisTest {
    private static final double NaN = Double.NaN;
    private static final List<SupplyItem> SUPPLIES = List.of(
            new SupplyItem("gloves", "Gloves", new BigDecimal("0.06"), 500, 100, 400, 2, StockoutPolicy.DELAY, 5),
            new SupplyItem("paper", "Table paper", new BigDecimal("0.0375"), 50, 10, 50, 1, StockoutPolicy.DELAY, 5));
    /** California rules (daily overtime), Ana $20.00/h and Bea $25.00/h, no differentials. */
    private static final Clinic CLINIC = PayFixtures.clinic("USD", PayFixtures.rules(OvertimeRule.CALIFORNIA),
            List.of(ma("ana", "20.00"), ma("bea", "25.00")), new Roster(1, List.of()), SUPPLIES);

    private static Responses kpis;

    @BeforeAll
    static void replicate() {
        ClinicKpis k = new ClinicKpis(CLINIC);
        // Completed, roomed after 10 min, provider 5 min after rooming, out after 50 min, 18 min of queues in all.
        k.patient(patient(1, PatientOutcome.COMPLETED, false, 480, 490, 498, 503, 530, 18, 0));
        // Completed: waiting room 30, exam room 15, cycle 80, queues 48.
        k.patient(patient(2, PatientOutcome.COMPLETED, false, 500, 530, 538, 553, 580, 48, 0));
        // Completed nurse visit, no provider: waiting room exactly 15 (counts as within 15), cycle 35, queues 15.
        k.patient(patient(3, PatientOutcome.COMPLETED, false, 510, 525, 533, NaN, 545, 15, 0));
        // Roomed after 2 min but never seen by day's end: in no wait average and not in the 15-minute share.
        k.patient(patient(4, PatientOutcome.NOT_SEEN, false, 600, 602, 610, NaN, NaN, 200, 2));
        k.patient(patient(5, PatientOutcome.NO_SHOW, false, NaN, NaN, NaN, NaN, NaN, 0, 0));
        k.patient(patient(6, PatientOutcome.NO_SHOW, false, NaN, NaN, NaN, NaN, NaN, 0, 0));
        // A walk-in who gave up after an hour.
        k.patient(patient(7, PatientOutcome.LEFT_WITHOUT_BEING_SEEN, true, 700, NaN, NaN, NaN, 760, 60, 0));
        k.patient(patient(8, PatientOutcome.RESCHEDULED, false, 800, NaN, NaN, NaN, 800, 0, 0));
        // Completed walk-in: waiting room 60, exam room 0, cycle 100, queues 60; one procedure cancelled.
        k.patient(patient(9, PatientOutcome.COMPLETED, true, 900, 960, 968, 968, 1000, 60, 1));

        // Sessions of 240 min: idle 240 - 180 = 60 and 20 min over; idle 20, on time; no patients: idle 240.
        k.providerSession(new ProviderSessionRecord("dr-a", 0, 480, 720, 740, 180));
        k.providerSession(new ProviderSessionRecord("dr-a", 0, 780, 1020, 1000, 220));
        k.providerSession(new ProviderSessionRecord("dr-b", 0, 480, 720, 480, 0));

        // Ana Monday 08:00-16:30 with a 30-min break, left 17:00: paid 510 min, 30 over. Bea 08:00-12:00, left at
        // 11:40 (paid to 12:00): 240 min. Ana Tuesday 08:00-16:30 on time: 480 min.
        k.maShift(new MaShiftRecord("ana", 0, "pod-a", 480, 990, 1020, 300, 30));
        k.maShift(new MaShiftRecord("bea", 0, "front", 480, 720, 700, 180, 0));
        k.maShift(new MaShiftRecord("ana", 1, "pod-a", 1440 + 480, 1440 + 990, 1440 + 990, 420, 30));

        // Three open days of 3 rooms x 540 min = 1620 room-minutes; last departures 30 min late, early, nobody came.
        k.clinicDay(new ClinicDayRecord(0, PayFixtures.MONDAY, 480, 1020, 1050, 600, 1620));
        k.clinicDay(new ClinicDayRecord(1, PayFixtures.MONDAY.plusDays(1), 1920, 2460, 2440, 900, 1620));
        k.clinicDay(new ClinicDayRecord(2, PayFixtures.MONDAY.plusDays(2), 3360, 3900, NaN, 0, 1620));

        // Gloves 40 + 30 used at 0.06, paper 7 + 3 at 0.0375; stockouts 0 + 1 + 2 + 0.
        k.supplyDay(new SupplyDayRecord(0, "gloves", 460, 40, 0, 0, 0));
        k.supplyDay(new SupplyDayRecord(0, "paper", 43, 7, 0, 0, 1));
        k.supplyDay(new SupplyDayRecord(1, "gloves", 430, 30, 0, 0, 2));
        k.supplyDay(new SupplyDayRecord(1, "paper", 40, 3, 0, 0, 0));
        kpis = k.report();
    }

    @Test
    void waitingRoomMinutesIsTheMeanOverCompletedVisits() {
        // (10 + 30 + 15 + 60) / 4 = 28.75; with the unseen patient's 2 min it would be 23.4.
        assertKpi(28.75, Kpi.WAITING_ROOM_MINUTES);
    }

    @Test
    void examRoomWaitCountsOnlyVisitsWithAProviderStep() {
        // (5 + 15 + 0) / 3; the nurse visit has no provider step (counted as 0 it would give 5).
        assertKpi(20.0 / 3, Kpi.EXAM_ROOM_WAIT_MINUTES);
    }

    @Test
    void totalWaitIsTheMeanQueueTimeOfCompletedVisits() {
        assertKpi((18 + 48 + 15 + 60) / 4.0, Kpi.TOTAL_WAIT_MINUTES);
    }

    @Test
    void cycleTimeIsArrivalToDeparture() {
        assertKpi((50 + 80 + 35 + 100) / 4.0, Kpi.CYCLE_TIME_MINUTES);
    }

    @Test
    void roomedWithin15MinutesIsAPercentOfCompletedVisits() {
        // 10 and exactly 15 of 10, 30, 15, 60: 2 / 4 = 50% (not 0.5; 60% if the unseen patient counted).
        assertKpi(50.0, Kpi.ROOMED_WITHIN_15_MIN_PCT);
    }

    @Test
    void waitPastAppointmentEqualsWaitingRoomWhenPatientsArriveOnTime() {
        // The fixture's booked patients arrive exactly at their appointment; walk-ins are due on arrival.
        assertKpi(28.75, Kpi.WAIT_PAST_APPOINTMENT_MINUTES);
    }

    @Test
    void earlyArrivalCountsFromTheAppointmentAndLateArrivalFromArrival() {
        ClinicKpis k = new ClinicKpis(CLINIC);
        // Due 09:00, came 08:40, roomed 09:05: waiting room 25 min, 5 min past the appointment, roomed promptly.
        k.patient(new PatientRecord(1, 0, false, "established", "dr-a", 540, 520, 520, 521, 545, 553, 560, 575, 600,
                25, 0, 0, PatientOutcome.COMPLETED));
        // Due 10:00, came 10:10, roomed 10:30: 20 min from arrival both ways, not prompt.
        k.patient(new PatientRecord(2, 0, false, "established", "dr-a", 600, 610, 610, 611, 630, 638, 640, 655, 680,
                20, 0, 0, PatientOutcome.COMPLETED));
        // Due 11:00, came 10:30, roomed 10:45: 15 min in the waiting room, none past the appointment (not -15).
        k.patient(new PatientRecord(3, 0, false, "established", "dr-a", 660, 630, 630, 631, 645, 653, 660, 675, 700,
                15, 0, 0, PatientOutcome.COMPLETED));
        Responses r = k.report();
        assertEquals((25 + 20 + 15) / 3.0, r.get(Kpi.WAITING_ROOM_MINUTES.key()), 1e-9);
        assertEquals((5 + 20 + 0) / 3.0, r.get(Kpi.WAIT_PAST_APPOINTMENT_MINUTES.key()), 1e-9);
        assertEquals(200 / 3.0, r.get(Kpi.ROOMED_WITHIN_15_MIN_PCT.key()), 1e-9, "the early patients were roomed promptly");
    }

    @Test
    void providerIdleAndOvertimeAreMeansPerSession() {
        assertKpi((60 + 20 + 240) / 3.0, Kpi.PROVIDER_IDLE_MINUTES);
        assertKpi(20 / 3.0, Kpi.PROVIDER_OVERTIME_MINUTES);
    }

    @Test
    void maUtilizationIsBusyOverPaidMinutes() {
        // (300 + 180 + 420) / (510 + 240 + 480) = 900 / 1230 = 73.17% (75% over scheduled time, not over paid).
        assertKpi(100 * 900.0 / 1230, Kpi.MA_UTILIZATION_PCT);
    }

    @Test
    void providerUtilizationIsBusyOverSessionMinutes() {
        assertKpi(100 * 400.0 / 720, Kpi.PROVIDER_UTILIZATION_PCT);
    }

    @Test
    void examRoomUtilizationIsOccupiedOverCapacity() {
        assertKpi(100 * 1500.0 / 4860, Kpi.EXAM_ROOM_UTILIZATION_PCT);
    }

    @Test
    void maOvertimeIsPerMaShiftAndInTotal() {
        // Ana stayed 30 min; Bea's early leave is not negative overtime. 30 / 3 shifts = 10, 30 in all.
        assertKpi(10.0, Kpi.MA_OVERTIME_MINUTES);
        assertKpi(30.0, Kpi.MA_OVERTIME_MINUTES_TOTAL);
    }

    @Test
    void clinicOverrunIsPerOpenDayAndZeroOnEmptyDays() {
        // 30, 0 (emptied 20 min early), 0 (nobody came): 10.
        assertKpi(10.0, Kpi.CLINIC_OVERRUN_MINUTES);
        assertKpi(3, Kpi.OPEN_DAYS);
    }

    @Test
    void patientCountsFollowTheOutcomes() {
        assertKpi(4, Kpi.VISITS_COMPLETED);
        assertKpi(2, Kpi.NO_SHOWS);
        assertKpi(1, Kpi.WALK_INS_LEFT_WITHOUT_BEING_SEEN);
        assertKpi(1, Kpi.RESCHEDULED);
        assertKpi(1, Kpi.PATIENTS_NOT_SEEN);
        assertKpi(7, Kpi.ARRIVALS); // everyone but the two no-shows
        assertKpi(2, Kpi.WALK_INS);
        assertKpi(100 * 2.0 / 7, Kpi.NO_SHOW_PCT); // 2 of the 7 booked patients
        assertKpi(3, Kpi.PROCEDURES_CANCELLED);
    }

    @Test
    void perDayCountsDivideByOpenDays() {
        assertKpi(4 / 3.0, Kpi.VISITS_COMPLETED_PER_DAY);
        assertKpi(2 / 3.0, Kpi.NO_SHOWS_PER_DAY);
        assertKpi(1 / 3.0, Kpi.WALK_INS_LEFT_WITHOUT_BEING_SEEN_PER_DAY);
        assertKpi(1.0, Kpi.SUPPLY_STOCKOUTS_PER_DAY);
    }

    @Test
    void supplyStockoutsAndCostAreTotals() {
        // 70 x 0.06 + 10 x 0.0375 = 4.20 + 0.375 = 4.575 -> 4.58.
        assertKpi(3, Kpi.SUPPLY_STOCKOUTS);
        assertKpi(4.58, Kpi.SUPPLY_COST);
    }

    @Test
    void laborAndOvertimeCostComeFromThePayRules() {
        // California: Ana Monday 8.5 h paid = 8 straight + 0.5 overtime, Tuesday 8 straight: 16 x 20 + 0.5 x 30 = 335.
        // Bea 4 h x 25 = 100. Labor 435.00 dollars (not cents), overtime 15.00; 435 / 4 visits = 108.75 a visit.
        assertKpi(435.0, Kpi.LABOR_COST);
        assertKpi(15.0, Kpi.OVERTIME_COST);
        assertKpi(108.75, Kpi.LABOR_COST_PER_VISIT);
        assertKpi(20.0, Kpi.PAID_REGULAR_HOURS);
        assertKpi(0.5, Kpi.PAID_OVERTIME_HOURS);
        assertKpi(0.0, Kpi.PAID_DOUBLE_TIME_HOURS);
        assertKpi(0.0, Kpi.DIFFERENTIAL_HOURS);
    }

    @Test
    void percentilesComeFromCompletedVisits() {
        // Nearest rank of 4 values at 0.9 is the 4th: 60, 60, 100; of 3 exam-room waits the 3rd: 15. Within 0.4%.
        assertEquals(60, kpis.get(Kpi.WAITING_ROOM_MINUTES_P90.key()), 60 * 0.004);
        assertEquals(15, kpis.get(Kpi.EXAM_ROOM_WAIT_MINUTES_P90.key()), 15 * 0.004);
        assertEquals(60, kpis.get(Kpi.TOTAL_WAIT_MINUTES_P90.key()), 60 * 0.004);
        assertEquals(100, kpis.get(Kpi.CYCLE_TIME_MINUTES_P90.key()), 100 * 0.004);
    }

    @Test
    void differentialHoursCountEveningWork() {
        // Evening from 16:00 at +10%: Bea 12:00-18:00 on Monday has 2 evening hours: 4 x 25 + 2 x 27.50 = 155.
        Clinic evening = PayFixtures.clinic("USD", differentials(OvertimeRule.FEDERAL, 0.10, "16:00", 0),
                List.of(ma("bea", "25.00")));
        ClinicKpis k = new ClinicKpis(evening);
        k.maShift(new MaShiftRecord("bea", 0, "front", 720, 1080, 1080, 200, 0));
        Responses r = k.report();
        assertEquals(2.0, r.get(Kpi.DIFFERENTIAL_HOURS.key()), 1e-9);
        assertEquals(155.0, r.get(Kpi.LABOR_COST.key()), 1e-9);
    }

    @Test
    void theCurrencyIsTheClinics() {
        Clinic euro = PayFixtures.clinic("EUR", PayFixtures.rules(OvertimeRule.FEDERAL), List.of());
        assertEquals("EUR", new ClinicKpis(euro).currencyCode());
        assertEquals("USD", new ClinicKpis(CLINIC).currencyCode());
    }

    @Test
    void everyKpiIsReportedInDeclarationOrder() {
        assertEquals(Arrays.stream(Kpi.values()).map(Kpi::key).toList(), List.copyOf(kpis.names()));
    }

    @Test
    void anEmptyReplicationHasNaNMeansAndZeroTotals() {
        Responses empty = new ClinicKpis(CLINIC).report();
        for (Kpi kpi : Kpi.values()) {
            double v = empty.get(kpi.key());
            boolean total = kpi.unit() == Kpi.Unit.COUNT
                    || (kpi.unit() == Kpi.Unit.MONEY && kpi != Kpi.LABOR_COST_PER_VISIT)
                    || kpi.unit() == Kpi.Unit.HOURS || kpi == Kpi.MA_OVERTIME_MINUTES_TOTAL;
            if (total) {
                assertEquals(0.0, v, 0, kpi.key());
            } else {
                assertTrue(Double.isNaN(v), kpi.key() + " should be NaN with nothing to average, was " + v);
            }
        }
    }

    private static void assertKpi(double expected, Kpi kpi) {
        assertEquals(expected, kpis.get(kpi.key()), 1e-9, kpi.key());
    }

    private static PatientRecord patient(long id, PatientOutcome outcome, boolean walkIn, double arrival,
                                         double roomingStart, double roomingEnd, double providerStart,
                                         double departure, double queueMinutes, int cancelled) {
        double providerEnd = Double.isNaN(providerStart) ? NaN : providerStart + 15;
        return new PatientRecord(id, 0, walkIn, "established", "dr-a", walkIn ? NaN : arrival, arrival, arrival,
                arrival, roomingStart, roomingEnd, providerStart, providerEnd, departure, queueMinutes, 0, cancelled,
                outcome);
    }
}
