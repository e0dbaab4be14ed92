package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.FederalOvertimeTest.days;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.clinic;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.payroll;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.rules;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Credential;
import org.junit.jupiter.api.Test;

/** Credential premiums, currencies, and rounding to the minor unit once, at the end. */
class MoneyAndRoundingTest {
    private static final PayRules CERTIFIED_PLUS_8 =
            new PayRules(OvertimeRule.FEDERAL, Map.of(Credential.CMA, 0.08), 0, null, 0, DayOfWeek.MONDAY);

    @Test
    void theCredentialPremiumRaisesStraightAndOvertimePay() {
        // Bea (CMA, +8%): 20.00 x 1.08 = 21.60/h. 5 x 9 h: 40 x 21.60 + 5 x 32.40 = 864 + 162 = 1026.
        // Ana (no credential) and Cy (RMA, no premium listed) earn the base 20.00: 950.
        Clinic c = clinic("USD", CERTIFIED_PLUS_8,
                List.of(ma("ana", "20.00"), ma("bea", "20.00", Credential.CMA), ma("cy", "20.00", Credential.RMA)));
        var records = new java.util.ArrayList<org.clinicflow.simulator.clinic.results.MaShiftRecord>();
        for (String id : List.of("ana", "bea", "cy")) {
            for (int d = 0; d < 5; d++) {
                records.add(shift(id, d, "08:00", "17:00"));
            }
        }
        Payroll p = Timesheets.payroll(c, records);
        assertMoney("USD 950.00", p.payOf("ana").laborCost());
        assertMoney("USD 1026.00", p.payOf("bea").laborCost());
        assertMoney("USD 162.00", p.payOf("bea").overtimeCost());
        assertMoney("USD 950.00", p.payOf("cy").laborCost());
        assertMoney("USD 2926.00", p.laborCost());
    }

    @Test
    void amountsAreInTheClinicCurrency() {
        Clinic euro = clinic("EUR", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00")));
        Payroll p = payroll(euro, days(0, 5, "08:00", "17:00", 0));
        assertEquals("EUR", p.currency().getCurrencyCode());
        assertMoney("EUR 950.00", p.laborCost());
        assertMoney("EUR 150.00", p.overtimeCost());
    }

    @Test
    void aCurrencyWithoutCentsRoundsToWholeUnits() {
        // 1001 JPY/h for 30 minutes = 500.5 -> 501 (half up, no minor unit).
        Clinic yen = clinic("JPY", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "1001")));
        assertMoney("JPY 501", payroll(yen, shift("ana", 0, "08:00", "08:30")).laborCost());
    }

    @Test
    void payIsRoundedToCents() {
        // 20.19 x 1.08 = 21.8052/h; 08:00-15:30 = 7.5 h: 163.539 -> 163.54.
        Clinic c = clinic("USD", CERTIFIED_PLUS_8, List.of(ma("bea", "20.19", Credential.CMA)));
        assertMoney("USD 163.54", payroll(c, shift("bea", 0, "08:00", "15:30")).laborCost());
    }

    @Test
    void aHalfCentRoundsUp() {
        // 20.01 x 0.5 h = 10.005 -> 10.01 (banker's rounding would give 10.00).
        Clinic c = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.01")));
        assertMoney("USD 10.01", payroll(c, shift("ana", 0, "08:00", "08:30")).laborCost());
    }

    @Test
    void anMaIsRoundedOnceOverTheRunAndTheTotalIsTheSumOfMas() {
        // Ana works 30 minutes in each of two workweeks: 10.005 + 10.005 = 20.01, rounded once (20.02 if each week
        // were rounded). Bea works one such half hour in each week too: the total is 20.01 + 20.01 = 40.02.
        Clinic c = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.01"), ma("bea", "20.01")));
        Payroll p = payroll(c, shift("ana", 0, "08:00", "08:30"), shift("ana", 7, "08:00", "08:30"),
                shift("bea", 0, "08:00", "08:30"), shift("bea", 7, "08:00", "08:30"));
        assertMoney("USD 20.01", p.payOf("ana").laborCost());
        assertMoney("USD 40.02", p.laborCost());
    }

    @Test
    void secondsArePaid() {
        // Leaving at 16:00:30 after an 08:00-16:00 shift: 8 h 0.5 min at 20 = 160 + 0.1667 = 160.17.
        Clinic c = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00")));
        var r = PayFixtures.leaving(shift("ana", 0, "08:00", "16:00"), 16 * 60 + 0.5);
        assertMoney("USD 160.17", payroll(c, r).laborCost());
    }

    @Test
    void anUnknownCurrencyIsAnInputError() {
        ModelInputException e = assertThrows(ModelInputException.class,
                () -> new Timesheets(clinic("USX", rules(OvertimeRule.FEDERAL), List.of())));
        assertEquals("currency", e.parameter());
        assertEquals(true, e.getMessage().contains("USX"));
    }
}
