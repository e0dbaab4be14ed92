package org.clinicflow.scenarios.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.clinicflow.optimizer.domain.Prices;
import org.clinicflow.optimizer.explain.ConstraintTotal;
import org.clinicflow.optimizer.explain.CoverOption;
import org.clinicflow.optimizer.solver.RosterConstraintProvider;
import org.junit.jupiter.api.Test;

/** The words of a cover option agree with its rank: rules, then staffing gaps, then money. */
class CoverTextTest {
    private static final Prices PRICES = Prices.defaults();

    private static CoverOption option(long hard, long medium, long laborCents, long waitingCents) {
        List<ConstraintTotal> rules = List.of(
                new ConstraintTotal(RosterConstraintProvider.MINIMUM_STAFFING, 0, medium, 0, 1),
                new ConstraintTotal(RosterConstraintProvider.ONE_SHIFT_PER_DAY, hard, 0, 0, 1),
                new ConstraintTotal(RosterConstraintProvider.LABOR, 0, 0, laborCents, 1),
                new ConstraintTotal(RosterConstraintProvider.PATIENT_WAITING, 0, 0, waitingCents, 1));
        return new CoverOption("ivan", "Ivan Petrov", HardMediumSoftLongScore.of(hard, medium,
                laborCents + waitingCents), List.of(), rules);
    }

    @Test
    void aFilledGapThatCostsMoneySaysItRanksAboveLeavingTheShiftOpen() {
        String text = CoverText.describe(option(0, 480, -38_166, 19_000), PRICES);
        assertTrue(text.contains("breaks no rule; fills a staffing gap (480 MA-minutes below a station's minimum)"),
                text);
        assertTrue(text.endsWith("costs net $191.66 more than leaving the shift open, ranked above it all the same: a"
                + " staffing gap weighs before money"), text);
        assertFalse(text.contains("worse than leaving"), text);
    }

    @Test
    void aBrokenRuleThatSavesMoneySaysItRanksBelowLeavingTheShiftOpen() {
        String text = CoverText.describe(option(-1, 480, -8_800, 37_873), PRICES);
        assertTrue(text.startsWith("breaks At most one shift per day (1); "), text);
        assertTrue(text.endsWith("net $290.73 better than leaving the shift open, ranked below it all the same: a"
                + " broken rule weighs before money"), text);
    }

    @Test
    void whenTheLevelsAgreeTheMoneyAloneIsSaid() {
        assertEquals("net $271.09 better than leaving the shift open",
                CoverText.againstLeavingOpen(HardMediumSoftLongScore.ofSoft(27_109)));
        assertEquals("net $12.00 better than leaving the shift open",
                CoverText.againstLeavingOpen(HardMediumSoftLongScore.of(0, 480, 1_200)));
        assertEquals("costs net $5.00 more than leaving the shift open",
                CoverText.againstLeavingOpen(HardMediumSoftLongScore.of(-60, 0, -500)));
    }
}
