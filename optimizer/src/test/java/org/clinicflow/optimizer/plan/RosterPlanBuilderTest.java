package org.clinicflow.optimizer.plan;

import static org.clinicflow.optimizer.TestClinic.DAY;
import static org.clinicflow.optimizer.TestClinic.NIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.optimizer.TestClinic;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.junit.jupiter.api.Test;

/** The planning model made from a clinic: positions, buckets, eligibility, published rosters, and back. */
class RosterPlanBuilderTest {
    private static List<ShiftPosition> at(RosterPlan plan, String station, int day) {
        return plan.positions().stream().filter(p -> p.station().id().equals(station) && p.day() == day).toList();
    }

    @Test
    void positionsUpToMaxStaffForEveryTemplateOverlappingTheStationsHours() {
        RosterPlan plan = new TestClinic().ma("ana").plan(1);
        // Monday at Pod A (08:00-17:00, 2 MAs): day, early, evening, am, long, marathon overlap; night does not
        assertEquals(12, at(plan, "podA", 0).size());
        assertTrue(at(plan, "podA", 6).isEmpty(), "Pod A is closed on Sundays");
        assertEquals(2, at(plan, "urgent", 6).stream().filter(p -> p.template().equals(NIGHT)).count());
    }

    @Test
    void eligibilityFollowsSkillsLeaveAndAvailability() {
        RosterPlan plan = new TestClinic().ma("ana", "phlebotomy").ma("ben").plan(1);
        ShiftPosition lab = at(plan, "lab", 0).get(0);
        assertEquals(List.of("ana"), lab.eligible().stream().map(m -> m.id()).toList());
        assertEquals(2, at(plan, "podA", 0).get(0).eligible().size());
    }

    @Test
    void aStationOpenAcrossMidnightNeedsStaffAfterMidnight() {
        Station night = new Station("ward", "Night ward", StationKind.TRIAGE, null, List.of(),
                TestClinic.everyDay("20:00", "08:00"), 1, 1);
        RosterPlan plan = new TestClinic().ma("ana").station(night).plan(1);
        StationBucket tuesdayOneAm = plan.buckets().stream()
                .filter(b -> b.station().id().equals("ward") && b.startMinute() == 1440 + 60).findFirst().orElseThrow();
        assertEquals(1, tuesdayOneAm.minStaff());
        assertEquals(1, tuesdayOneAm.day(), "the bucket belongs to the day it falls on");
        ShiftPosition mondayNight = at(plan, "ward", 0).stream().filter(p -> p.template().equals(NIGHT))
                .findFirst().orElseThrow();
        assertTrue(mondayNight.buckets().contains(tuesdayOneAm), "Monday's night shift covers Tuesday 01:00");
        assertFalse(mondayNight.buckets().stream().anyMatch(b -> b.startMinute() == 1440 + 120),
                "but not its break at 02:00");
    }

    @Test
    void minimumStaffAppliesWhileTheStationsProvidersAreInSession() {
        // Pod A is open 08:00-17:00 and its provider sees patients 08:00-12:00 and 13:00-17:00: no minimum over lunch;
        // the lab (07:30-16:00) serves every provider, so not before 08:00 either; Saturday has no session at all.
        RosterPlan plan = new TestClinic().ma("ana").provider("dr-a", "podA").plan(1);
        assertEquals(1, minStaff(plan, "podA", 0, "11:30"));
        assertEquals(0, minStaff(plan, "podA", 0, "12:00"));
        assertEquals(0, minStaff(plan, "podA", 0, "12:30"));
        assertEquals(1, minStaff(plan, "podA", 0, "13:00"));
        assertEquals(0, minStaff(plan, "lab", 0, "07:30"));
        assertEquals(1, minStaff(plan, "lab", 0, "08:00"));
        assertEquals(0, minStaff(plan, "podA", 5, "10:00"), "Saturday: open, but nobody in session");
    }

    @Test
    void withoutProvidersTheMinimumAppliesWheneverTheStationIsOpen() {
        RosterPlan plan = new TestClinic().ma("ana").plan(1);
        assertEquals(1, minStaff(plan, "podA", 0, "12:30"));
        assertEquals(1, minStaff(plan, "podA", 5, "10:00"));
        assertEquals(1, minStaff(plan, "lab", 0, "07:30"));
    }

    @Test
    void aCalibrationScalesTheWaitingOfItsStationOnly() {
        List<BucketLoad> loads = List.of(new BucketLoad("podA", DayOfWeek.MONDAY, 20, 0.2, 6, 1, 0, 50),
                new BucketLoad("lab", DayOfWeek.MONDAY, 20, 0.1, 4, 1, 0, 50));
        RosterProblem problem = new TestClinic().ma("ana").loads(loads).problem(1);
        RosterPlanBuilder builder = new RosterPlanBuilder(OptimizerSettings.defaults());
        RosterPlan raw = builder.build(problem);
        RosterPlan calibrated = builder.build(problem.withCalibration(
                new WaitingCalibration(Map.of("podA", 1.5))));
        for (int c = 0; c <= 2; c++) {
            assertEquals(1.5 * bucket(raw, "podA", 0, "10:00").waiting().patientMinutes(c),
                    bucket(calibrated, "podA", 0, "10:00").waiting().patientMinutes(c), 1e-9);
            assertEquals(bucket(raw, "lab", 0, "10:00").waiting().patientMinutes(c),
                    bucket(calibrated, "lab", 0, "10:00").waiting().patientMinutes(c), 1e-12);
        }
        assertTrue(bucket(raw, "podA", 0, "10:00").waiting().patientMinutes(1) > 0);
    }

    @Test
    void aCalibrationFactorMustBePositive() {
        ModelInputException e = assertThrows(ModelInputException.class,
                () -> new WaitingCalibration(Map.of("podA", 0.0)));
        assertEquals("waiting calibration: station podA needs a finite factor above 0, got 0.0", e.getMessage());
    }

    private static StationBucket bucket(RosterPlan plan, String station, int day, String time) {
        int start = day * 1440 + LocalTime.parse(time).toSecondOfDay() / 60;
        return plan.buckets().stream().filter(b -> b.station().id().equals(station) && b.startMinute() == start)
                .findFirst().orElseThrow(() -> new AssertionError("no bucket of " + station + " at " + time));
    }

    private static int minStaff(RosterPlan plan, String station, int day, String time) {
        return bucket(plan, station, day, time).minStaff();
    }

    @Test
    void publishedAssignmentsLandOnPositionsAndComeBackUnchanged() {
        Roster published = new Roster(1, List.of(
                new ShiftAssignment("ana", 0, DAY, "podA"),
                new ShiftAssignment("ben", 0, DAY, "podA"),
                new ShiftAssignment("cy", 0, DAY, "podA"),   // beyond Pod A's 2: an extra position
                new ShiftAssignment("ana", 8 % 7, DAY, "podA")));
        RosterPlan plan = new TestClinic().ma("ana").ma("ben").ma("cy").published(published, Set.of(0)).plan(1);
        List<ShiftPosition> monday = at(plan, "podA", 0).stream().filter(p -> p.getMa() != null).toList();
        assertEquals(3, monday.size());
        assertTrue(monday.stream().allMatch(ShiftPosition::isPinned), "day 0 is pinned");
        assertTrue(plan.positions().stream().filter(p -> p.day() == 0).allMatch(ShiftPosition::isPinned),
                "a pinned day stays as published: its empty positions stay empty");
        assertTrue(plan.positions().stream().filter(p -> p.day() == 1 && p.getMa() != null)
                .noneMatch(ShiftPosition::isPinned));
        assertEquals(published.assignments(), RosterConverter.toRoster(plan).assignments());
    }

    @Test
    void aPublishedRosterNamingAStrangerIsRejectedClearly() {
        Roster published = new Roster(1, List.of(new ShiftAssignment("zed", 2, DAY, "podA")));
        ModelInputException e = assertThrows(ModelInputException.class,
                () -> new TestClinic().ma("ana").published(published, Set.of()).plan(1));
        assertEquals("published roster: MA zed on day 2 is not on the team", e.getMessage());
    }

    @Test
    void horizonIsOneToSixWeeks() {
        ModelInputException e = assertThrows(ModelInputException.class, () -> new TestClinic().problem(7));
        assertEquals("weeks", e.parameter());
    }
}
