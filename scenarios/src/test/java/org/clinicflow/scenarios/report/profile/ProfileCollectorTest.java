package org.clinicflow.scenarios.report.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import org.clinicflow.scenarios.experiment.ClinicExperiment;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.report.chart.DayCoverage;
import org.clinicflow.scenarios.report.chart.HourlySeries;
import org.clinicflow.scenarios.report.chart.StockTrajectory;
import org.clinicflow.scenarios.report.chart.WaitHistogram;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles gathered from a real simulation agree with the simulator's own KPIs: with one replication the profile's
 * totals are the KPI's numerators and denominators, so they must match to rounding.
 */
class ProfileCollectorTest {
    private static Clinic clinic;
    private static ClinicResults results;
    private static ClinicProfile profile;

    @BeforeAll
    static void simulate() {
        clinic = ScenarioLoader.loadBuiltIn("family-medicine").clinic();
        ExperimentPlan plan = new ExperimentPlan(7, 0, 1, 2026, 1);
        ProfileCollector collector = new ProfileCollector(clinic, plan);
        results = ClinicExperiment.run("family-medicine", clinic, plan, collector, done -> { });
        profile = collector.profile();
    }

    private static double kpi(Kpi k) {
        return results.estimate(k).mean();
    }

    @Test
    void utilizationTotalsAreTheKpis() {
        HourlyProfile h = profile.hours();
        assertEquals(kpi(Kpi.MA_UTILIZATION_PCT), 100 * h.maBusy.total() / h.maOnDuty.total(), 1e-6,
                "MA busy / on duty over the week is maUtilizationPct");
        double scale = h.roomsOccupiedExact / h.roomsHeld.total();
        assertEquals(kpi(Kpi.EXAM_ROOM_UTILIZATION_PCT), 100 * scale * h.roomsHeld.total() / h.roomsOpen.total(),
                1e-6, "exam rooms scaled to the exact occupancy give examRoomUtilizationPct");
        assertTrue(scale > 0.5 && scale < 1.5, "rooming to departure is close to the room time: " + scale);
        List<HourlySeries> byHour = profile.utilization();
        assertEquals(List.of("Medical assistants", "Providers", "Exam rooms"),
                byHour.stream().map(HourlySeries::label).toList());
        assertTrue(Double.isNaN(byHour.get(1).values()[3]), "nobody in session at 03:00");
        assertTrue(byHour.get(0).values()[10] > 20 && byHour.get(0).values()[10] < 100,
                "MAs busy part of 10:00-11:00: " + byHour.get(0).values()[10]);
    }

    @Test
    void waitingTimesAreTheKpiPopulation() {
        WaitHistogram w = profile.waitingRoom("baseline");
        assertEquals(kpi(Kpi.VISITS_COMPLETED), w.total(), 0, "one wait per completed visit");
        assertEquals(kpi(Kpi.WAITING_ROOM_MINUTES), w.mean(), 1e-9);
        assertEquals(kpi(Kpi.WAITING_ROOM_MINUTES_P90), w.edgeBelow(0.9), 1.0,
                "the 90th percentile agrees to within the 1-minute bins");
    }

    @Test
    void workloadAndCoverageByWeekday() {
        assertEquals(1, profile.occurrences(DayOfWeek.MONDAY));
        double[] monday = profile.masNeeded(DayOfWeek.MONDAY);
        double requested = 0;
        for (double v : monday) {
            requested += v * 60;
        }
        assertTrue(requested > 0);
        assertEquals(0, profile.masNeeded(DayOfWeek.SUNDAY)[10], 1e-12, "closed on Sunday");
        List<DayCoverage> days = profile.coverage(clinic.baselineRoster());
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), days.stream().map(DayCoverage::day).toList());
        assertEquals(8, days.get(0).onDuty()[9], 1e-9);
        assertArrayEquals(monday, days.get(0).needed(), 1e-12);
    }

    @Test
    void supplyStockFollowsTheRecords() {
        List<StockTrajectory> items = profile.supplyStock();
        assertEquals(clinic.supplies().size(), items.size());
        StockTrajectory gloves = items.get(0);
        assertEquals("gloves", gloves.itemId());
        assertEquals(7, gloves.days());
        assertTrue(gloves.meanOnHand()[0] < clinic.supplies().get(0).initialStock(), "gloves used on day 0");
        assertEquals(gloves.minOnHand()[3], gloves.maxOnHand()[3], 0, "one replication: no band");
        assertEquals(clinic.supplies().get(0).reorderPoint(), gloves.reorderPoint());
    }

    @Test
    void theSameNumbersOnAnyThreadCount() {
        ExperimentPlan two = new ExperimentPlan(5, 1, 3, 7, 1);
        ProfileCollector a = new ProfileCollector(clinic, two);
        ClinicExperiment.run("a", clinic, two, a, done -> { });
        ExperimentPlan threads = new ExperimentPlan(5, 1, 3, 7, 3);
        ProfileCollector b = new ProfileCollector(clinic, threads);
        ClinicExperiment.run("b", clinic, threads, b, done -> { });
        assertArrayEquals(a.profile().masNeeded(DayOfWeek.WEDNESDAY), b.profile().masNeeded(DayOfWeek.WEDNESDAY));
        assertArrayEquals(a.profile().utilization().get(0).values(), b.profile().utilization().get(0).values());
        assertArrayEquals(a.profile().supplyStock().get(0).meanOnHand(), b.profile().supplyStock().get(0)
                .meanOnHand());
        assertEquals(1, a.profile().supplyStock().get(0).firstDay(), "the warm-up day is left out");
        assertEquals(0, a.profile().occurrences(DayOfWeek.MONDAY), "day 0, the only Monday, is warm-up");
    }
}
