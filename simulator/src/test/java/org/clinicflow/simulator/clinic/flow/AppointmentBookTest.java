package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.junit.jupiter.api.Test;

/** How a provider session is booked from the appointment template. */
class AppointmentBookTest {

    /** Day 0's appointments of a one-provider clinic, as (minute of day, visit type id) strings. */
    private static List<String> monday(FamilyMedicineClinic fixture) {
        Clinic clinic = fixture.providers(1).build();
        ClinicIndex index = new ClinicIndex(clinic);
        ClinicDays days = new ClinicDays(clinic.startDate(), clinic.openingHours(), 1);
        return new AppointmentBook(index, days, new ProviderSessions(index.providers, days)).day(0).stream()
                .map(a -> clock(a.time()) + " " + index.visitTypes.get(a.visitType()).id())
                .toList();
    }

    private static String clock(double minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", (int) minute / 60, (int) minute % 60);
    }

    @Test
    void thePatternRepeatsThroughTheSessionEachVisitTakingItsSlot() {
        List<String> booked = monday(new FamilyMedicineClinic().sessions(TimeWindow.of("08:00", "10:00")));
        assertEquals(List.of("08:00 new", "08:30 est", "08:45 est", "09:00 new", "09:30 est", "09:45 est"), booked);
    }

    @Test
    void aSlotThatWouldRunPastTheSessionEndIsNotBooked() {
        List<String> booked = monday(new FamilyMedicineClinic().sessions(TimeWindow.of("08:00", "08:40")));
        assertEquals(List.of("08:00 new"), booked, "the 15-minute slot at 08:30 would end at 08:45");
    }

    @Test
    void doubleBookingFillsTheFirstSlotAndOverbookingEveryNthSlot() {
        List<String> booked = monday(new FamilyMedicineClinic().sessions(TimeWindow.of("08:00", "10:00"))
                .template(2, 3));
        assertEquals(List.of("08:00 new", "08:00 new", "08:00 new", "08:30 est", "08:45 est", "08:45 est",
                "09:00 new", "09:30 est", "09:45 est", "09:45 est"), booked);
    }

    @Test
    void noSlotStartsInsideABlockAndThePatternResumesAfterIt() {
        List<String> booked = monday(new FamilyMedicineClinic().sessions(TimeWindow.of("08:00", "10:00"))
                .template(0, 0, TimeWindow.of("08:40", "09:10")));
        assertEquals(List.of("08:00 new", "08:30 est", "09:10 est", "09:25 new"), booked,
                "08:45 falls in the block, so the next slot starts at 09:10; 09:55 + 15 would pass 10:00");
    }
}
