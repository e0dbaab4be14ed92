package org.clinicflow.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** Targets, sweep values, and the cheapest setting whose whole confidence interval meets the target. */
class SweepSelectionTest {
    private static final Clinic FM = ScenarioLoader.load("family-medicine").clinic();

    /** Results whose roomed-within-15 and labor cost take these values in three replications. */
    private static ClinicResults setting(double[] roomedPct, double laborCost) {
        List<Responses> reps = new ArrayList<>();
        for (double v : roomedPct) {
            reps.add(Responses.builder().put(Kpi.ROOMED_WITHIN_15_MIN_PCT.key(), v)
                    .put(Kpi.LABOR_COST.key(), laborCost).build());
        }
        return new ClinicResults("s", FM, new ExperimentPlan(1, 0, reps.size(), 1, 1), new ReplicationSummary(reps));
    }

    @Test
    void theCheapestSettingWhoseIntervalMeetsTheTargetIsChosen() {
        ServiceTarget target = ServiceTarget.parse("roomedWithin15MinPct>=90");
        // Three replications: t = 4.30, so the half-width is 2.48 standard deviations.
        ClinicResults proven = setting(new double[] {93, 94, 95}, 100);          // 94 ± 2.5: [91.5, 96.5]
        ClinicResults onMeanOnly = setting(new double[] {85, 91, 97}, 50);       // 91 ± 14.9: reaches below 90
        ClinicResults provenCheaper = setting(new double[] {92, 92.5, 93}, 80);  // 92.5 ± 1.2: [91.3, 93.7]
        Estimate mean91 = onMeanOnly.estimate(Kpi.ROOMED_WITHIN_15_MIN_PCT);
        assertTrue(target.meanMeets(mean91));
        assertFalse(target.metBy(mean91), "the interval " + mean91.lower() + ".. covers values below 90");
        assertTrue(target.metBy(provenCheaper.estimate(Kpi.ROOMED_WITHIN_15_MIN_PCT)));
        assertEquals(OptionalInt.of(2), Sweep.cheapestMeeting(List.of(proven, onMeanOnly, provenCheaper), target));
        assertEquals(OptionalInt.of(0), Sweep.cheapestMeeting(List.of(proven, proven), target), "ties: the first");
        assertEquals(OptionalInt.empty(), Sweep.cheapestMeeting(List.of(onMeanOnly), target));
        assertEquals(1, Sweep.closestToTarget(List.of(setting(new double[] {70, 71, 72}, 1), onMeanOnly), target));
    }

    @Test
    void anUpperTargetUsesTheUpperBound() {
        ServiceTarget t = ServiceTarget.parse(" waitingRoomMinutes <= 10 ");
        assertEquals(Kpi.WAITING_ROOM_MINUTES, t.kpi());
        assertEquals(ServiceTarget.Relation.AT_MOST, t.relation());
        assertTrue(t.metBy(new Estimate("w", 10, 9, 1, 0.8)));
        assertFalse(t.metBy(new Estimate("w", 10, 9, 1, 1.2)), "9 + 1.2 > 10");
        assertFalse(t.metBy(new Estimate("w", 1, 5, Double.NaN, Double.NaN)), "no interval, no proof");
        assertEquals("waitingRoomMinutes <= 10", t.toString());
        assertEquals(ServiceTarget.Relation.BELOW, ServiceTarget.parse("cycleTimeMinutes<60.5").relation());
    }

    @Test
    void aMistypedTargetSaysWhatIsAllowed() {
        assertTrue(assertThrows(ModelInputException.class, () -> ServiceTarget.parse("roomedWithin15Pct>=90"))
                .getMessage().contains("did you mean 'roomedWithin15MinPct'?"));
        assertTrue(assertThrows(ModelInputException.class, () -> ServiceTarget.parse("roomedWithin15MinPct=90"))
                .getMessage().contains("write KPI>=NUMBER"));
    }

    @Test
    void rangesAreExactDecimals() {
        assertEquals(List.of(6, 7, 8, 9, 10, 11, 12),
                SweepRange.parse("mas=6..12").values().stream().map(BigDecimal::intValueExact).toList());
        assertEquals(List.of("0.05", "0.1", "0.15", "0.2"), SweepRange.parse("visitTypes[established].noShow"
                + "=0.05..0.2:0.05").values().stream().map(SweepRange::plain).toList());
        assertEquals(List.of("4", "6", "5"), SweepRange.parse("examRooms.a=4,6,5,4").values().stream()
                .map(SweepRange::plain).toList());
        assertEquals("visitTypes[established].noShow", SweepRange.parse("visitTypes[established].noShow=0.1")
                .parameter());
        assertTrue(SweepRange.parse("mas=6..8").staffingLevel());
        for (String bad : List.of("mas", "mas=8..6", "mas=1..5:0", "mas=1..1000", "mas=a..b", "mas=1..2..3",
                "x=1..2:1:1")) {
            assertThrows(ModelInputException.class, () -> SweepRange.parse(bad), bad);
        }
    }
}
