package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.assertMoney;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.differentials;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.payroll;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.shift;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.junit.jupiter.api.Test;

/** Where the unpaid break sits, which decides whether it is taken from evening or daytime hours. */
class WorkedShiftTest {
    /** Ana's Monday evening shift 14:00-22:30 with a 30-minute break two hours in (16:00-16:30). */
    private static final ShiftTemplate EVENING = new ShiftTemplate("evening", TimeWindow.of("14:00", "22:30"), 30, 120);
    private static final Roster ROSTER = new Roster(1, List.of(new ShiftAssignment("ana", 0, EVENING, "pod-a")));
    private static final Clinic CLINIC = PayFixtures.clinic("USD",
            differentials(OvertimeRule.FEDERAL, 0.10, "18:00", 0), List.of(ma("ana", "20.00")), ROSTER, List.of());

    @Test
    void theBreakIsWhereTheRosteredShiftPutsIt() {
        // Break 16:00-16:30: daytime 14:00-16:00 + 16:30-18:00 = 3.5 h at 20 = 70; evening 18:00-22:30 = 4.5 h at 22
        // = 99. 169 in all.
        MaShiftRecord monday = shift("ana", 0, "14:00", "22:30", 30);
        WorkedShift w = WorkedShift.of(monday, ROSTER);
        assertEquals(16 * 60.0, w.breakStart(), 1e-9);
        assertEquals(8.0 * 60, w.paidMinutes(), 1e-9);
        Payroll p = payroll(CLINIC, monday);
        assertEquals(4.5, p.differentialHours(), 1e-9);
        assertMoney("USD 169.00", p.laborCost());
    }

    @Test
    void aShiftTheRosterDoesNotKnowHasItsBreakInTheMiddle() {
        // Tuesday has no rostered shift, so the break sits mid-shift: (510 - 30) / 2 = 240 minutes in, 18:00-18:30.
        // Daytime 14:00-18:00 = 4 h at 20 = 80; evening 18:30-22:30 = 4 h at 22 = 88. 168 in all.
        MaShiftRecord tuesday = shift("ana", 1, "14:00", "22:30", 30);
        assertEquals(1440 + 18 * 60.0, WorkedShift.of(tuesday, ROSTER).breakStart(), 1e-9);
        Payroll p = payroll(CLINIC, tuesday);
        assertEquals(4.0, p.differentialHours(), 1e-9);
        assertMoney("USD 168.00", p.laborCost());
    }

    @Test
    void theUnpaidBreakIsNotPaid() {
        // 14:00-22:30 is 8.5 h; with the 30-minute break 8 h are paid.
        Payroll p = payroll(CLINIC, shift("ana", 0, "14:00", "22:30", 30));
        assertEquals(8.0, p.regularHours(), 1e-9);
    }

    @Test
    void aBreakLongerThanTheShiftIsRejectedWithTheMaAndDay() {
        MaShiftRecord bad = new MaShiftRecord("ana", 3, "pod-a", 100, 130, 130, 0, 45);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkedShift.of(bad, ROSTER));
        assertTrue(e.getMessage().contains("'ana'") && e.getMessage().contains("day 3"), e.getMessage());
    }

    @Test
    void aShiftEndingBeforeItStartsIsRejected() {
        MaShiftRecord bad = new MaShiftRecord("ana", 0, "pod-a", 600, 500, 500, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> WorkedShift.of(bad, ROSTER));
    }
}
