package org.clinicflow.optimizer.plan;

import static org.clinicflow.optimizer.TestClinic.DAY;
import static org.clinicflow.optimizer.TestClinic.NIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.clinicflow.optimizer.TestClinic;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
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
