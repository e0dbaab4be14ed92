package org.clinicflow.scenarios.optimize;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinicflow.optimizer.explain.CoverOption;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.ClinicWithLeave;
import org.clinicflow.optimizer.solver.RosterOptimizer;
import org.clinicflow.optimizer.solver.RosterResult;

/**
 * "Who can cover?" for a published roster: ranks every MA for the absent MA's shift by what they change in the score
 * (Timefold recommendations), and optionally re-solves the rest of that week with the MA on leave: days before the
 * absence and after that week stay as published (pinned), the days between may change, each change from the published
 * roster priced so that few are made.
 */
public final class ShiftCover {
    private ShiftCover() {
    }

    public static CoverOutcome run(CoverRequest request, boolean resolve, WorkflowProgress progress) {
        progress.stageStarted(WorkflowStage.MEASURING_WORKLOAD, request.workload().replications(), "");
        MeasuredWorkload workload = request.workload().measure(request.clinic(), request.threads(),
                progress::unitsDone);
        progress.stageFinished(WorkflowStage.MEASURING_WORKLOAD);
        RosterOptimizer optimizer = new RosterOptimizer(request.solver());
        int weeks = request.published().weeks();
        RosterProblem problem = new RosterProblem(request.clinic(), weeks, workload.profile(), request.published(),
                Set.of());
        progress.stageStarted(WorkflowStage.RANKING_COVER, 0, "");
        List<CoverOption> options = optimizer.whoCanCover(problem, request.absent().id(), request.day());
        progress.stageFinished(WorkflowStage.RANKING_COVER);
        if (!resolve) {
            return new CoverOutcome(request, options, null, List.of());
        }
        progress.stageStarted(WorkflowStage.SOLVING, 0, "the rest of the week");
        RosterProblem rest = new RosterProblem(ClinicWithLeave.of(request.clinic(), request.absent(), request.date()),
                weeks, workload.profile(), request.published(), pinnedOutside(request));
        RosterResult resolved = optimizer.solve(rest, progress.solver());
        progress.stageFinished(WorkflowStage.SOLVING);
        return new CoverOutcome(request, options, resolved,
                RosterChange.between(request.clinic(), request.published(), resolved.roster()));
    }

    /** Every day of the roster except from the absence to the end of its week (Sunday). */
    static Set<Integer> pinnedOutside(CoverRequest request) {
        int from = request.day();
        int to = from + (DayOfWeek.SUNDAY.getValue() - request.date().getDayOfWeek().getValue());
        return IntStream.range(0, request.published().cycleDays()).filter(d -> d < from || d > to).boxed()
                .collect(Collectors.toSet());
    }
}
