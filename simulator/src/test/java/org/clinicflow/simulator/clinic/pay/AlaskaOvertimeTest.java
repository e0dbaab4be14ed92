package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.FederalOvertimeTest.days;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertHours;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.clinic;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.payroll;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.rules;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.junit.jupiter.api.Test;

/** Alaska: 1.5x beyond 8 h a day and beyond 40 straight-time hours a week; no double time, no seventh-day rule. */
class AlaskaOvertimeTest {
    private static final Clinic CLINIC = clinic("USD", rules(OvertimeRule.ALASKA), List.of(ma("ana", "20.00")));

    @Test
    void hoursBeyondEightADayAreOvertimeButNeverDouble() {
        // Monday 13 h: 8 straight + 5 overtime (California would pay the 13th hour double). Tue-Thu 3 x 8 h straight.
        // 32 straight, 5 overtime: 640 + 150 = 790.
        MaShiftRecord[] week = days(0, 4, "08:00", "16:00", 0);
        week[0] = shift("ana", 0, "07:00", "20:00");
        Payroll p = payroll(CLINIC, week);
        assertHours(p, 32.0, 5.0, 0.0);
        assertMoney("USD 790.00", p.laborCost());
    }

    @Test
    void sixEightHourDaysHaveWeeklyOvertime() {
        // 6 x 8 h: 40 straight, Saturday's 8 h weekly overtime: 800 + 240 = 1040.
        Payroll p = payroll(CLINIC, days(0, 6, "08:00", "16:00", 0));
        assertHours(p, 40.0, 8.0, 0);
        assertMoney("USD 1040.00", p.laborCost());
    }

    @Test
    void sevenDaysHaveNoSeventhDayPremium() {
        // 7 x 5 h = 35 h straight: 700 (California would pay Sunday at 1.5x).
        Payroll p = payroll(CLINIC, days(0, 7, "08:00", "13:00", 0));
        assertHours(p, 35, 0, 0);
        assertMoney("USD 700.00", p.laborCost());
    }
}
