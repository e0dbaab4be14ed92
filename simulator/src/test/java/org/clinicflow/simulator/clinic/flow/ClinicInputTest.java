package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.SpecialRoom;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** A clinic that does not hold together is refused with a message naming the field and what is wrong. */
class ClinicInputTest {
    private static final Clinic CLINIC = new FamilyMedicineClinic().build();

    /** A copy of the clinic with one record component replaced. */
    private static Clinic with(String component, Object value) {
        try {
            RecordComponent[] parts = Clinic.class.getRecordComponents();
            Object[] args = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                args[i] = parts[i].getName().equals(component) ? value : parts[i].getAccessor().invoke(CLINIC);
            }
            return Clinic.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ModelInputException refused(Clinic clinic) {
        return assertThrows(ModelInputException.class,
                () -> new ClinicSimulation(clinic, 5, new RandomStreams(1, 0), new ClinicObserver() { }));
    }

    @Test
    void aProcedureNeedingAMissingKindOfRoom() {
        ModelInputException e = refused(with("specialRooms", List.<SpecialRoom>of()));
        assertEquals("procedures[venipuncture].room", e.parameter());
        assertTrue(e.getMessage().contains("needs a LAB room"), e.getMessage());
    }

    @Test
    void aSupplyItemNobodyStocks() {
        ModelInputException e = refused(with("supplies", CLINIC.supplies().stream()
                .filter(s -> !s.id().equals("electrodes")).toList()));
        assertEquals("procedures[ecg].supplies", e.parameter());
        assertTrue(e.getMessage().contains("unknown supply item 'electrodes'"), e.getMessage());
    }

    @Test
    void aTemplateBookingAnUnknownVisitType() {
        ModelInputException e = refused(with("templates",
                List.of(new AppointmentTemplate("fm", List.of("new", "physical"), 0, 0, List.of()))));
        assertEquals("templates[fm].pattern", e.parameter());
        assertTrue(e.getMessage().contains("unknown visit type 'physical'"), e.getMessage());
    }

    @Test
    void aRosterNamingAnUnknownMa() {
        List<ShiftAssignment> shifts = new ArrayList<>(CLINIC.baselineRoster().assignments());
        shifts.add(new ShiftAssignment("ma-99", 2, FamilyMedicineClinic.EARLY, "pod-A"));
        ModelInputException e = refused(CLINIC.withRoster(new Roster(1, shifts)));
        assertEquals("roster day 2 ma-99", e.parameter());
        assertTrue(e.getMessage().contains("unknown MA 'ma-99'"), e.getMessage());
    }

    @Test
    void overlappingShiftsOfOneMaAtOneStation() {
        List<ShiftAssignment> shifts = new ArrayList<>(CLINIC.baselineRoster().assignments());
        shifts.add(new ShiftAssignment("ma-1", 0, new ShiftTemplate("extra", TimeWindow.of("15:00", "19:00"), 0, 0),
                "pod-A"));
        ModelInputException e = refused(CLINIC.withRoster(new Roster(1, shifts)));
        assertEquals("roster", e.parameter());
        assertTrue(e.getMessage().contains("ma-1 at station pod-A") && e.getMessage().contains("overlap"),
                e.getMessage());
    }
}
