package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;
import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.Simulation;

/**
 * The stock of every supply item under its (s, Q) policy: when on hand plus on order falls to the reorder point, order
 * enough multiples of Q to rise above it, delivered at the first opening {@code leadTimeDays} days later. A step that
 * finds an item short counts a stockout and either waits while emergency stock is fetched (DELAY) or is cancelled
 * (CANCEL, for steps that can be). Stock and open orders carry over from day to day.
 */
final class SupplyRoom {
    /** What {@link #take} returns for a step that must be cancelled. */
    static final double CANCELLED = -1;

    private final Simulation sim;
    private final ClinicDays days;
    private final SupplyItem[] items;
    private final Map<String, Integer> ids = new HashMap<>();
    private final int[] onHand;
    private final int[] onOrder;
    private final int[] used;
    private final int[] ordered;
    private final int[] delivered;
    private final int[] stockouts;
    private final List<ArrayDeque<Integer>> inTransit;
    private final EventHandler onDelivery = this::deliver;

    SupplyRoom(Simulation sim, ClinicDays days, List<SupplyItem> supplies) {
        this.sim = sim;
        this.days = days;
        this.items = supplies.toArray(SupplyItem[]::new);
        int n = items.length;
        onHand = new int[n];
        onOrder = new int[n];
        used = new int[n];
        ordered = new int[n];
        delivered = new int[n];
        stockouts = new int[n];
        inTransit = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            SupplyItem it = items[i];
            if (ids.put(it.id(), i) != null) {
                throw new ModelInputException("supplies", "id '" + it.id() + "' is used twice");
            }
            if (it.reorderQuantity() < 1 || it.leadTimeDays() < 0 || it.initialStock() < 0) {
                throw new ModelInputException("supplies[" + it.id() + "]",
                        "needs a reorder quantity of at least 1 and a lead time and initial stock of 0 or more");
            }
            onHand[i] = it.initialStock();
            inTransit.add(new ArrayDeque<>());
        }
    }

    /** The index of a supply item; names the referring field if it is unknown. */
    int item(String id, String field) {
        Integer i = ids.get(id);
        if (i == null) {
            throw new ModelInputException(field, "unknown supply item '" + id + "'; known: " + ids.keySet());
        }
        return i;
    }

    /** Places the orders the initial stock calls for (at the start of the run). */
    void start() {
        for (int i = 0; i < items.length; i++) {
            reorderIfLow(i);
        }
    }

    /**
     * Takes what a step uses. Returns the delay in minutes while short items are fetched (0 if all were in stock), or
     * {@link #CANCELLED} if a short item's policy is CANCEL and the step can be cancelled; then nothing is taken.
     * A step that cannot be cancelled (rooming, turnover) goes ahead without a short CANCEL item.
     */
    double take(SupplyNeed need, boolean cancellable) {
        double delay = 0;
        boolean cancel = false;
        for (int k = 0; k < need.items().length; k++) {
            int i = need.items()[k];
            if (onHand[i] < need.units()[k]) {
                stockouts[i]++;
                if (items[i].onStockout() == StockoutPolicy.CANCEL) {
                    cancel = cancellable;
                } else {
                    delay = Math.max(delay, items[i].stockoutDelayMinutes());
                }
            }
        }
        if (cancel) {
            return CANCELLED;
        }
        for (int k = 0; k < need.items().length; k++) {
            int i = need.items()[k];
            int units = need.units()[k];
            boolean shortCancelItem = onHand[i] < units && items[i].onStockout() == StockoutPolicy.CANCEL;
            if (!shortCancelItem) {
                used[i] += units; // short DELAY items: what is on hand, the rest from emergency stock
                onHand[i] = Math.max(0, onHand[i] - units);
                reorderIfLow(i);
            }
        }
        return delay;
    }

    private void reorderIfLow(int i) {
        SupplyItem it = items[i];
        int position = onHand[i] + onOrder[i];
        if (position > it.reorderPoint()) {
            return;
        }
        int q = it.reorderQuantity() * ((it.reorderPoint() - position) / it.reorderQuantity() + 1);
        double due = days.nextOpening(Math.max(sim.now(), ClinicDays.start(ClinicDays.dayOf(sim.now())
                + it.leadTimeDays())));
        onOrder[i] += q;
        ordered[i] += q;
        if (due < ClinicDays.start(days.count())) { // nothing after the horizon would see a later delivery
            inTransit.get(i).add(q);
            sim.scheduleAt(due, onDelivery, i);
        }
    }

    private void deliver(int i) {
        int q = inTransit.get(i).poll();
        onOrder[i] -= q;
        onHand[i] += q;
        delivered[i] += q;
    }

    int onHand(int i) {
        return onHand[i];
    }

    /** Reports every item's day and starts the next day's counts. */
    void endOfDay(int day, ClinicObserver observer) {
        for (int i = 0; i < items.length; i++) {
            observer.supplyDay(new SupplyDayRecord(day, items[i].id(), onHand[i], used[i], ordered[i], delivered[i],
                    stockouts[i]));
            used[i] = 0;
            ordered[i] = 0;
            delivered[i] = 0;
            stockouts[i] = 0;
        }
    }
}
