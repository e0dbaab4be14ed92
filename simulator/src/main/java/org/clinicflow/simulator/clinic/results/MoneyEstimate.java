package org.clinicflow.simulator.clinic.results;

import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.clinicflow.simulator.clinic.pay.ClinicMoney;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;

/**
 * A money KPI across replications as amounts in the clinic's currency: the mean and the half-width of its 95% interval,
 * rounded to the minor unit. {@code mean} is null when no replication reported a number, {@code halfWidth} when fewer
 * than two did.
 */
public record MoneyEstimate(String name, int n, MonetaryAmount mean, MonetaryAmount halfWidth) {

    public static MoneyEstimate of(Estimate estimate, String currencyCode) {
        CurrencyUnit currency = ClinicMoney.currency(currencyCode);
        return new MoneyEstimate(estimate.name(), estimate.n(), amount(estimate.mean(), currency),
                amount(estimate.halfWidth(), currency));
    }

    /** The money KPIs ({@link Kpi.Unit#MONEY}) of a summary, in {@link Kpi} order; those it lacks are left out. */
    public static List<MoneyEstimate> of(ReplicationSummary summary, String currencyCode) {
        List<MoneyEstimate> out = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            if (kpi.unit() == Kpi.Unit.MONEY && summary.estimates().containsKey(kpi.key())) {
                out.add(of(summary.get(kpi.key()), currencyCode));
            }
        }
        return out;
    }

    /** "USD 435.00 ± 12.34", "USD 435.00" from a single replication, or "n/a". */
    public String format() {
        if (mean == null) {
            return "n/a";
        }
        String text = ClinicMoney.format(mean);
        return halfWidth == null ? text : text + " ± " + ClinicMoney.number(halfWidth);
    }

    private static MonetaryAmount amount(double value, CurrencyUnit currency) {
        return Double.isFinite(value) ? ClinicMoney.fromDouble(value, currency) : null;
    }
}
