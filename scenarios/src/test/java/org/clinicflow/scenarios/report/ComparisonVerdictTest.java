package org.clinicflow.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.optimize.RosterVerdict;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** The words of a comparison: a change only when the paired interval excludes 0. */
class ComparisonVerdictTest {
    private static final Clinic FM = ScenarioLoader.load("family-medicine").clinic();
    private static final List<Kpi> KPIS = List.of(Kpi.WAITING_ROOM_MINUTES, Kpi.MA_OVERTIME_MINUTES, Kpi.LABOR_COST);

    /** Four replications with these KPI values. */
    private static ClinicResults results(String name, Map<Kpi, double[]> values) {
        List<Responses> reps = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            Responses.Builder b = Responses.builder();
            for (Map.Entry<Kpi, double[]> e : values.entrySet()) {
                b.put(e.getKey().key(), e.getValue()[r]);
            }
            reps.add(b.build());
        }
        return new ClinicResults(name, FM, new ExperimentPlan(1, 0, 4, 1, 1), new ReplicationSummary(reps));
    }

    private static final ClinicResults BASE = results("A", Map.of(
            Kpi.WAITING_ROOM_MINUTES, new double[] {10, 12, 11, 13},
            Kpi.MA_OVERTIME_MINUTES, new double[] {10, 12, 11, 13},
            Kpi.LABOR_COST, new double[] {1000, 1000, 1000, 1000}));

    /** A manager reads "mean wait past the appointment", not "waitPastAppointmentMinutes". */
    @Test
    void everyKpiAVerdictSpeaksOfReadsInWords() {
        List<Kpi> spoken = new ArrayList<>(ComparisonVerdict.MAIN);
        spoken.addAll(RosterVerdict.SPOKEN);
        for (Kpi kpi : spoken) {
            assertNotEquals(kpi.key(), ComparisonVerdict.words(kpi), kpi.name());
        }
    }

    @Test
    void aChangeNeedsAnIntervalThatExcludesZero() {
        ClinicResults b = results("B", Map.of(
                Kpi.WAITING_ROOM_MINUTES, new double[] {4.1, 5.6, 5.1, 6.4},   // -6.2 ± 0.57
                Kpi.MA_OVERTIME_MINUTES, new double[] {11, 11, 12, 12},        // 0 ± 1.8
                Kpi.LABOR_COST, new double[] {1000, 1000, 1000, 1000}));        // 0 in every replication
        Comparison c = new Comparison(List.of(BASE, b), Optional.empty());
        assertEquals("B cuts mean waiting-room time by 6.2 min [5.6, 6.8]; no clear difference in MA overtime per"
                + " shift; labor cost unchanged.", ComparisonVerdict.sentence(c, 1, KPIS));
        assertEquals(ComparisonVerdict.Reading.CHANGED, ComparisonVerdict.reading(c.difference(1, KPIS.get(0))));
        assertEquals(ComparisonVerdict.Reading.NO_CLEAR_DIFFERENCE,
                ComparisonVerdict.reading(c.difference(1, KPIS.get(1))));
    }

    @Test
    void nothingButUnclearDifferencesSaysSo() {
        ClinicResults b = results("B", Map.of(
                Kpi.WAITING_ROOM_MINUTES, new double[] {11, 11, 12, 12},
                Kpi.MA_OVERTIME_MINUTES, new double[] {11, 11, 12, 12},
                Kpi.LABOR_COST, new double[] {1000, 1000, 1000, 1000}));
        assertEquals("B: no clear difference in mean waiting-room time or MA overtime per shift; labor cost"
                + " unchanged.", ComparisonVerdict.sentence(new Comparison(List.of(BASE, b), Optional.empty()), 1,
                KPIS));
    }

    @Test
    void anIdenticalScenarioIsTheSameInEveryReplication() {
        Comparison same = new Comparison(List.of(BASE, results("B", Map.of(
                Kpi.WAITING_ROOM_MINUTES, new double[] {10, 12, 11, 13},
                Kpi.MA_OVERTIME_MINUTES, new double[] {10, 12, 11, 13},
                Kpi.LABOR_COST, new double[] {1000, 1000, 1000, 1000}))), Optional.empty());
        assertEquals("B gives the same results as A in every replication: every difference is 0.",
                ComparisonVerdict.sentence(same, 1, KPIS));
    }

    @Test
    void risesAndUnitsReadNaturally() {
        assertEquals("raises labor cost by USD 1,180.00 [1,150.00, 1,210.00]",
                ComparisonVerdict.change(Kpi.LABOR_COST, new Estimate("d", 10, 1180, 40, 30), "USD"));
        assertEquals("raises the share roomed within 15 min by 4.4 points [3.8, 5.0]",
                ComparisonVerdict.change(Kpi.ROOMED_WITHIN_15_MIN_PCT, new Estimate("d", 10, 4.4, 1, 0.6), "USD"));
        assertEquals("cuts MA overtime per shift by 6.1 min [5.3, 6.9]",
                ComparisonVerdict.change(Kpi.MA_OVERTIME_MINUTES, new Estimate("d", 10, -6.1, 1, 0.8), "USD"));
    }
}
