package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.clinic;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.rules;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.junit.jupiter.api.Test;

/** Collecting shift records as a run produces them. */
class TimesheetsTest {
    private static final Clinic CLINIC =
            clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00"), ma("bea", "25.00")));

    @Test
    void everyMaIsOnThePayrollEvenWithoutShifts() {
        Payroll p = PayFixtures.payroll(CLINIC, shift("ana", 0, "08:00", "16:00"));
        assertEquals(List.of("ana", "bea"), p.medicalAssistants().stream().map(MaPay::maId).toList());
        assertMoney("USD 160.00", p.payOf("ana").laborCost());
        assertMoney("USD 0.00", p.payOf("bea").laborCost());
        assertEquals(0.0, p.payOf("bea").paidHours(), 0);
    }

    @Test
    void anOvernightRecordMayArriveAfterTheNextWorkweekBegan() {
        // Sunday night's shift ends on Monday, so its record comes after Monday's; both weeks are still open.
        Timesheets sheets = new Timesheets(CLINIC);
        sheets.add(shift("ana", 7, "08:00", "16:00"));
        sheets.add(shift("ana", 6, "22:00", "06:00"));
        assertMoney("USD 320.00", sheets.payroll().laborCost());
    }

    @Test
    void aRecordForAWorkweekAlreadyPaidIsRefused() {
        // Day 21 (week 4) closes week 1; a day-1 record after that cannot be paid any more.
        Timesheets sheets = new Timesheets(CLINIC);
        sheets.add(shift("ana", 0, "08:00", "16:00"));
        sheets.add(shift("ana", 21, "08:00", "16:00"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sheets.add(shift("ana", 1, "08:00", "16:00")));
        assertTrue(e.getMessage().contains("'ana'") && e.getMessage().contains("day 1"), e.getMessage());
    }

    @Test
    void anUnknownMaIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Timesheets(CLINIC).add(shift("zed", 0, "08:00", "16:00")));
        assertTrue(e.getMessage().contains("'zed'"), e.getMessage());
    }

    @Test
    void closedWeeksAndOpenWeeksAddUp() {
        // Ten weeks of 5 x 9 h: each 950, in all 9500 with 50 overtime hours, whether read mid-run or at the end.
        Timesheets sheets = new Timesheets(CLINIC);
        List<MaShiftRecord> all = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            for (int d = 0; d < 5; d++) {
                all.add(shift("ana", 7 * w + d, "08:00", "17:00"));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            sheets.add(all.get(i));
            if (i == 24) {
                assertMoney("USD 4750.00", sheets.payroll().laborCost()); // 5 weeks so far
            }
        }
        assertMoney("USD 9500.00", sheets.payroll().laborCost());
        assertEquals(50.0, sheets.payroll().overtimeHours(), 1e-9);
    }

    @Test
    void thePlannedRosterIsPaidAsScheduled() {
        // Ana 08:00-17:30 Mon-Fri with a 30-minute lunch: 9 h paid a day, 45 h a week, 950 a week; two weeks 1900.
        ShiftTemplate longDay = new ShiftTemplate("long", TimeWindow.of("08:00", "17:30"), 30, 240);
        List<ShiftAssignment> week = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            week.add(new ShiftAssignment("ana", d, longDay, "pod-a"));
        }
        Clinic c = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00")), new Roster(1, week),
                List.of());
        Payroll p = Timesheets.planned(c, 14);
        assertEquals(10.0, p.overtimeHours(), 1e-9);
        assertMoney("USD 1900.00", p.laborCost());
        assertMoney("USD 300.00", p.overtimeCost());
    }
}
