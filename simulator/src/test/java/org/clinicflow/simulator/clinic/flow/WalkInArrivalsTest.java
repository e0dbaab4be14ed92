package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.WalkIns;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Walk-ins come over the walk-in hours only (the open hours while a walk-in provider is in session), at the expected
 * daily count, spread by the hourly shares.
 */
class WalkInArrivalsTest {
    /** A clinic whose providers do not take walk-ins by name: walk-in hours are the opening hours. */
    private static final Clinic CLINIC = withoutWalkInProviders(new FamilyMedicineClinic().build());
    private static final int MONDAYS = 300;

    private static Clinic withoutWalkInProviders(Clinic c) {
        List<Provider> providers = c.providers().stream().map(p -> new Provider(p.id(), p.name(), p.role(),
                p.podId(), p.sessions(), p.templateId(), false, p.examTimeFactor())).toList();
        return new Clinic(c.name(), c.description(), c.practiceType(), c.currency(), c.startDate(), c.openingHours(),
                providers, c.pods(), c.examRooms(), c.specialRooms(), c.visitTypes(), c.procedures(), c.templates(),
                c.punctuality(), c.latePolicy(), c.walkIns(), c.frontDesk(), c.turnover(), c.adminTasks(),
                c.medicalAssistants(), c.stations(), c.shiftTemplates(), c.baselineRoster(), c.supplies(),
                c.payRules());
    }

    /** Every walk-in of {@code MONDAYS} Mondays. */
    private static List<WalkIn> mondays(List<Double> shares, TimeWindow hours, double perDay) {
        return mondays(CLINIC, shares, hours, perDay);
    }

    private static List<WalkIn> mondays(Clinic clinic, List<Double> shares, TimeWindow hours, double perDay) {
        ClinicIndex index = new ClinicIndex(clinic);
        ClinicDays days = new ClinicDays(clinic.startDate(), new WeeklyHours(Map.of(DayOfWeek.MONDAY, hours)),
                7 * MONDAYS);
        WalkInArrivals arrivals = new WalkInArrivals(new WalkIns(Map.of(DayOfWeek.MONDAY, perDay), shares,
                Map.of("acute", 3.0, "est", 1.0), null), days, index, new RandomStreams(3, 0));
        List<WalkIn> all = new ArrayList<>();
        for (int d = 0; d < 7 * MONDAYS; d++) {
            all.addAll(arrivals.day(d));
        }
        return all;
    }

    private static void assertNear(double expected, double actual, double sd, String what) {
        assertTrue(Math.abs(actual - expected) < 4 * sd, what + ": " + actual + ", expected " + expected);
    }

    private static double minuteOfDay(WalkIn w) {
        return w.time() % 1440;
    }

    @Test
    void walkInsComeInOpenHoursAtTheExpectedRateAndHourlyShares() {
        List<Double> shares = new ArrayList<>(Collections.nCopies(24, 0.0));
        for (int h = 8; h < 17; h++) {
            shares.set(h, 1.0);
        }
        shares.set(12, 3.0); // the lunch-hour peak
        shares.set(6, 5.0); // before opening: ignored
        List<WalkIn> all = mondays(shares, TimeWindow.of("08:00", "17:00"), 30);
        double expected = 30.0 * MONDAYS;
        assertNear(expected, all.size(), Math.sqrt(expected), "walk-ins");
        assertTrue(all.stream().allMatch(w -> minuteOfDay(w) >= 480 && minuteOfDay(w) < 1020), "only open hours");
        assertTrue(all.stream().allMatch(w -> ClinicDays.dayOf(w.time()) % 7 == 0), "only on Mondays");
        double p = 3.0 / 11;
        double atLunch = all.stream().filter(w -> minuteOfDay(w) >= 720 && minuteOfDay(w) < 780).count();
        assertNear(p, atLunch / all.size(), Math.sqrt(p * (1 - p) / all.size()), "share of the 12:00 hour");
        double acute = all.stream().filter(w -> w.visitType() == new ClinicIndex(CLINIC).visitType("acute", "t"))
                .count();
        assertNear(0.75, acute / all.size(), Math.sqrt(0.75 * 0.25 / all.size()), "share of acute visits");
    }

    @Test
    void anHourOpenInPartCountsInPart() {
        List<Double> shares = new ArrayList<>(Collections.nCopies(24, 0.0));
        shares.set(7, 2.0);
        shares.set(8, 1.0);
        List<WalkIn> all = mondays(shares, TimeWindow.of("07:30", "09:00"), 20);
        assertTrue(all.stream().allMatch(w -> minuteOfDay(w) >= 450 && minuteOfDay(w) < 540));
        double early = all.stream().filter(w -> minuteOfDay(w) < 480).count();
        assertNear(0.5, early / all.size(), Math.sqrt(0.25 / all.size()),
                "half an hour at share 2 weighs as much as a whole hour at share 1");
    }

    @Test
    void walkInsComeOnlyWhileAWalkInProviderIsInSession() {
        // The fixture's providers see walk-ins, in sessions 08:00-12:00 and 13:00-17:00; the clinic is open
        // 07:30-17:30. Nobody can see a walk-in over lunch or after 17:00, so none come then; the day's count stays.
        Clinic clinic = new FamilyMedicineClinic().build();
        assertTrue(clinic.providers().stream().anyMatch(Provider::acceptsWalkIns), "the fixture has one");
        List<WalkIn> all = mondays(clinic, Collections.nCopies(24, 1.0), TimeWindow.of("07:30", "17:30"), 10);
        assertTrue(all.stream().allMatch(w -> minuteOfDay(w) >= 480 && minuteOfDay(w) < 1020
                && !(minuteOfDay(w) >= 720 && minuteOfDay(w) < 780)), "only within walk-in sessions");
        double expected = 10.0 * MONDAYS;
        assertNear(expected, all.size(), Math.sqrt(expected), "walk-ins");
    }
}
