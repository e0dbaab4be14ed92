package org.clinicflow.simulator.clinic.results;

/**
 * One supply item at the end of one day: units on hand, used that day, ordered and delivered that day, and how many
 * steps found it out of stock.
 */
public record SupplyDayRecord(int day, String itemId, int onHand, int used, int ordered, int delivered,
                              int stockouts) {
}
