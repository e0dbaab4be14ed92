package org.clinicflow.simulator.clinic.results;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.clinicflow.simulator.clinic.pay.PayFixtures;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** Money KPIs across replications, shown as amounts with their 95% half-width. */
class MoneyEstimateTest {
    static {
        PayFixtures.quietMoneta();
    }

    @Test
    void theMeanAndHalfWidthAreAmountsInTheCurrency() {
        // Labor cost 400, 410, 420 over three replications: mean 410, SD 10, t(0.975, 2) = 4.3027,
        // half-width 4.3027 x 10 / sqrt(3) = 24.84.
        ReplicationSummary s = new ReplicationSummary(List.of(labor(400, 5), labor(410, 5), labor(420, 5)));
        List<MoneyEstimate> money = MoneyEstimate.of(s, "USD");
        assertEquals(List.of("laborCost", "overtimeCost"), money.stream().map(MoneyEstimate::name).toList());
        MoneyEstimate labor = money.get(0);
        assertEquals(3, labor.n());
        assertMoney("USD 410.00", labor.mean());
        assertMoney("USD 24.84", labor.halfWidth());
        assertEquals("USD 410.00 ± 24.84", labor.format());
        assertMoney("USD 0.00", money.get(1).halfWidth());
    }

    @Test
    void aMeanOfCentsIsRoundedHalfUp() {
        // (10.00 + 10.01) / 2 = 10.005 -> 10.01.
        ReplicationSummary s = new ReplicationSummary(List.of(labor(10.00, 0), labor(10.01, 0)));
        assertMoney("EUR 10.01", MoneyEstimate.of(s.get("laborCost"), "EUR").mean());
    }

    @Test
    void missingNumbersAreShownAsSuch() {
        MoneyEstimate one = MoneyEstimate.of(new Estimate("laborCost", 1, 435, Double.NaN, Double.NaN), "USD");
        assertNull(one.halfWidth());
        assertEquals("USD 435.00", one.format());
        MoneyEstimate none = MoneyEstimate.of(new Estimate("laborCostPerVisit", 0, Double.NaN, Double.NaN,
                Double.NaN), "USD");
        assertNull(none.mean());
        assertEquals("n/a", none.format());
    }

    private static Responses labor(double labor, double overtime) {
        return Responses.builder().put("visitsCompleted", 40).put("laborCost", labor).put("overtimeCost", overtime)
                .build();
    }
}
