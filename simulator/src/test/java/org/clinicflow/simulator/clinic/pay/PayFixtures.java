package org.clinicflow.simulator.clinic.pay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.money.MonetaryAmount;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;

/** Clinics, MAs and shift records for pay and KPI tests. Day 0 is Monday 5 January 2026. */
public final class PayFixtures {
    /** Moneta logs one INFO line about its MathContext when money is first used; tests keep the output clean. */
    private static final Logger MONETA = Logger.getLogger("org.javamoney.moneta");

    static {
        MONETA.setLevel(Level.WARNING);
    }

    public static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private PayFixtures() {
    }

    /** Does nothing but load this class, whose initializer quiets moneta; for tests that use no other fixture first. */
    public static void quietMoneta() {
        // the static initializer has run by now
    }

    /** Pay rules with no differentials, no credential premium and a Monday workweek. */
    public static PayRules rules(OvertimeRule overtime) {
        return new PayRules(overtime, Map.of(), 0, null, 0, DayOfWeek.MONDAY);
    }

    public static PayRules rules(OvertimeRule overtime, DayOfWeek workweekStart) {
        return new PayRules(overtime, Map.of(), 0, null, 0, workweekStart);
    }

    /** Rules with an evening differential from {@code eveningStart} and a weekend differential. */
    public static PayRules differentials(OvertimeRule overtime, double evening, String eveningStart, double weekend) {
        return new PayRules(overtime, Map.of(), evening, LocalTime.parse(eveningStart), weekend, DayOfWeek.MONDAY);
    }

    public static MedicalAssistant ma(String id, String hourlyWage) {
        return ma(id, hourlyWage, Credential.NONE);
    }

    public static MedicalAssistant ma(String id, String hourlyWage, Credential credential) {
        return new MedicalAssistant(id, id, credential, Set.of(), new BigDecimal(hourlyWage),
                new Contract(true, 40, 48), Map.of(), Set.of(), Preferences.none());
    }

    public static Clinic clinic(String currency, PayRules rules, List<MedicalAssistant> mas) {
        return clinic(currency, rules, mas, new Roster(1, List.of()), List.of());
    }

    public static Clinic clinic(String currency, PayRules rules, List<MedicalAssistant> mas, Roster roster,
                                List<SupplyItem> supplies) {
        return new Clinic("test clinic", "", PracticeType.FAMILY_MEDICINE, currency, MONDAY, new WeeklyHours(Map.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                null, List.of(), mas, List.of(), List.of(), roster, supplies, rules);
    }

    /** A shift worked as scheduled, no break; an end at or before the start is on the next day. */
    public static MaShiftRecord shift(String maId, int day, String start, String end) {
        return shift(maId, day, start, end, 0);
    }

    /** A shift worked as scheduled with an unpaid break of {@code breakMinutes}. */
    public static MaShiftRecord shift(String maId, int day, String start, String end, double breakMinutes) {
        double s = day * 1440.0 + minuteOfDay(start);
        double e = day * 1440.0 + minuteOfDay(end);
        if (e <= s) {
            e += 1440;
        }
        return new MaShiftRecord(maId, day, "pod-a", s, e, e, 0, breakMinutes);
    }

    /** The same shift with the MA leaving at {@code leftMinute} (minutes from the start of day 0). */
    public static MaShiftRecord leaving(MaShiftRecord r, double leftMinute) {
        return new MaShiftRecord(r.maId(), r.day(), r.stationId(), r.scheduledStart(), r.scheduledEnd(), leftMinute,
                r.busyMinutes(), r.unpaidBreakMinutes());
    }

    public static double minuteOfDay(String time) {
        return LocalTime.parse(time).toSecondOfDay() / 60.0;
    }

    /** Asserts an amount written as "USD 950.00": same currency, same number, and no digits beyond the minor unit. */
    public static void assertMoney(String expected, MonetaryAmount actual) {
        String[] parts = expected.split(" ");
        BigDecimal number = ClinicMoney.decimal(actual);
        boolean same = actual.getCurrency().getCurrencyCode().equals(parts[0])
                && number.compareTo(new BigDecimal(parts[1])) == 0
                && number.stripTrailingZeros().scale() <= actual.getCurrency().getDefaultFractionDigits();
        assertTrue(same, "expected " + expected + " but was " + actual.getCurrency() + " " + number.toPlainString());
    }

    /** Asserts a payroll's straight-time, overtime and double-time hours. */
    public static void assertHours(Payroll p, double regular, double overtime, double doubleTime) {
        assertArrayEquals(new double[] {regular, overtime, doubleTime},
                new double[] {p.regularHours(), p.overtimeHours(), p.doubleTimeHours()}, 1e-9,
                "regular, overtime, double-time hours");
    }

    /** The payroll of these records. */
    public static Payroll payroll(Clinic clinic, MaShiftRecord... records) {
        return Timesheets.payroll(clinic, List.of(records));
    }
}
