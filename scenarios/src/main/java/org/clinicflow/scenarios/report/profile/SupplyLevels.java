package org.clinicflow.scenarios.report.profile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;

/**
 * Units on hand of each supply item at the end of each observed day {@code [firstDay, endDay)} of one replication:
 * memory grows with items x days, not with patients. Not thread-safe: one per replication.
 */
public final class SupplyLevels implements ClinicObserver {
    private final Map<String, Integer> index = new HashMap<>();
    private final int firstDay;
    private final int[][] onHand;

    public SupplyLevels(List<SupplyItem> items, int firstDay, int endDay) {
        this.firstDay = firstDay;
        this.onHand = new int[items.size()][Math.max(0, endDay - firstDay)];
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).id(), i);
            Arrays.fill(onHand[i], -1);
        }
    }

    @Override
    public void supplyDay(SupplyDayRecord r) {
        Integer item = index.get(r.itemId());
        int d = r.day() - firstDay;
        if (item != null && d >= 0 && d < onHand[item].length) {
            onHand[item][d] = r.onHand();
        }
    }

    /** Units of item {@code item} (in the clinic's order) on hand at the end of observed day {@code d}; -1 if unknown. */
    int onHand(int item, int d) {
        return onHand[item][d];
    }

    int days() {
        return onHand.length == 0 ? 0 : onHand[0].length;
    }
}
