package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.SupplyDayRecord;
import org.clinicflow.simulator.engine.Simulation;
import org.junit.jupiter.api.Test;

/** Stock under the (s, Q) policy: reorders, deliveries at the next opening after the lead time, stockouts. */
class SupplyRoomTest {
    private static final Clinic CLINIC = new FamilyMedicineClinic().build(); // weekdays 08:00-17:00, day 0 Monday
    private final Simulation sim = new Simulation();
    private final List<SupplyDayRecord> days = new ArrayList<>();
    private final ClinicObserver observer = new ClinicObserver() {
        @Override
        public void supplyDay(SupplyDayRecord r) {
            days.add(r);
        }
    };

    private static SupplyItem item(String id, int initial, int reorderPoint, int quantity, int lead,
                                   StockoutPolicy policy) {
        return new SupplyItem(id, id, BigDecimal.ONE, initial, reorderPoint, quantity, lead, policy, 10);
    }

    private SupplyRoom room(int horizonDays, SupplyItem... items) {
        SupplyRoom room = new SupplyRoom(sim, new ClinicDays(CLINIC.startDate(), CLINIC.openingHours(), horizonDays),
                List.of(items));
        for (int d = 0; d < horizonDays; d++) {
            int day = d;
            sim.scheduleAt(ClinicDays.start(d + 1) - 1e-6, x -> room.endOfDay(day, observer), 0);
        }
        return room;
    }

    private void at(double time, Runnable action) {
        sim.scheduleAt(time, x -> action.run(), 0);
    }

    @Test
    void fallingToTheReorderPointOrdersQDeliveredAtOpeningAfterTheLeadTime() {
        SupplyRoom room = room(3, item("gloves", 10, 5, 20, 2, StockoutPolicy.DELAY));
        SupplyNeed six = SupplyNeed.of(Map.of("gloves", 6), room, "test");
        room.start();
        at(600, () -> room.take(six, true));
        sim.run();
        assertEquals(List.of(new SupplyDayRecord(0, "gloves", 4, 6, 20, 0, 0),
                new SupplyDayRecord(1, "gloves", 4, 0, 0, 0, 0),
                new SupplyDayRecord(2, "gloves", 24, 0, 0, 20, 0)), days);
    }

    @Test
    void anOrderDueOnAClosedDayComesAtTheNextOpening() {
        SupplyRoom room = room(8, item("tubes", 10, 5, 20, 1, StockoutPolicy.DELAY));
        SupplyNeed six = SupplyNeed.of(Map.of("tubes", 6), room, "test");
        double[] seen = new double[2];
        at(ClinicDays.start(4) + 600, () -> room.take(six, true)); // Friday
        at(ClinicDays.start(7) + 479, () -> seen[0] = room.onHand(0)); // Monday, before opening
        at(ClinicDays.start(7) + 480.001, () -> seen[1] = room.onHand(0));
        sim.run();
        assertEquals(4, seen[0], "not delivered on the weekend");
        assertEquals(24, seen[1], "delivered at Monday's opening");
    }

    @Test
    void farBelowTheReorderPointOrdersEnoughMultiplesOfQ() {
        SupplyRoom room = room(1, item("cups", 0, 45, 20, 2, StockoutPolicy.DELAY));
        room.start();
        sim.run();
        assertEquals(60, days.get(0).ordered(), "3 x 20 brings the position above 45");
    }

    @Test
    void aShortItemDelaysOrCancelsTheStepAsItsPolicySays() {
        SupplyRoom room = room(1, item("electrodes", 3, -1, 10, 2, StockoutPolicy.DELAY),
                item("kits", 0, -1, 10, 2, StockoutPolicy.CANCEL), item("paper", 50, -1, 10, 2, StockoutPolicy.DELAY));
        SupplyNeed ecg = SupplyNeed.of(Map.of("electrodes", 5, "paper", 1), room, "test");
        SupplyNeed biopsy = SupplyNeed.of(Map.of("kits", 1, "paper", 1), room, "test");
        assertEquals(10, room.take(ecg, true), 0, "waits while electrodes are fetched");
        assertEquals(0, room.onHand(0));
        assertEquals(SupplyRoom.CANCELLED, room.take(biopsy, true), 0);
        assertEquals(49, room.onHand(2), "a cancelled step takes nothing");
        assertEquals(0, room.take(biopsy, false), 0, "a step that cannot be cancelled goes ahead without the kit");
        assertEquals(48, room.onHand(2));
        room.endOfDay(0, observer);
        assertEquals(List.of(new SupplyDayRecord(0, "electrodes", 0, 5, 0, 0, 1),
                new SupplyDayRecord(0, "kits", 0, 0, 0, 0, 2),
                new SupplyDayRecord(0, "paper", 48, 2, 0, 0, 0)), days);
    }
}
