package org.clinicflow.simulator.clinic.pay;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * The pay of every MA of a clinic over a run, in the clinic's currency. Totals are sums of the MAs' rounded amounts, so
 * a report's rows add up to its total exactly.
 */
public record Payroll(CurrencyUnit currency, List<MaPay> medicalAssistants) {
    public Payroll {
        medicalAssistants = List.copyOf(medicalAssistants);
    }

    /** The pay of one MA; throws if the MA is not on this payroll. */
    public MaPay payOf(String maId) {
        return medicalAssistants.stream().filter(p -> p.maId().equals(maId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no MA '" + maId + "' on this payroll"));
    }

    public MonetaryAmount laborCost() {
        return sum(MaPay::laborCost);
    }

    public MonetaryAmount overtimeCost() {
        return sum(MaPay::overtimeCost);
    }

    public double regularHours() {
        return hours(MaPay::regularHours);
    }

    public double overtimeHours() {
        return hours(MaPay::overtimeHours);
    }

    public double doubleTimeHours() {
        return hours(MaPay::doubleTimeHours);
    }

    public double differentialHours() {
        return hours(MaPay::differentialHours);
    }

    private MonetaryAmount sum(Function<MaPay, MonetaryAmount> amount) {
        MonetaryAmount total = ClinicMoney.zero(currency);
        for (MaPay p : medicalAssistants) {
            total = total.add(amount.apply(p));
        }
        return total;
    }

    private double hours(ToDoubleFunction<MaPay> hours) {
        double total = 0;
        for (MaPay p : medicalAssistants) {
            total += hours.applyAsDouble(p);
        }
        return total;
    }
}
