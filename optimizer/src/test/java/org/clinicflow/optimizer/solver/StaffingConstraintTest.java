package org.clinicflow.optimizer.solver;

import static org.clinicflow.optimizer.TestClinic.AM;
import static org.clinicflow.optimizer.TestClinic.DAY;
import static org.clinicflow.optimizer.TestClinic.assign;
import static org.clinicflow.optimizer.TestClinic.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.DayOfWeek;
import java.util.List;
import org.clinicflow.optimizer.TestClinic;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.optimizer.explain.StaffingGap;
import org.clinicflow.optimizer.waiting.SippWaitingModel;
import org.clinicflow.optimizer.waiting.WaitingCurve;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.junit.jupiter.api.Test;

/** Minimum staffing (medium, MA-minutes short) and expected patient waiting (soft, cents), with their explanations. */
class StaffingConstraintTest {
    private static final ConstraintVerifier<RosterConstraintProvider, RosterPlan> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), RosterPlan.class, ShiftPosition.class);
    /** 1 erlang of 5-minute tasks at Pod A on Mondays 10:00-10:30. */
    private static final BucketLoad MONDAY_RUSH = new BucketLoad("podA", DayOfWeek.MONDAY, 20, 0.2, 5, 1.0, 0, 100);

    @Test
    void everyUncoveredHalfHourOfAnOpenStationIsShort() {
        RosterPlan plan = new TestClinic().ma("ana").plan(1);
        // Pod A: 6 days x 18 half-hours; Lab: 5 days x 17; Urgent needs nobody
        VERIFIER.verifyThat(RosterConstraintProvider::minimumStaffing).given(facts(plan))
                .penalizesBy(6 * 18 * 30 + 5 * 17 * 30);
        assign(plan, "ana", "podA", 0, DAY); // covers 16 of Monday's 18 half-hours (not lunch, not 16:30)
        VERIFIER.verifyThat(RosterConstraintProvider::minimumStaffing).given(facts(plan))
                .penalizesBy(6 * 18 * 30 + 5 * 17 * 30 - 16 * 30);
    }

    @Test
    void waitingIsPricedFromTheTableAtTheMasOnDuty() {
        WaitingCurve curve = new SippWaitingModel().curve(MONDAY_RUSH, 30, 2);
        RosterPlan plan = new TestClinic().ma("ana").ma("ben").loads(List.of(MONDAY_RUSH)).plan(2);
        long nobody = Math.round(curve.patientMinutes(0) * 34);
        VERIFIER.verifyThat(RosterConstraintProvider::patientWaiting).given(facts(plan)).penalizesBy(2 * nobody);

        assign(plan, "ana", "podA", 0, DAY);
        long one = Math.round(curve.patientMinutes(1) * 34);
        VERIFIER.verifyThat(RosterConstraintProvider::patientWaiting).given(facts(plan)).penalizesBy(one + nobody);

        assign(plan, "ben", "podA", 0, AM);
        long two = Math.round(curve.patientMinutes(2) * 34);
        VERIFIER.verifyThat(RosterConstraintProvider::patientWaiting).given(facts(plan)).penalizesBy(two + nobody);
        assertTrue(nobody > one && one > two, "more MAs, less waiting");
    }

    @Test
    void explanationNamesWhereWhenAndWhy() {
        RosterPlan plan = new TestClinic().ma("ben").loads(List.of(MONDAY_RUSH)).plan(1);
        assign(plan, "ben", "podA", 0, DAY);
        RosterExplanation explanation = new RosterOptimizer(org.clinicflow.optimizer.solver.OptimizerSettings
                .defaults()).explain(plan);

        StaffingGap lab = explanation.staffingGaps().stream()
                .filter(g -> g.stationId().equals("lab") && g.date().getDayOfWeek() == DayOfWeek.MONDAY)
                .findFirst().orElseThrow();
        assertEquals("cannot staff Lab on Mon 2026-01-05 07:30-16:00: needs 1 MA with phlebotomy, none — "
                + "no MA on the team has phlebotomy", lab.describe());
        StaffingGap lunch = explanation.staffingGaps().stream()
                .filter(g -> g.stationId().equals("podA") && g.date().getDayOfWeek() == DayOfWeek.MONDAY)
                .findFirst().orElseThrow();
        assertEquals("12:00", org.clinicflow.optimizer.domain.TimeText.clock(lunch.fromMinuteOfDay()),
                "Ben's lunch leaves Pod A empty");
        assertTrue(lunch.reason().contains("1 rostered elsewhere (ben at Pod A)"), lunch.reason());

        double minutes = new SippWaitingModel().curve(MONDAY_RUSH, 30, 2).patientMinutes(1);
        assertEquals("Mon 2026-01-05 10:00-10:30 Pod A: 1 MA for an expected load of 1.0 — about "
                + Math.round(minutes) + " patient-minutes of waiting", explanation.worstWaiting().get(0).describe());
        assertEquals(16_000, explanation.laborCents(), "8 paid hours at $20");
        assertTrue(explanation.toText().contains("cannot staff Lab on Mon 2026-01-05 07:30-16:00"));
    }
}
