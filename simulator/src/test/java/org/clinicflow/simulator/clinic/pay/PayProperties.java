package org.clinicflow.simulator.clinic.pay;

import static org.clinicflow.simulator.clinic.pay.PayFixtures.clinic;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.ma;
import static org.clinicflow.simulator.clinic.pay.PayFixtures.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;

/** Invariants of pay over arbitrary shifts (three workweeks, day or night, with or without a break). */
class PayProperties {
    private static final Clinic FEDERAL = clinic("USD", rules(OvertimeRule.FEDERAL), List.of(ma("ana", "20.00")));
    private static final Clinic CALIFORNIA =
            clinic("USD", rules(OvertimeRule.CALIFORNIA), List.of(ma("ana", "20.00")));
    private static final Clinic ALASKA = clinic("USD", rules(OvertimeRule.ALASKA), List.of(ma("ana", "20.00")));

    @Property(tries = 300)
    void everyPaidMinuteIsCountedOnce(@ForAll("shifts") List<MaShiftRecord> shifts) {
        double paid = shifts.stream().mapToDouble(MaShiftRecord::paidMinutes).sum() / 60;
        for (Clinic c : List.of(FEDERAL, CALIFORNIA, ALASKA)) {
            MaPay p = Timesheets.payroll(c, shifts).payOf("ana");
            assertEquals(paid, p.regularHours() + p.overtimeHours() + p.doubleTimeHours(), 1e-6);
        }
    }

    @Property(tries = 300)
    void withoutDifferentialsEachHourCostsItsMultiplierTimesTheWage(@ForAll("shifts") List<MaShiftRecord> shifts) {
        for (Clinic c : List.of(FEDERAL, CALIFORNIA, ALASKA)) {
            MaPay p = Timesheets.payroll(c, shifts).payOf("ana");
            double expected = 20 * (p.regularHours() + 1.5 * p.overtimeHours() + 2 * p.doubleTimeHours());
            double overtime = 20 * (1.5 * p.overtimeHours() + 2 * p.doubleTimeHours());
            assertEquals(expected, ClinicMoney.decimal(p.laborCost()).doubleValue(), 0.0051);
            assertEquals(overtime, ClinicMoney.decimal(p.overtimeCost()).doubleValue(), 0.0051);
        }
    }

    @Property(tries = 300)
    void californiaNeverPaysLessThanFederal(@ForAll("shifts") List<MaShiftRecord> shifts) {
        // California's weekly rule counts only straight hours, but every hour it leaves out is already daily overtime.
        MaPay ca = Timesheets.payroll(CALIFORNIA, shifts).payOf("ana");
        MaPay fed = Timesheets.payroll(FEDERAL, shifts).payOf("ana");
        assertTrue(ca.overtimeHours() + ca.doubleTimeHours() >= fed.overtimeHours() - 1e-9);
        assertTrue(ca.laborCost().isGreaterThanOrEqualTo(fed.laborCost()));
    }

    @Property(tries = 200)
    void recordsMayArriveInAnyOrderWithinAWeek(@ForAll("shifts") List<MaShiftRecord> shifts) {
        List<MaShiftRecord> sorted = new ArrayList<>(shifts);
        sorted.sort(Comparator.comparingInt(MaShiftRecord::day).thenComparingDouble(MaShiftRecord::scheduledStart));
        // Swap neighbours no more than 7 days apart: what an engine emitting records at leave time can do.
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            if (sorted.get(i + 1).day() - sorted.get(i).day() <= 7) {
                sorted.add(i, sorted.remove(i + 1));
            }
        }
        for (Clinic c : List.of(FEDERAL, CALIFORNIA)) {
            Timesheets sheets = new Timesheets(c);
            sorted.forEach(sheets::add);
            assertEquals(Timesheets.payroll(c, shifts), sheets.payroll());
        }
    }

    @Provide
    Arbitrary<List<MaShiftRecord>> shifts() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 20);
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> q * 15);
        Arbitrary<Double> length = Arbitraries.doubles().between(0, 14 * 60).ofScale(2);
        Arbitrary<Integer> lunch = Arbitraries.of(0, 30, 60);
        Arbitrary<Double> late = Arbitraries.doubles().between(0, 120).ofScale(2);
        Arbitrary<MaShiftRecord> shift = Combinators.combine(day, start, length, lunch, late).as((d, s, len, b, l) -> {
            double begin = d * 1440.0 + s;
            double brk = Math.min(b, len);
            return new MaShiftRecord("ana", d, "pod-a", begin, begin + len, begin + len + l, 0, brk);
        }).withoutEdgeCases(); // the edge cases of five numbers multiply past the tries; the list keeps its own
        return shift.list().ofMaxSize(25);
    }
}
