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

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.junit.jupiter.api.Test;

/**
 * California Labor Code 510: 1.5x beyond 8 h a day, 2x beyond 12 h a day, 1.5x beyond 40 straight-time hours a week,
 * and the seventh consecutive workday of the workweek at 1.5x for 8 h and 2x beyond. Ana earns $20.00/h, so an hour is
 * $20 straight, $30 overtime, $40 double time.
 */
class CaliforniaOvertimeTest {
    private static final Clinic CLINIC = clinic("USD", rules(OvertimeRule.CALIFORNIA), List.of(ma("ana", "20.00")));

    @Test
    void fiveNineHourDaysAreDailyOvertimeCountedOnce() {
        // Each day 8 straight + 1 overtime: 40 straight, 5 overtime. The weekly rule counts only the 40 straight hours,
        // so it adds nothing (counting all 45 would make 5 more). 40 x 20 + 5 x 30 = 950.
        Payroll p = payroll(CLINIC, days(0, 5, "08:00", "17:00", 0));
        assertHours(p, 40.0, 5.0, 0);
        assertMoney("USD 950.00", p.laborCost());
        assertMoney("USD 150.00", p.overtimeCost());
    }

    @Test
    void sixNineHourDaysAddWeeklyOvertimeOnStraightHoursOnly() {
        // Mon-Fri: 40 straight + 5 daily overtime. Saturday: its first 8 h would be straight but the week already has 40
        // straight hours, so they are weekly overtime; its 9th hour is daily overtime. 40 straight, 5 + 8 + 1 = 14
        // overtime: 800 + 420 = 1220. (Counting all hours towards 40 would have started weekly overtime on Friday.)
        Payroll p = payroll(CLINIC, days(0, 6, "08:00", "17:00", 0));
        assertHours(p, 40.0, 14.0, 0);
        assertMoney("USD 1220.00", p.laborCost());
        assertMoney("USD 420.00", p.overtimeCost());
    }

    @Test
    void aThirteenHourDayIsEightStraightFourOvertimeOneDouble() {
        // 07:00-20:00: 8 x 20 + 4 x 30 + 1 x 40 = 160 + 120 + 40 = 320; overtime cost 120 + 40 = 160.
        Payroll p = payroll(CLINIC, shift("ana", 0, "07:00", "20:00"));
        assertHours(p, 8.0, 4.0, 1.0);
        assertMoney("USD 320.00", p.laborCost());
        assertMoney("USD 160.00", p.overtimeCost());
    }

    @Test
    void fourTwelveHourDaysAreDailyOvertimeNotWeekly() {
        // 4 x 12 h: 4 x (8 + 4) = 32 straight + 16 overtime, 640 + 480 = 1120. Federal rules would give 40 + 8 = 1040.
        Payroll p = payroll(CLINIC, days(0, 4, "07:00", "19:00", 0));
        assertHours(p, 32.0, 16.0, 0.0);
        assertMoney("USD 1120.00", p.laborCost());
        Clinic federal = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00")));
        assertMoney("USD 1040.00", payroll(federal, days(0, 4, "07:00", "19:00", 0)).laborCost());
    }

    @Test
    void theSeventhConsecutiveDayIsOvertimeFromTheFirstHour() {
        // 7 x 5 h, Monday to Sunday: Mon-Sat 30 h straight; Sunday, the seventh day, 5 h at 1.5x. 600 + 150 = 750.
        Payroll p = payroll(CLINIC, days(0, 7, "08:00", "13:00", 0));
        assertHours(p, 30.0, 5.0, 0);
        assertMoney("USD 750.00", p.laborCost());
    }

    @Test
    void theSeventhDayPaysDoubleBeyondEightHours() {
        // Mon-Sat 6 x 8 h: 40 straight, Saturday's 8 h weekly overtime. Sunday 10 h: 8 at 1.5x, 2 at 2x.
        // 800 + 16 x 30 + 2 x 40 = 800 + 480 + 80 = 1360; overtime cost 560.
        MaShiftRecord[] week = days(0, 7, "08:00", "16:00", 0);
        week[6] = shift("ana", 6, "08:00", "18:00");
        Payroll p = payroll(CLINIC, week);
        assertHours(p, 40.0, 16.0, 2.0);
        assertMoney("USD 1360.00", p.laborCost());
        assertMoney("USD 560.00", p.overtimeCost());
    }

    @Test
    void sevenDaysInARowAcrossTwoWorkweeksAreNotASeventhDay() {
        // Thursday to Wednesday, 7 x 6 h: 4 days in week 1 and 3 in week 2, none the seventh of its workweek.
        // All 42 h straight: 840.
        MaShiftRecord[] days = days(3, 7, "08:00", "14:00", 0);
        Payroll p = payroll(CLINIC, days);
        assertHours(p, 42.0, 0.0, 0);
        assertMoney("USD 840.00", p.laborCost());
    }

    @Test
    void aDayOffBreaksTheSeventhDayRule() {
        // Six days of 5 h with Wednesday off, then Sunday: six workdays, no seventh: 30 h straight, 600.
        List<MaShiftRecord> shifts = new ArrayList<>(List.of(days(0, 7, "08:00", "13:00", 0)));
        shifts.remove(2);
        Payroll p = Timesheets.payroll(CLINIC, shifts);
        assertHours(p, 30.0, 0.0, 0);
        assertMoney("USD 600.00", p.laborCost());
    }

    @Test
    void anOvernightShiftIsOneWorkdayForDailyOvertime() {
        // Monday 20:00 - Tuesday 09:00 = 13 h on Monday's workday: 8 + 4 + 1 double, 320 as for a daytime 13 h.
        Payroll p = payroll(CLINIC, shift("ana", 0, "20:00", "09:00"));
        assertHours(p, 8.0, 4.0, 1.0);
        assertMoney("USD 320.00", p.laborCost());
    }

    @Test
    void twoShiftsOnOneDayAddUpForTheDailyThreshold() {
        // A split day, 07:00-12:00 and 13:00-18:00: 10 h on one workday, 8 straight + 2 overtime = 160 + 60 = 220.
        Payroll p = payroll(CLINIC, shift("ana", 0, "13:00", "18:00"), shift("ana", 0, "07:00", "12:00"));
        assertHours(p, 8.0, 2.0, 0);
        assertMoney("USD 220.00", p.laborCost());
    }

    @Test
    void aPartTimerEarnsNoOvertime() {
        // 4 x 6 h = 24 h, under every threshold: 480.
        Payroll p = payroll(CLINIC, days(0, 4, "09:00", "15:00", 0));
        assertHours(p, 24, 0, 0);
        assertMoney("USD 480.00", p.laborCost());
        assertMoney("USD 0.00", p.overtimeCost());
    }
}
