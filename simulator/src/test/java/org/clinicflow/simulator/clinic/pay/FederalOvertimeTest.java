package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertHours;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.clinic;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.payroll;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.rules;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.junit.jupiter.api.Test;

/** FLSA: time and a half beyond 40 hours in the workweek, nothing daily. Ana earns $20.00/h. */
class FederalOvertimeTest {
    private static final Clinic CLINIC = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00")));

    @Test
    void fiveEightHourDaysAreFortyStraightHours() {
        // Mon-Fri 08:00-16:30 less a 30-minute lunch = 8 h a day, 40 h: 40 x 20 = 800, no overtime.
        Payroll p = payroll(CLINIC, days(0, 5, "08:00", "16:30", 30));
        assertHours(p, 40.0, 0.0, 0);
        assertMoney("USD 800.00", p.payOf("ana").laborCost());
        assertMoney("USD 0.00", p.payOf("ana").overtimeCost());
    }

    @Test
    void fiveNineHourDaysHaveFiveWeeklyOvertimeHours() {
        // 45 h: 40 straight + 5 at 1.5x. Pay 40 x 20 + 5 x 30 = 950; overtime cost 5 x 30 = 150.
        Payroll p = payroll(CLINIC, days(0, 5, "08:00", "17:00", 0));
        assertHours(p, 40.0, 5.0, 0.0);
        assertMoney("USD 950.00", p.laborCost());
        assertMoney("USD 150.00", p.overtimeCost());
    }

    @Test
    void aThirteenHourDayIsNotOvertimeFederally() {
        // Federal law has no daily overtime: 13 h on Monday are all straight time, 13 x 20 = 260.
        Payroll p = payroll(CLINIC, shift("ana", 0, "07:00", "20:00"));
        assertHours(p, 13, 0, 0);
        assertMoney("USD 260.00", p.laborCost());
    }

    @Test
    void eachWorkweekHasItsOwnThreshold() {
        // Two weeks of 5 x 9 h: 5 overtime hours in each, not 10 - 80 = 0 over the fortnight nor 90 - 40 = 50.
        // Pay 2 x 950 = 1900, overtime 2 x 150 = 300.
        List<MaShiftRecord> both = new ArrayList<>(List.of(days(0, 5, "08:00", "17:00", 0)));
        both.addAll(List.of(days(7, 5, "08:00", "17:00", 0)));
        Payroll p = Timesheets.payroll(CLINIC, both);
        assertHours(p, 80.0, 10.0, 0);
        assertMoney("USD 1900.00", p.laborCost());
        assertMoney("USD 300.00", p.overtimeCost());
    }

    @Test
    void aWorkweekStartingWednesdaySplitsTheHoursDifferently() {
        // Ana works 9 h Mon-Fri of two calendar weeks (days 0-4 and 7-11), 90 h. With a Wednesday workweek the weeks are
        // [day -5, day 1] = Mon+Tue = 18 h, [day 2, day 8] = Wed-Fri + Mon-Tue = 45 h (5 h overtime) and
        // [day 9, day 15] = Wed-Fri = 27 h. Pay 85 x 20 + 5 x 30 = 1850 (a Monday workweek would give 10 h and 1900).
        Clinic wednesday = clinic("USD", rules(OvertimeRule.FEDERAL, DayOfWeek.WEDNESDAY), List.of(ma("ana", "20.00")));
        List<MaShiftRecord> both = new ArrayList<>(List.of(days(0, 5, "08:00", "17:00", 0)));
        both.addAll(List.of(days(7, 5, "08:00", "17:00", 0)));
        Payroll p = Timesheets.payroll(wednesday, both);
        assertHours(p, 85.0, 5.0, 0);
        assertMoney("USD 1850.00", p.laborCost());
        assertMoney("USD 150.00", p.overtimeCost());
    }

    @Test
    void aPartialLastWeekCountsWhatIsThere() {
        // The horizon ends on Wednesday of week 2: 3 x 9 = 27 h, under 40, so no overtime in that week.
        List<MaShiftRecord> shifts = new ArrayList<>(List.of(days(0, 5, "08:00", "17:00", 0)));
        shifts.addAll(List.of(days(7, 3, "08:00", "17:00", 0)));
        Payroll p = Timesheets.payroll(CLINIC, shifts);
        assertHours(p, 67, 5, 0);
        assertMoney("USD 1490.00", p.laborCost()); // 67 x 20 + 5 x 30
    }

    @Test
    void anOvernightShiftBelongsToTheWorkweekItStarted() {
        // Sunday 22:00 - Monday 06:00 (8 h) is a workday of Sunday, in week 1. Mon-Fri of week 2 are 5 x 8 = 40 h. Had
        // the 6 h after midnight counted in week 2, it would have 46 h and 6 h of overtime; it has none.
        List<MaShiftRecord> shifts = new ArrayList<>(List.of(shift("ana", 6, "22:00", "06:00")));
        shifts.addAll(List.of(days(7, 5, "08:00", "16:00", 0)));
        Payroll p = Timesheets.payroll(CLINIC, shifts);
        assertHours(p, 48.0, 0.0, 0);
        assertMoney("USD 960.00", p.laborCost());
    }

    @Test
    void overtimeHoursAreTheLastOnesWorked() {
        // Mon-Thu 4 x 9 = 36 h, then Friday 22:00 - Saturday 06:00: hours 37-40 are Friday 22:00-02:00, the 4 after that
        // overtime. 40 x 20 + 4 x 30 = 920.
        List<MaShiftRecord> shifts = new ArrayList<>(List.of(days(0, 4, "08:00", "17:00", 0)));
        shifts.add(shift("ana", 4, "22:00", "06:00"));
        Payroll p = Timesheets.payroll(CLINIC, shifts);
        assertHours(p, 40, 4, 0);
        assertMoney("USD 920.00", p.laborCost());
    }

    @Test
    void staysLateArePaidAndEarlyLeavesAreNot() {
        // Scheduled 08:00-16:00 every weekday; on Friday Ana leaves at 17:30 (1.5 h late, overtime at the 40 h line);
        // on Monday she leaves at 15:00, an hour early, and is paid to 16:00 as the shift record says.
        MaShiftRecord[] week = days(0, 5, "08:00", "16:00", 0);
        week[0] = PayFixtures.leaving(week[0], 15 * 60);
        week[4] = PayFixtures.leaving(week[4], 4 * 1440 + 17.5 * 60);
        Payroll p = payroll(CLINIC, week);
        assertHours(p, 40.0, 1.5, 0);
        assertMoney("USD 845.00", p.laborCost()); // 800 + 1.5 x 30
        assertMoney("USD 45.00", p.overtimeCost());
    }

    /** {@code count} consecutive days from {@code firstDay}, each {@code start}-{@code end} less the break. */
    static MaShiftRecord[] days(int firstDay, int count, String start, String end, double breakMinutes) {
        MaShiftRecord[] out = new MaShiftRecord[count];
        for (int i = 0; i < count; i++) {
            out[i] = shift("ana", firstDay + i, start, end, breakMinutes);
        }
        return out;
    }
}
