package org.clinicflow.optimizer.solver;

import static org.clinicflow.optimizer.TestClinic.DAY;
import static org.clinicflow.optimizer.TestClinic.EVENING;
import static org.clinicflow.optimizer.TestClinic.LONG;
import static org.clinicflow.optimizer.TestClinic.MARATHON;
import static org.clinicflow.optimizer.TestClinic.NIGHT;
import static org.clinicflow.optimizer.TestClinic.assign;
import static org.clinicflow.optimizer.TestClinic.facts;
import static org.clinicflow.optimizer.TestClinic.member;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.clinicflow.optimizer.TestClinic;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.junit.jupiter.api.Test;

/** Labor, overtime, fairness, preferences, continuity and minimal change, each in cents of a $20/h MA. */
class SoftConstraintTest {
    private static final ConstraintVerifier<RosterConstraintProvider, RosterPlan> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), RosterPlan.class, ShiftPosition.class);

    private static TestClinic federal() {
        return new TestClinic().ma("ana");
    }

    private static TestClinic california(DayOfWeek workweekStart) {
        return new TestClinic().ma("ana").pay(TestClinic.payRules(OvertimeRule.CALIFORNIA, workweekStart));
    }

    private static MedicalAssistant withPreferences(Preferences preferences) {
        return new MedicalAssistant("ben", "Ben", Credential.NONE, Set.of(), new BigDecimal("20"),
                new Contract(true, 40, 60), TestClinic.always(), Set.of(), preferences);
    }

    @Test
    void laborIsPaidMinutesAtTheWage() {
        RosterPlan plan = federal().plan(1);
        assign(plan, "ana", "podA", 0, DAY); // 8 paid hours at $20
        VERIFIER.verifyThat(RosterConstraintProvider::labor).given(facts(plan)).penalizesBy(16_000L);
    }

    @Test
    void eveningAndWeekendDifferentialsAddTenPercentNotTwenty() {
        RosterPlan evening = federal().plan(1);
        assign(evening, "ana", "urgent", 0, EVENING); // 150 paid minutes after 18:00 at +10%
        VERIFIER.verifyThat(RosterConstraintProvider::labor).given(facts(evening)).penalizesBy(16_500L);

        RosterPlan saturday = federal().plan(1);
        assign(saturday, "ana", "podA", 5, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::labor).given(facts(saturday)).penalizesBy(17_600L);

        RosterPlan sundayEvening = federal().plan(1);
        assign(sundayEvening, "ana", "urgent", 6, EVENING); // weekend and evening: the larger, once
        VERIFIER.verifyThat(RosterConstraintProvider::labor).given(facts(sundayEvening)).penalizesBy(17_600L);
    }

    @Test
    void credentialPremiumRaisesTheRate() {
        MedicalAssistant cma = new MedicalAssistant("cara", "Cara", Credential.CMA, Set.of(), new BigDecimal("20"),
                new Contract(true, 40, 60), TestClinic.always(), Set.of(), Preferences.none());
        RosterPlan plan = new TestClinic().ma(cma).plan(1);
        assign(plan, "cara", "podA", 0, DAY); // $22/h with the 10% CMA premium
        VERIFIER.verifyThat(RosterConstraintProvider::labor).given(facts(plan)).penalizesBy(17_600L);
    }

    @Test
    void unassignedPositionsCostNothing() {
        RosterPlan plan = federal().plan(1);
        VERIFIER.verifyThat(RosterConstraintProvider::labor).given(facts(plan)).penalizesBy(0L);
        VERIFIER.verifyThat(RosterConstraintProvider::dailyOvertime).given(facts(plan)).penalizesBy(0L);
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(plan)).penalizesBy(0L);
        VERIFIER.verifyThat(RosterConstraintProvider::undesiredDay).given(facts(plan)).penalizesBy(0L);
        VERIFIER.verifyThat(RosterConstraintProvider::publishedChange).given(plan.positions().toArray())
                .penalizesBy(0L);
    }

    @Test
    void californiaPaysHalfAgainBeyondEightHoursAndDoubleBeyondTwelve() {
        RosterPlan twelve = california(DayOfWeek.MONDAY).plan(1);
        assign(twelve, "ana", "podA", 0, LONG); // 12 paid hours: 4 at 1.5x
        VERIFIER.verifyThat(RosterConstraintProvider::dailyOvertime).given(facts(twelve)).penalizesBy(4_000L);

        RosterPlan fourteen = california(DayOfWeek.MONDAY).plan(1);
        assign(fourteen, "ana", "podA", 0, MARATHON); // 14 paid hours: 4 at 1.5x, 2 at 2x
        VERIFIER.verifyThat(RosterConstraintProvider::dailyOvertime).given(facts(fourteen))
                .justifiesWith(new OvertimeJustification("ana", "ana", "daily", "Mon 2026-01-05", 360, 8_000L))
                .penalizesBy(8_000L);

        RosterPlan federal = federal().plan(1);
        assign(federal, "ana", "podA", 0, MARATHON); // no daily overtime under federal rules
        VERIFIER.verifyThat(RosterConstraintProvider::dailyOvertime).given(facts(federal)).penalizesBy(0L);
    }

    @Test
    void federalWeeklyOvertimeBeyondFortyHours() {
        RosterPlan forty = federal().plan(1);
        for (int day = 0; day < 5; day++) {
            assign(forty, "ana", "podA", day, DAY);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(forty)).penalizesBy(0L);

        RosterPlan fortyEight = federal().plan(1);
        for (int day = 0; day < 6; day++) {
            assign(fortyEight, "ana", "podA", day, DAY);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(fortyEight))
                .justifiesWith(new OvertimeJustification("ana", "ana", "weekly", "week 1", 480, 8_000L))
                .penalizesBy(8_000L);
    }

    @Test
    void californiaWeeklyOvertimeCountsOnlyStraightTime() {
        RosterPlan plan = california(DayOfWeek.MONDAY).plan(1);
        for (int day = 0; day < 5; day++) {
            assign(plan, "ana", "podA", day, LONG); // 60 paid hours, 40 of them straight time
        }
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(plan)).penalizesBy(0L);
        VERIFIER.verifyThat(RosterConstraintProvider::dailyOvertime).given(facts(plan)).penalizesBy(20_000L);
        assign(plan, "ana", "podA", 5, DAY); // 8 more straight hours on Saturday: weekly overtime
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(plan)).penalizesBy(8_000L);
    }

    @Test
    void weeklyOvertimeSplitsTheSundayNightAtTheMondayBoundary() {
        RosterPlan plan = federal().plan(2);
        for (int day = 0; day < 7; day++) {
            assign(plan, "ana", "urgent", day, NIGHT);
        }
        // week 1: six nights (48 h) and Sunday 22:00-24:00 (2 h): 10 h over; Monday 00:00-06:30 belongs to week 2
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(plan)).penalizesBy(10_000L);
    }

    @Test
    void weeklyOvertimeFollowsAWorkweekStartingSunday() {
        RosterPlan plan = new TestClinic().ma("ana").pay(TestClinic.payRules(OvertimeRule.FEDERAL, DayOfWeek.SUNDAY))
                .plan(2);
        for (int day = 0; day < 7; day++) {
            assign(plan, "ana", "urgent", day, NIGHT);
        }
        // workweek Sun-Sat: Mon-Fri nights (40 h) and Saturday 22:00-24:00 (2 h) in the first; 2 h over
        VERIFIER.verifyThat(RosterConstraintProvider::weeklyOvertime).given(facts(plan)).penalizesBy(2_000L);
    }

    @Test
    void seventhConsecutiveDayInAWorkweekIsPaidAsOvertime() {
        RosterPlan plan = california(DayOfWeek.MONDAY).plan(2);
        for (int day = 0; day < 7; day++) {
            assign(plan, "ana", "urgent", day, NIGHT);
        }
        // Sunday's 8 paid hours at 1.5x instead of straight time
        VERIFIER.verifyThat(RosterConstraintProvider::seventhDay).given(facts(plan)).penalizesBy(8_000L);

        RosterPlan sixDays = california(DayOfWeek.MONDAY).plan(2);
        for (int day = 0; day < 6; day++) {
            assign(sixDays, "ana", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::seventhDay).given(facts(sixDays)).penalizesBy(0L);

        RosterPlan federal = federal().plan(2);
        for (int day = 0; day < 7; day++) {
            assign(federal, "ana", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::seventhDay).given(facts(federal)).penalizesBy(0L);
    }

    @Test
    void seventhDayCountsOnlyWholeWorkweeks() {
        RosterPlan plan = california(DayOfWeek.SUNDAY).plan(2);
        for (int day = 0; day < 7; day++) { // Monday to Sunday straddles the Sunday-to-Saturday workweeks
            assign(plan, "ana", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::seventhDay).given(facts(plan)).penalizesBy(0L);
        for (int day = 7; day < 13; day++) { // now Sunday day 6 to Saturday day 12 are all worked
            assign(plan, "ana", "urgent", day, NIGHT);
        }
        VERIFIER.verifyThat(RosterConstraintProvider::seventhDay).given(facts(plan)).penalizesBy(8_000L);
    }

    @Test
    void hoursAwayFromTheTargetCostTheSquare() {
        RosterPlan plan = federal().plan(1);
        for (int day = 0; day < 4; day++) {
            assign(plan, "ana", "podA", day, DAY); // 32 h of 40: 8 h short
        }
        VERIFIER.verifyThat(RosterConstraintProvider::contractTarget).given(facts(plan)).penalizesBy(6_400L);

        RosterPlan idle = federal().plan(1); // 40 h short
        VERIFIER.verifyThat(RosterConstraintProvider::contractTarget).given(facts(idle)).penalizesBy(160_000L);
    }

    @Test
    void partTimeTargetAndPartialWorkweeksProRata() {
        MedicalAssistant partTimer = new MedicalAssistant("cy", "Cy", Credential.NONE, Set.of(),
                new BigDecimal("20"), new Contract(false, 20, 24), TestClinic.always(), Set.of(), Preferences.none());
        RosterPlan plan = new TestClinic().ma(partTimer).plan(1);
        VERIFIER.verifyThat(RosterConstraintProvider::contractTarget).given(facts(plan)).penalizesBy(40_000L);

        // a Sunday workweek cuts a Monday-start week into 6 days (target 40 h * 6/7) and 1 day (40 h / 7)
        RosterPlan cut = new TestClinic().ma("ana").pay(TestClinic.payRules(OvertimeRule.FEDERAL, DayOfWeek.SUNDAY))
                .plan(1);
        VERIFIER.verifyThat(RosterConstraintProvider::contractTarget).given(facts(cut))
                .penalizesBy(117_535L + 3_268L);
    }

    @Test
    void preferencesCostOrEarnPerShift() {
        Preferences preferences = new Preferences(Set.of(DayOfWeek.TUESDAY), Set.of(DayOfWeek.MONDAY),
                Set.of("day"), Set.of("evening"), Set.of());
        RosterPlan plan = new TestClinic().ma(withPreferences(preferences)).plan(1);
        assign(plan, "ben", "podA", 0, DAY);          // undesired Monday, desired template
        assign(plan, "ben", "urgent", 1, EVENING);    // desired Tuesday, undesired template
        assign(plan, "ben", "podA", 2, DAY);          // desired template
        VERIFIER.verifyThat(RosterConstraintProvider::undesiredDay).given(facts(plan)).penalizesBy(500L);
        VERIFIER.verifyThat(RosterConstraintProvider::undesiredShift).given(facts(plan)).penalizesBy(500L);
        VERIFIER.verifyThat(RosterConstraintProvider::desiredDay).given(facts(plan)).rewardsWith(200L);
        VERIFIER.verifyThat(RosterConstraintProvider::desiredShift).given(facts(plan)).rewardsWith(400L);
    }

    @Test
    void aSecondPodInAWeekCostsContinuity() {
        Station podB = new Station("podB", "Pod B", StationKind.POD, "podB", List.of(),
                TestClinic.hours("08:00", "17:00", false), 1, 2);
        RosterPlan plan = new TestClinic().ma("ana").station(podB).plan(2);
        assign(plan, "ana", "podA", 0, DAY);
        assign(plan, "ana", "lab", 1, DAY);  // not a pod
        assign(plan, "ana", "podA", 2, DAY);
        assign(plan, "ana", "podB", 7, DAY); // next week
        VERIFIER.verifyThat(RosterConstraintProvider::podContinuity).given(facts(plan)).penalizesBy(0L);
        assign(plan, "ana", "podB", 3, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::podContinuity).given(facts(plan)).penalizesBy(300L);
    }

    @Test
    void shiftsOutsideTheUsualPodsCost() {
        Station podB = new Station("podB", "Pod B", StationKind.POD, "podB", List.of(),
                TestClinic.hours("08:00", "17:00", false), 1, 2);
        Preferences usual = new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Set.of("podA"));
        RosterPlan plan = new TestClinic().ma(withPreferences(usual)).ma("ana").station(podB).plan(1);
        assign(plan, "ben", "podA", 0, DAY);
        assign(plan, "ben", "podB", 1, DAY);
        assign(plan, "ben", "lab", 2, DAY);  // not a pod
        assign(plan, "ana", "podB", 0, DAY); // no usual pods given
        VERIFIER.verifyThat(RosterConstraintProvider::outsideUsualPods).given(facts(plan)).penalizesBy(200L);
    }

    @Test
    void everyChangeFromThePublishedRosterCosts() {
        Roster published = new Roster(1, List.of(new ShiftAssignment("ana", 0, DAY, "podA"),
                new ShiftAssignment("ana", 1, DAY, "podA")));
        RosterPlan plan = new TestClinic().ma("ana").ma("ben").published(published, Set.of()).plan(1);
        VERIFIER.verifyThat(RosterConstraintProvider::publishedChange).given(plan.positions().toArray())
                .penalizesBy(0L);

        ShiftPosition monday = plan.positions().stream().filter(p -> "ana".equals(p.publishedMaId()) && p.day() == 0)
                .findFirst().orElseThrow();
        monday.setMa(member(plan, "ben"));                              // swapped
        plan.positions().stream().filter(p -> "ana".equals(p.publishedMaId()) && p.day() == 1)
                .findFirst().orElseThrow().setMa(null);                 // dropped
        assign(plan, "ben", "podA", 2, DAY);                            // added
        VERIFIER.verifyThat(RosterConstraintProvider::publishedChange).given(plan.positions().toArray())
                .penalizesBy(6_000L);

        RosterPlan unpublished = new TestClinic().ma("ben").plan(1);
        assign(unpublished, "ben", "podA", 2, DAY);
        VERIFIER.verifyThat(RosterConstraintProvider::publishedChange).given(unpublished.positions().toArray())
                .penalizesBy(0L);
    }
}
