package org.clinicflow.simulator.clinic;

import java.math.BigDecimal;

/**
 * A consumable (gloves, table paper, gowns, tubes, syringes, electrodes, casting material, biopsy kits, specimen cups)
 * with its unit cost and an (s, Q) stock policy: when stock on hand plus on order falls to {@code reorderPoint}, order
 * {@code reorderQuantity}, delivered at opening {@code leadTimeDays} later. On a stockout the step is delayed by
 * {@code stockoutDelayMinutes} (someone fetches emergency stock) or cancelled, as {@code onStockout} says.
 */
public record SupplyItem(String id, String name, BigDecimal unitCost, int initialStock, int reorderPoint,
                         int reorderQuantity, int leadTimeDays, StockoutPolicy onStockout,
                         double stockoutDelayMinutes) {
}
