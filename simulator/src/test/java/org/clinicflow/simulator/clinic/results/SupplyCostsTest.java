package org.clinicflow.simulator.clinic.results;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayFixtures;
import org.junit.jupiter.api.Test;

/** Supplies used x unit cost. */
class SupplyCostsTest {
    private static final Clinic CLINIC = PayFixtures.clinic("EUR", PayFixtures.rules(OvertimeRule.FEDERAL), List.of(),
            new Roster(1, List.of()), List.of(
                    new SupplyItem("gloves", "Gloves", new BigDecimal("0.065"), 500, 100, 400, 2,
                            StockoutPolicy.DELAY, 5),
                    new SupplyItem("tube", "Blood tube", new BigDecimal("0.41"), 80, 20, 100, 3,
                            StockoutPolicy.CANCEL, 0)));

    @Test
    void costIsUnitsUsedTimesUnitCostRoundedOnce() {
        // Gloves 11 + 10 = 21 x 0.065 = 1.365 -> 1.37; tubes 3 x 0.41 = 1.23. Total 2.595 -> 2.60 (rounding the
        // rows first would also give 2.60 here, but 1.365 alone shows the half-up rule).
        SupplyCosts c = new SupplyCosts(CLINIC);
        c.add(new SupplyDayRecord(0, "gloves", 489, 11, 0, 0, 0));
        c.add(new SupplyDayRecord(0, "tube", 77, 3, 0, 0, 0));
        c.add(new SupplyDayRecord(1, "gloves", 479, 10, 0, 0, 0));
        assertEquals(21, c.used("gloves"));
        assertMoney("EUR 1.37", c.cost("gloves"));
        assertMoney("EUR 1.23", c.cost("tube"));
        assertMoney("EUR 2.60", c.total());
    }

    @Test
    void nothingUsedCostsNothing() {
        assertMoney("EUR 0.00", new SupplyCosts(CLINIC).total());
    }

    @Test
    void anUnknownItemIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SupplyCosts(CLINIC).add(new SupplyDayRecord(4, "gauze", 0, 1, 0, 0, 0)));
        assertTrue(e.getMessage().contains("'gauze'") && e.getMessage().contains("day 4"), e.getMessage());
    }
}
