package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.FederalOvertimeTest.days;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertHours;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.clinic;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.differentials;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.payroll;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.junit.jupiter.api.Test;

/**
 * Evening (from 18:00 to midnight) and weekend differentials on Ana's $20.00/h, and how they enter overtime pay: the
 * FLSA regular rate is the week's straight-time pay, differentials included, over its hours.
 */
class DifferentialPayTest {
    private static Clinic clinic(OvertimeRule rule, double evening, double weekend) {
        return PayFixtures.clinic("USD", differentials(rule, evening, "18:00", weekend), List.of(ma("ana", "20.00")));
    }

    @Test
    void eveningHoursEarnTheEveningDifferential() {
        // Monday 12:00-21:00: 6 h at 20 + 3 h at 20 x 1.10 = 22: 120 + 66 = 186.
        Payroll p = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.15), shift("ana", 0, "12:00", "21:00"));
        assertEquals(3.0, p.differentialHours(), 1e-9);
        assertMoney("USD 186.00", p.laborCost());
    }

    @Test
    void weekendHoursEarnTheWeekendDifferential() {
        // Saturday (day 5) 08:00-16:00 at 20 x 1.15 = 23: 184.
        Payroll p = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.15), shift("ana", 5, "08:00", "16:00"));
        assertEquals(8.0, p.differentialHours(), 1e-9);
        assertMoney("USD 184.00", p.laborCost());
    }

    @Test
    void theLargerDifferentialAppliesWhenBothDo() {
        // Saturday 12:00-21:00 with weekend 15% > evening 10%: all 9 h at 23 = 207 (not 6 x 23 + 3 x 25 = 213).
        Payroll larger = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.15), shift("ana", 5, "12:00", "21:00"));
        assertMoney("USD 207.00", larger.laborCost());
        assertEquals(9.0, larger.differentialHours(), 1e-9);
        // With weekend 5% < evening 10%: 6 h at 21 + 3 h at 22 = 126 + 66 = 192.
        Payroll smaller = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.05), shift("ana", 5, "12:00", "21:00"));
        assertMoney("USD 192.00", smaller.laborCost());
    }

    @Test
    void theEveningEndsAtMidnightAndTheWeekendFollowsTheClock() {
        // Friday 22:00 - Saturday 06:00: 2 h Friday evening at 22 + 6 h Saturday at 23 = 44 + 138 = 182.
        Payroll friday = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.15), shift("ana", 4, "22:00", "06:00"));
        assertMoney("USD 182.00", friday.laborCost());
        // Sunday 22:00 - Monday 06:00: 2 h Sunday at 23 (15% beats 10%) + 6 h Monday morning at 20 = 46 + 120 = 166.
        Payroll sunday = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.15), shift("ana", 6, "22:00", "06:00"));
        assertMoney("USD 166.00", sunday.laborCost());
        assertEquals(2.0, sunday.differentialHours(), 1e-9);
    }

    @Test
    void weeklyOvertimeIsPaidOnTheRegularRateIncludingDifferentials() {
        // Mon-Fri 10:00-19:00: each day 8 h at 20 and 18:00-19:00 at 22, 45 h, straight-time pay 5 x 182 = 910.
        // Regular rate 910 / 45 = 20.2222. Overtime: Friday 14:00-19:00 (hours 41-45); premium 0.5 x 20.2222 x 5 =
        // 50.5556. Pay 910 + 50.5556 = 960.5556 -> 960.56. Overtime cost: the 5 h straight (4 x 20 + 22 = 102) + the
        // premium = 152.5556 -> 152.56. (1.5x base, ignoring the differential, would give 958.00; 1.5x each hour's own
        // rate 961.00.)
        Payroll p = payroll(clinic(OvertimeRule.FEDERAL, 0.10, 0.15), days(0, 5, "10:00", "19:00", 0));
        assertHours(p, 40.0, 5.0, 0);
        assertEquals(5.0, p.differentialHours(), 1e-9);
        assertMoney("USD 960.56", p.laborCost());
        assertMoney("USD 152.56", p.overtimeCost());
    }

    @Test
    void dailyOvertimeAndDoubleTimeUseTheSameRegularRate() {
        // California, Monday 07:00-20:00: straight 07-15, overtime 15-19, double 19-20; evening 18-20 at 22.
        // Straight-time pay 11 x 20 + 2 x 22 = 264; regular rate 264 / 13. Premiums: 4 h x 0.5 + 1 h x 1.0 = 3 rate-hours
        // = 792 / 13 = 60.923. Pay 324.923 -> 324.92; overtime cost (3 x 20 + 2 x 22) + 60.923 = 164.923 -> 164.92.
        Payroll p = payroll(clinic(OvertimeRule.CALIFORNIA, 0.10, 0.15), shift("ana", 0, "07:00", "20:00"));
        assertHours(p, 8.0, 4.0, 1.0);
        assertEquals(2.0, p.differentialHours(), 1e-9);
        assertMoney("USD 324.92", p.laborCost());
        assertMoney("USD 164.92", p.overtimeCost());
    }

    @Test
    void noDifferentialWithoutAnEveningStart() {
        Clinic noEvening = PayFixtures.clinic("USD",
                new PayRules(OvertimeRule.FEDERAL, java.util.Map.of(), 0.10, null, 0, java.time.DayOfWeek.MONDAY),
                List.of(ma("ana", "20.00")));
        Payroll p = payroll(noEvening, shift("ana", 0, "12:00", "23:00"));
        assertEquals(0.0, p.differentialHours(), 1e-9);
        assertMoney("USD 220.00", p.laborCost());
    }
}
