package org.clinicflow.scenarios.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.SupplyItem;

/** {@code supplies}: consumables with unit cost and (s, Q) reorder policy; and the per-use supply maps elsewhere. */
final class SupplyReader {
    static final double DEFAULT_STOCKOUT_DELAY_MINUTES = 10;
    static final int DEFAULT_LEAD_TIME_DAYS = 2;

    private SupplyReader() {
    }

    static List<SupplyItem> supplies(YamlValue section, Definitions defs) {
        List<SupplyItem> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "unitCost", "initialStock", "reorderPoint", "reorderQuantity", "leadTimeDays",
                    "onStockout", "stockoutDelayMinutes");
            String id = defs.supplies.define(item.get("id"));
            String name = item.get("name").text(id);
            double cost = item.get("unitCost").required().nonNegative(0);
            int initial = item.get("initialStock").required().integer(0, 0);
            int rop = item.get("reorderPoint").required().integer(0, 0);
            int qty = item.get("reorderQuantity").required().integer(1, 1);
            int lead = item.get("leadTimeDays").integer(0, DEFAULT_LEAD_TIME_DAYS);
            StockoutPolicy policy = EnumWords.read(item.get("onStockout"), StockoutPolicy.class, StockoutPolicy.DELAY);
            double delay = item.get("stockoutDelayMinutes").nonNegative(DEFAULT_STOCKOUT_DELAY_MINUTES);
            if (id != null) {
                out.add(new SupplyItem(id, name, BigDecimal.valueOf(cost), initial, rop, qty, lead, policy, delay));
            }
        }
        return out;
    }

    /** A map of supply ids to counts per use, e.g. {@code {gloves: 2, blood-tube: 2}}. */
    static Map<String, Integer> uses(YamlValue map, Definitions defs) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (YamlValue.Entry e : map.mapEntries("supply ids to counts, e.g. {gloves: 2}")) {
            String id = defs.supplies.refer(e.keyValue());
            int count = e.value().integer(1, 1);
            if (id != null) {
                out.put(id, count);
            }
        }
        return out;
    }
}
