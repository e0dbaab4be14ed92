package org.clinicflow.optimizer.solver;

import static org.clinicflow.optimizer.TestClinic.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinicflow.optimizer.TestClinic;
import org.clinicflow.optimizer.explain.CoverOption;
import org.clinicflow.optimizer.explain.StaffingGap;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.junit.jupiter.api.Test;

/** The solver facade end to end on the small test clinic, with move limits so runs are short and repeatable. */
class RosterOptimizerTest {
    private static final OptimizerSettings QUICK = OptimizerSettings.defaults().withMoveCountLimit(15_000L);

    /** Four MAs, two of them with phlebotomy: enough for Pod A and the Lab. */
    private static TestClinic staffed() {
        return new TestClinic().ma("ana", "phlebotomy").ma("ben").ma("cy", "phlebotomy").ma("dee");
    }

    private static MedicalAssistant onLeave(String id, String skill, LocalDate from, int days) {
        Set<LocalDate> off = new HashSet<>();
        for (int d = 0; d < days; d++) {
            off.add(from.plusDays(d));
        }
        return new MedicalAssistant(id, id, Credential.NONE, Set.of(skill), new BigDecimal("20"),
                new Contract(true, 40, 60), TestClinic.always(), off, Preferences.none());
    }

    @Test
    void staffsEveryOpenStationAndReturnsTheSimulatorsRoster() {
        List<HardMediumSoftLongScore> progress = new ArrayList<>();
        RosterResult result = new RosterOptimizer(QUICK).solve(staffed().problem(1),
                (score, elapsed) -> progress.add(score));
        assertTrue(result.fullyStaffed(), result.explanation().toText());
        assertTrue(result.explanation().staffingGaps().isEmpty());
        assertEquals(1, result.roster().weeks());
        long filled = result.plan().positions().stream().filter(p -> p.getMa() != null).count();
        assertEquals(filled, result.roster().assignments().size());
        for (ShiftAssignment a : result.roster().assignments()) {
            assertTrue(Set.of("ana", "ben", "cy", "dee").contains(a.maId()));
            if (a.stationId().equals("lab")) {
                assertTrue(Set.of("ana", "cy").contains(a.maId()), "only phlebotomists in the lab: " + a);
            }
        }
        assertFalse(progress.isEmpty(), "the listener hears of new best scores");
        assertNotNull(result.statistics().timeToNoHardOrMedium());
        assertTrue(result.statistics().scoreCalculationsPerSecond() > 0);
    }

    @Test
    void incrementalScoresMatchFromScratchScores() {
        // FULL_ASSERT recomputes the score from scratch after every move and fails on any difference: this checks the
        // incremental bookkeeping of every rule, the coverage and consecutive-day collectors' removals included
        Roster published = new Roster(1, List.of(new ShiftAssignment("ana", 2, DAY, "podA")));
        RosterProblem problem = staffed().pay(TestClinic.payRules(
                        org.clinicflow.simulator.clinic.pay.OvertimeRule.CALIFORNIA, java.time.DayOfWeek.SUNDAY))
                .loads(List.of(new org.clinicflow.simulator.clinic.workload.BucketLoad("podA",
                        java.time.DayOfWeek.TUESDAY, 20, 0.3, 5, 0.5, 10, 50)))
                .published(published, Set.of()).problem(2);
        OptimizerSettings asserting = OptimizerSettings.defaults().withMoveCountLimit(2_000L)
                .withEnvironmentMode(ai.timefold.solver.core.config.solver.EnvironmentMode.FULL_ASSERT);
        RosterResult result = new RosterOptimizer(asserting).solve(problem);
        assertNotNull(result.score());
    }

    @Test
    void aMoveLimitSmallerThanTheConstructionStillGivesACompleteRoster() {
        // construction alone evaluates hundreds of moves here; the limit must not cut it off after the first
        assertCompleteAndExplained(new RosterOptimizer(OptimizerSettings.defaults().withMoveCountLimit(1L))
                .solve(staffed().problem(6)));
    }

    @Test
    void aTimeLimitShorterThanTheConstructionStillGivesACompleteRoster() {
        OptimizerSettings oneMillisecond = OptimizerSettings.defaults()
                .withLimits(Duration.ofMillis(1), Duration.ofMillis(1));
        assertCompleteAndExplained(new RosterOptimizer(oneMillisecond).solve(staffed().problem(6)));
    }

    /**
     * The construction tried every first slot: Pod A (Mon-Sat) and the Lab (Mon-Fri) have an MA every day of the six
     * weeks, no rule is broken, and the explanation adds up to the score. (Construction alone leaves the lunch-break
     * half-hours short; local search closes those.)
     */
    private static void assertCompleteAndExplained(RosterResult result) {
        Set<String> staffed = new HashSet<>();
        result.roster().assignments().forEach(a -> staffed.add(a.stationId() + " on day " + a.day()));
        for (int day = 0; day < 42; day++) {
            int weekday = TestClinic.MONDAY.plusDays(day).getDayOfWeek().getValue();
            if (weekday <= 6) {
                assertTrue(staffed.contains("podA on day " + day), "Pod A on day " + day + ": " + staffed);
            }
            if (weekday <= 5) {
                assertTrue(staffed.contains("lab on day " + day), "Lab on day " + day + ": " + staffed);
            }
        }
        assertEquals(0, result.score().hardScore());
        assertEquals(result.score(), result.explanation().score());
        HardMediumSoftLongScore byRule = result.explanation().totals().stream()
                .map(t -> HardMediumSoftLongScore.of(t.hard(), t.medium(), t.soft()))
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
        assertEquals(result.score(), byRule, "the rules' totals add up to the score");
    }

    @Test
    void aFixedSeedAndMoveLimitGiveTheSameRosterEveryTime() {
        RosterProblem problem = staffed().problem(1);
        RosterResult first = new RosterOptimizer(QUICK.withRandomSeed(42)).solve(problem);
        RosterResult second = new RosterOptimizer(QUICK.withRandomSeed(42)).solve(problem);
        assertEquals(first.score(), second.score());
        assertEquals(first.roster(), second.roster());
    }

    @Test
    void tooFewCredentialedMasLeavesOpenPositionsWithTheReason() {
        RosterResult result = new RosterOptimizer(QUICK).solve(new TestClinic().ma("ben").ma("dee").problem(1));
        assertEquals(0, result.score().hardScore(), "no rule is broken to fill the lab");
        assertTrue(result.score().mediumScore() < 0);
        List<StaffingGap> lab = result.explanation().staffingGaps().stream()
                .filter(g -> g.stationId().equals("lab")).toList();
        assertEquals(5, lab.size(), "the lab stays empty Monday to Friday");
        assertTrue(lab.get(0).describe().endsWith("no MA on the team has phlebotomy"), lab.get(0).describe());
        assertTrue(result.explanation().staffingGaps().stream().noneMatch(g -> g.stationId().equals("podA")),
                "Pod A is still staffed");
    }

    /**
     * A free qualified MA whom no shift can take is explained by the hard rule that blocks them, not by a fixed list:
     * here a one-MA X-ray room whose only MA is on her break (any shift covering it would be a second MA in the room)
     * and a part-timer whose contract maximum any further shift would exceed.
     */
    @Test
    void aGapWithFreeMasNamesTheRuleThatBlocksThem() {
        TestClinic clinic = new TestClinic()
                .station(new Station("xr", "X-ray", StationKind.XRAY, null, List.of("xray"),
                        TestClinic.everyDay("08:00", "20:00"), 1, 1))
                .ma("bo", "xray").ma("cy", "xray")
                .ma(new MedicalAssistant("al", "al", Credential.NONE, Set.of("xray"), new BigDecimal("20.00"),
                        new Contract(false, 6, 6), TestClinic.always(), Set.of(), Preferences.none()));
        RosterOptimizer optimizer = new RosterOptimizer(QUICK);
        var plan = optimizer.plan(clinic.problem(1));
        TestClinic.assign(plan, "cy", "xr", 0, TestClinic.LONG);        // 07:00-20:00, on break 12:00-13:00
        TestClinic.assign(plan, "al", "podA", 1, TestClinic.AM);        // 4 of al's 6 hours
        List<StaffingGap> gaps = optimizer.explain(plan).staffingGaps().stream()
                .filter(g -> g.stationId().equals("xr")).toList();
        StaffingGap lunch = gaps.stream().filter(g -> g.date().equals(TestClinic.MONDAY)).findFirst().orElseThrow();
        assertEquals(12 * 60, lunch.fromMinuteOfDay(), lunch.describe());
        assertEquals(13 * 60, lunch.toMinuteOfDay(), lunch.describe());
        assertTrue(lunch.reason().contains("1 rostered elsewhere (cy at X-ray)"), lunch.reason());
        assertTrue(lunch.reason().contains(
                "1 free (bo) but every shift covering it would break the station's maximum of 1 MA;"), lunch.reason());
        assertTrue(lunch.reason().endsWith("1 free (al) but every shift covering it would break the station's maximum "
                + "of 1 MA or the contract maximum of 6 h a week"), lunch.reason());
        StaffingGap wednesday = gaps.stream().filter(g -> g.date().equals(TestClinic.MONDAY.plusDays(2)))
                .findFirst().orElseThrow();
        assertTrue(wednesday.reason().contains(
                "1 free (al) but every shift covering it would break the contract maximum of 6 h a week"),
                wednesday.reason());
        assertTrue(wednesday.reason().contains("free (bo, cy) but a shift covering it would break no hard rule"),
                wednesday.reason());
    }

    @Test
    void everyoneOnLeaveStillGivesARosterAndSaysWhy() {
        TestClinic clinic = new TestClinic()
                .ma(onLeave("ana", "phlebotomy", TestClinic.MONDAY, 7))
                .ma(onLeave("cy", "phlebotomy", TestClinic.MONDAY, 7));
        RosterResult result = new RosterOptimizer(QUICK).solve(clinic.problem(1));
        assertEquals(0, result.roster().assignments().size());
        assertEquals(0, result.score().hardScore());
        StaffingGap monday = result.explanation().staffingGaps().get(0);
        assertTrue(monday.reason().contains("2 on leave (ana, cy)"), monday.describe());
    }

    @Test
    void anEmptyTeamStillGivesAnAnswer() {
        RosterResult result = new RosterOptimizer(QUICK).solve(new TestClinic().problem(1));
        assertTrue(result.roster().assignments().isEmpty());
        assertTrue(result.explanation().staffingGaps().get(0).reason().equals("the team is empty"));
    }

    @Test
    void pinnedAssignmentsStayEvenWhenTheyBreakARule() {
        Roster published = new Roster(1, List.of(new ShiftAssignment("ben", 0, DAY, "lab")));
        RosterProblem problem = staffed().published(published, Set.of(0)).problem(1);
        RosterResult result = new RosterOptimizer(QUICK).solve(problem);
        assertTrue(result.roster().assignments().contains(new ShiftAssignment("ben", 0, DAY, "lab")),
                "the published, pinned shift is kept");
        assertEquals(-510, result.score().hardScore(), "and reported: Ben lacks phlebotomy for 510 minutes");
    }

    @Test
    void whoCanCoverRanksTheTeamForAnAbsence() {
        Roster published = new Roster(1, List.of(
                new ShiftAssignment("ana", 1, DAY, "lab"),
                new ShiftAssignment("ben", 1, DAY, "podA")));
        RosterProblem problem = staffed().published(published, Set.of()).problem(1);
        List<CoverOption> options = new RosterOptimizer(QUICK).whoCanCover(problem, "ana", 1);

        List<String> mas = options.stream().map(CoverOption::maId).toList();
        assertFalse(mas.contains("ana"), "the absent MA is not offered");
        assertFalse(mas.contains("ben"), "nor is anyone without phlebotomy");
        assertTrue(mas.contains("cy"));
        assertTrue(mas.contains(null), "leaving the shift open is an option");
        CoverOption best = options.get(0);
        assertEquals("cy", best.maId(), "the only free phlebotomist: " + options);
        assertTrue(best.breaksNoRule());
        assertTrue(best.scoreChange().mediumScore() > 0, "covering closes the lab's staffing gap");
        CoverOption open = options.stream().filter(o -> o.maId() == null).findFirst().orElseThrow();
        assertEquals(0, open.scoreChange().mediumScore(), "leaving it open changes nothing");
        assertTrue(best.effects().stream().anyMatch(e -> e.startsWith(RosterConstraintProvider.MINIMUM_STAFFING)));
    }

    @Test
    void whoCanCoverNeedsAShiftToCover() {
        Roster published = new Roster(1, List.of(new ShiftAssignment("ben", 1, DAY, "podA")));
        RosterProblem problem = staffed().published(published, Set.of()).problem(1);
        org.clinicflow.simulator.ModelInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.clinicflow.simulator.ModelInputException.class,
                () -> new RosterOptimizer(QUICK).whoCanCover(problem, "ana", 1));
        assertEquals("who can cover", e.parameter());
        assertNull(null);
    }
}
