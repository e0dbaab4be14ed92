package org.clinicflow.simulator.clinic.results;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.pay.ClinicMoney;

/**
 * What the supplies used in a run cost: units used x unit cost per item, in the clinic's currency. The total is the
 * exact sum rounded once to the minor unit (item rows, rounded each, may differ from it by a fraction of a cent each).
 */
public final class SupplyCosts {
    private final CurrencyUnit currency;
    private final Map<String, SupplyItem> items = new LinkedHashMap<>();
    private final Map<String, long[]> used = new LinkedHashMap<>();

    public SupplyCosts(Clinic clinic) {
        this.currency = ClinicMoney.currency(clinic.currency());
        for (SupplyItem item : clinic.supplies()) {
            items.put(item.id(), item);
            used.put(item.id(), new long[1]);
        }
    }

    public void add(SupplyDayRecord record) {
        long[] count = used.get(record.itemId());
        if (count == null) {
            throw new IllegalArgumentException("supply record on day " + record.day() + " for '" + record.itemId()
                    + "', which is not among the clinic's supplies " + items.keySet());
        }
        if (record.used() < 0) {
            throw new IllegalArgumentException("supply record on day " + record.day() + " for '" + record.itemId()
                    + "' uses " + record.used() + " units; use cannot be negative");
        }
        count[0] += record.used();
    }

    /** Units of {@code itemId} used so far. */
    public long used(String itemId) {
        long[] count = used.get(itemId);
        return count == null ? 0 : count[0];
    }

    /** The cost of the units of {@code itemId} used so far. */
    public MonetaryAmount cost(String itemId) {
        SupplyItem item = items.get(itemId);
        return item == null ? ClinicMoney.zero(currency) : ClinicMoney.round(exact(item), currency);
    }

    /** The cost of everything used so far. */
    public MonetaryAmount total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (SupplyItem item : items.values()) {
            sum = sum.add(exact(item));
        }
        return ClinicMoney.round(sum, currency);
    }

    private BigDecimal exact(SupplyItem item) {
        return item.unitCost().multiply(BigDecimal.valueOf(used.get(item.id())[0]));
    }
}
