package org.clinicflow.optimizer.solver;

import static org.clinicflow.optimizer.TestClinic.DAY;
import static org.clinicflow.optimizer.TestClinic.EARLY;
import static org.clinicflow.optimizer.TestClinic.EVENING;
import static org.clinicflow.optimizer.TestClinic.AM;
import static org.clinicflow.optimizer.TestClinic.NIGHT;
import static org.clinicflow.optimizer.TestClinic.assign;
import static org.clinicflow.optimizer.TestClinic.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.clinicflow.optimizer.TestClinic;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.junit.jupiter.api.Test;

/**
 * Each hard rule penalizes exactly what it should, in its unit, and only it does: every positive case also checks the
 * plan's whole hard score, so a test verifying the wrong rule would fail.
 */
class HardConstraintTest {
    private static final ConstraintVerifier<RosterConstraintProvider, RosterPlan> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), RosterPlan.class, ShiftPosition.class);
    private static final SolutionManager<RosterPlan, HardMediumSoftLongScore> SCORER =
            SolutionManager.create(SolverFactory.create(RosterSolverConfig.of(OptimizerSettings.defaults())));

    private static long hardScore(RosterPlan plan) {
        return SCORER.update(plan).hardScore();
    }

    private static TestClinic clinic() {
        return new TestClinic().ma("ana", "phlebotomy").ma("ben");
    }

    @Test
    void missingSkillPenalizesTheShiftMinutes() {
        RosterPlan plan = clinic().plan(1);
        assign(plan, "ben", "lab", 0, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::missingSkill).given(facts(plan)).penalizesBy(510);
        assertEquals(-510, hardScore(plan));

        RosterPlan skilled = clinic().plan(1);
        assign(skilled, "ana", "lab", 0, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::missingSkill).given(facts(skilled)).penalizesBy(0);
    }

    @Test
    void credentialCountsAsASkill() {
        MedicalAssistant cma = new MedicalAssistant("cara", "Cara", Credential.CMA, Set.of(), new BigDecimal("20"),
                new Contract(true, 40, 48), TestClinic.always(), Set.of(), Preferences.none());
        RosterPlan plan = new TestClinic().ma(cma).station(new org.clinicflow.simulator.clinic.Station("inj",
                "Injections", org.clinicflow.simulator.clinic.StationKind.PROCEDURE, null,
                java.util.List.of(Credential.CREDENTIALED), TestClinic.hours("08:00", "17:00", false), 0, 1)).plan(1);
        assign(plan, "cara", "inj", 0, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::missingSkill).given(facts(plan)).penalizesBy(0);
    }

    @Test
    void overlappingShiftsPenalizeTheMinutesOfOverlap() {
        RosterPlan plan = clinic().plan(1);
        assign(plan, "ana", "podA", 0, DAY);     // 08:00-16:30
        assign(plan, "ana", "lab", 0, EARLY);    // 07:30-16:00
        VERIFIER.verifyThat(RosterConstraintProvider::overlappingShifts).given(facts(plan)).penalizesBy(480);
        assertEquals(-480 - 1, hardScore(plan), "and one shift too many that day");
    }

    @Test
    void overlapPastMidnightCounts() {
        RosterPlan plan = clinic().plan(1);
        assign(plan, "ben", "urgent", 0, NIGHT); // 22:00-06:30, twice
        assign(plan, "ben", "urgent", 0, NIGHT);
        VERIFIER.verifyThat(RosterConstraintProvider::overlappingShifts).given(facts(plan)).penalizesBy(510);
    }

    @Test
    void secondShiftTheSameDayIsPenalizedOnce() {
        RosterPlan plan = clinic().plan(1);
        assign(plan, "ben", "podA", 0, AM);        // 08:00-12:00
        assign(plan, "ben", "urgent", 0, EVENING); // 12:00-20:30, back to back
        VERIFIER.verifyThat(RosterConstraintProvider::oneShiftPerDay).given(facts(plan)).penalizesBy(1);
        VERIFIER.verifyThat(RosterConstraintProvider::overlappingShifts).given(facts(plan)).penalizesBy(0);
        assertEquals(-1 - 600, hardScore(plan), "and no rest at all between them");
    }

    @Test
    void aNightShiftBelongsToTheDayItStarts() {
        RosterPlan plan = clinic().plan(1);
        assign(plan, "ben", "urgent", 0, NIGHT); // Monday night into Tuesday
        assign(plan, "ben", "urgent", 1, EVENING);
        VERIFIER.verifyThat(RosterConstraintProvider::oneShiftPerDay).given(facts(plan)).penalizesBy(0);
    }

    @Test
    void restShorterThanTheMinimumPenalizesTheMissingMinutes() {
        RosterPlan plan = clinic().plan(1);
        assign(plan, "ben", "urgent", 0, NIGHT);   // ends Tuesday 06:30
        assign(plan, "ben", "urgent", 1, EVENING); // starts Tuesday 12:00: 5.5 h of rest, 4.5 h short
        VERIFIER.verifyThat(RosterConstraintProvider::minimumRest).given(facts(plan)).penalizesBy(270);
        assertEquals(-270, hardScore(plan));

        RosterPlan rested = clinic().plan(1);
        assign(rested, "ben", "urgent", 0, EVENING); // ends 20:30
        assign(rested, "ben", "podA", 1, DAY);       // 08:00: 11.5 h of rest
        VERIFIER.verifyThat(RosterConstraintProvider::minimumRest).given(facts(rested)).penalizesBy(0);
    }

    @Test
    void minimumRestIsASetting() {
        RosterPlan plan = clinic().settings(OptimizerSettings.defaults().withRules(12, 6)).plan(1);
        assign(plan, "ben", "urgent", 0, EVENING); // ends 20:30
        assign(plan, "ben", "podA", 1, DAY);       // 08:00: 11.5 h, 30 min short of 12
        VERIFIER.verifyThat(RosterConstraintProvider::minimumRest).given(facts(plan)).penalizesBy(30);
    }

    @Test
    void daysBeyondTheMaximumRunArePenalized() {
        RosterPlan seven = clinic().plan(2);
        for (int day = 0; day < 7; day++) {
            assign(seven, "ben", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::consecutiveDays).given(facts(seven)).penalizesBy(1);
        assertEquals(-1, hardScore(seven));

        RosterPlan eight = clinic().plan(2);
        for (int day = 0; day < 8; day++) {
            assign(eight, "ben", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::consecutiveDays).given(facts(eight)).penalizesBy(2);

        RosterPlan broken = clinic().plan(2);
        for (int day : new int[] {0, 1, 2, 4, 5, 6, 7, 8, 9}) { // 3 days, a day off, then 6 days
            assign(broken, "ben", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::consecutiveDays).given(facts(broken)).penalizesBy(0);
    }

    @Test
    void shiftOnADayOffPenalizesTheMinutesOnLeave() {
        MedicalAssistant offTuesday = new MedicalAssistant("dee", "Dee", Credential.NONE, Set.of(),
                new BigDecimal("20"), new Contract(true, 40, 48), TestClinic.always(),
                Set.of(LocalDate.of(2026, 1, 6)), Preferences.none());
        RosterPlan plan = new TestClinic().ma(offTuesday).plan(1);
        assign(plan, "dee", "podA", 1, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::timeOff).given(facts(plan)).penalizesBy(510);

        RosterPlan night = new TestClinic().ma(offTuesday).plan(1);
        assign(night, "dee", "urgent", 0, NIGHT); // Monday 22:00 to Tuesday 06:30: 390 minutes on Tuesday
        VERIFIER.verifyThat(RosterConstraintProvider::timeOff).given(facts(night)).penalizesBy(390);
        assertEquals(-390, hardScore(night));
    }

    @Test
    void shiftOutsideAvailabilityPenalizesTheMinutesOutside() {
        MedicalAssistant mondays = new MedicalAssistant("eve", "Eve", Credential.NONE, Set.of(),
                new BigDecimal("20"), new Contract(false, 20, 24),
                Map.of(DayOfWeek.MONDAY, TimeWindow.of("08:00", "17:00"),
                        DayOfWeek.WEDNESDAY, TimeWindow.of("20:00", "08:00")),
                Set.of(), Preferences.none());
        RosterPlan plan = new TestClinic().ma(mondays).plan(1);
        assign(plan, "eve", "podA", 0, DAY);        // inside Monday's hours
        assign(plan, "eve", "urgent", 0, EVENING);  // 17:00-20:30 outside: 210
        assign(plan, "eve", "podA", 1, DAY);        // Tuesday: not available at all, 510
        assign(plan, "eve", "urgent", 2, NIGHT);    // inside Wednesday's overnight hours
        VERIFIER.verifyThat(RosterConstraintProvider::unavailable).given(facts(plan)).penalizesBy(720);
    }

    @Test
    void partTimerBeyondContractMaximumPenalizesTheMinutesOver() {
        MedicalAssistant partTimer = new MedicalAssistant("cy", "Cy", Credential.NONE, Set.of(),
                new BigDecimal("20"), new Contract(false, 20, 24), TestClinic.always(), Set.of(), Preferences.none());
        RosterPlan atMax = new TestClinic().ma(partTimer).plan(1);
        for (int day = 0; day < 3; day++) {
            assign(atMax, "cy", "podA", day, DAY); // 3 x 8 h = 24 h
        }
        VERIFIER.verifyThat(RosterConstraintProvider::contractMaximum).given(facts(atMax)).penalizesBy(0);

        RosterPlan over = new TestClinic().ma(partTimer).plan(1);
        for (int day = 0; day < 4; day++) {
            assign(over, "cy", "podA", day, DAY);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::contractMaximum).given(facts(over)).penalizesBy(480);
        assertEquals(-480, hardScore(over));
    }

    @Test
    void aSundayNightShiftCountsInTheWorkweeksItIsWorkedIn() {
        MedicalAssistant partTimer = new MedicalAssistant("cy", "Cy", Credential.NONE, Set.of(),
                new BigDecimal("20"), new Contract(false, 20, 24), TestClinic.always(), Set.of(), Preferences.none());
        RosterPlan plan = new TestClinic().ma(partTimer).plan(2);
        for (int day = 0; day < 3; day++) {
            assign(plan, "cy", "podA", day, DAY); // 24 h in week 1
        }
        assign(plan, "cy", "urgent", 6, NIGHT); // Sunday 22:00-24:00 in week 1 (2 h), the rest (6 h) in week 2
        VERIFIER.verifyThat(RosterConstraintProvider::contractMaximum).given(facts(plan)).penalizesBy(120);
    }

    @Test
    void moreMasThanTheStationHoldsPenalizesTheMaMinutesOver() {
        RosterPlan plan = clinic().ma("cy").plan(1);
        assign(plan, "ana", "podA", 0, DAY);   // on duty 08:00-12:00, 12:30-16:30
        assign(plan, "ben", "podA", 0, EARLY); // on duty 08:00 (opening)-11:30, 12:00-16:00
        assign(plan, "cy", "podA", 0, AM);     // on duty 08:00-12:00; Pod A holds 2
        // three on duty 08:00-11:30: 7 half-hours with one MA too many
        VERIFIER.verifyThat(RosterConstraintProvider::stationCapacity).given(facts(plan)).penalizesBy(210);
        assertEquals(-210, hardScore(plan));
    }

    @Test
    void unassignedPositionsBreakNoHardRule() {
        RosterPlan plan = clinic().pay(TestClinic.payRules(OvertimeRule.CALIFORNIA, DayOfWeek.MONDAY)).plan(2);
        assertEquals(0, hardScore(plan));
        VERIFIER.verifyThat(RosterConstraintProvider::missingSkill).given(facts(plan)).penalizesBy(0);
        VERIFIER.verifyThat(RosterConstraintProvider::contractMaximum).given(facts(plan)).penalizesBy(0);
    }
}
