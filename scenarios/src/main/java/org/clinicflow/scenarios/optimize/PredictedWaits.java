package org.clinicflow.scenarios.optimize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.optimizer.domain.StationTimeline;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.RosterOptimizer;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.simulator.clinic.Roster;

/**
 * What the optimizer's waiting tables predict for a roster: each station's expected patient-minutes of MA-task
 * waiting per day, from the MAs the roster has on duty in every bucket (on shift, not on their unpaid break).
 */
final class PredictedWaits {
    private PredictedWaits() {
    }

    /** The prediction of the uncalibrated tables of {@code problem} for {@code roster}. */
    static StationMinutes raw(RosterOptimizer optimizer, RosterProblem problem, Roster roster) {
        Set<Integer> allDays = IntStream.range(0, problem.days()).boxed().collect(Collectors.toSet());
        RosterPlan plan = optimizer.plan(problem.withCalibration(WaitingCalibration.NONE)
                .withPublished(roster, allDays));
        return of(plan);
    }

    /** The prediction of a plan's own tables for the MAs it has on its positions. */
    static StationMinutes of(RosterPlan plan) {
        Map<StationBucket, Integer> onDuty = new HashMap<>();
        for (ShiftPosition p : plan.positions()) {
            if (p.getMa() != null) {
                p.buckets().forEach(b -> onDuty.merge(b, 1, Integer::sum));
            }
        }
        Map<String, Double> perDay = new TreeMap<>();
        for (StationTimeline timeline : plan.timelines()) {
            double minutes = 0;
            for (StationBucket b : timeline.buckets()) {
                minutes += b.waiting().patientMinutes(onDuty.getOrDefault(b, 0));
            }
            perDay.put(timeline.station().id(), minutes / plan.days());
        }
        return new StationMinutes(perDay);
    }

    /** A raw prediction as the solver saw it through {@code calibration}. */
    static StationMinutes calibrated(StationMinutes raw, WaitingCalibration calibration) {
        Map<String, Double> scaled = new TreeMap<>();
        raw.byStation().forEach((s, m) -> scaled.put(s, m * calibration.factor(s)));
        return new StationMinutes(scaled);
    }
}
