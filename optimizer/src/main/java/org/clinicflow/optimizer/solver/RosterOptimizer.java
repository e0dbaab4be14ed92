package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.TeamMember;
import org.clinicflow.optimizer.explain.ConstraintTotal;
import org.clinicflow.optimizer.explain.CoverOption;
import org.clinicflow.optimizer.explain.RosterExplainer;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.optimizer.plan.RosterConverter;
import org.clinicflow.optimizer.plan.RosterPlanBuilder;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;

/**
 * The roster optimizer: builds the plan from a problem, solves it with Timefold (see {@link RosterSolverConfig}),
 * and explains the result; answers "who can cover?" for a published roster.
 */
public final class RosterOptimizer {
    private static final int WORST_WAITING_SHOWN = 10;

    private final OptimizerSettings settings;
    private final SolverFactory<RosterPlan> solverFactory;
    private final SolutionManager<RosterPlan, HardMediumSoftLongScore> solutionManager;

    public RosterOptimizer(OptimizerSettings settings) {
        this.settings = settings;
        this.solverFactory = SolverFactory.create(RosterSolverConfig.of(settings));
        this.solutionManager = SolutionManager.create(SolverFactory.create(RosterSolverConfig.forAnalysis(settings)));
    }

    /** The planning model of a problem, before solving. */
    public RosterPlan plan(RosterProblem problem) {
        return new RosterPlanBuilder(settings).build(problem);
    }

    public RosterResult solve(RosterProblem problem) {
        return solve(plan(problem), ProgressListener.NONE);
    }

    public RosterResult solve(RosterProblem problem, ProgressListener listener) {
        return solve(plan(problem), listener);
    }

    /** Solves a plan until the settings' limits; never throws for an infeasible plan (gaps are explained instead). */
    public RosterResult solve(RosterPlan plan, ProgressListener listener) {
        Solver<RosterPlan> solver = solverFactory.buildSolver();
        List<SolveStatistics.ScorePoint> bestScores = Collections.synchronizedList(new ArrayList<>());
        long[] staffedAt = {-1};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            long millis = event.getTimeMillisSpent();
            bestScores.add(new SolveStatistics.ScorePoint(millis, score));
            if (staffedAt[0] < 0 && event.isNewBestSolutionInitialized() && score.hardScore() == 0
                    && score.mediumScore() == 0) {
                staffedAt[0] = millis;
            }
            listener.newBestScore(score, Duration.ofMillis(millis));
        });
        long started = System.nanoTime();
        RosterPlan solved = solver.solve(plan);
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        long speed = solver instanceof DefaultSolver<RosterPlan> d ? d.getScoreCalculationSpeed() : 0;
        long moves = solver instanceof DefaultSolver<RosterPlan> d ? d.getMoveEvaluationCount() : 0;
        if (staffedAt[0] < 0 && solved.score().hardScore() == 0 && solved.score().mediumScore() == 0) {
            staffedAt[0] = spent.toMillis();
        }
        SolveStatistics statistics = new SolveStatistics(spent, speed, moves,
                staffedAt[0] < 0 ? null : Duration.ofMillis(staffedAt[0]), bestScores);
        return new RosterResult(solved, RosterConverter.toRoster(solved), solved.score(), explain(solved), statistics);
    }

    /** The plain-language explanation of a plan's score (the plan's score is updated). */
    public RosterExplanation explain(RosterPlan plan) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(plan);
        return new RosterExplainer(WORST_WAITING_SHOWN).explain(plan, analysis);
    }

    /**
     * Who can cover the shift {@code absentMaId} has on horizon day {@code day} in the problem's published roster?
     * The absent MA is put on leave that day, every other published assignment is pinned, and each MA is tried on the
     * vacated position: options come best first with what they change in the score. The option with a null MA is
     * leaving the shift open.
     */
    public List<CoverOption> whoCanCover(RosterProblem problem, String absentMaId, int day) {
        if (problem.published() == null) {
            throw new ModelInputException("who can cover", "needs a published roster to cover a shift of");
        }
        MedicalAssistant absent = problem.clinic().medicalAssistant(absentMaId).orElseThrow(
                () -> new ModelInputException("who can cover", "MA " + absentMaId + " is not on the team"));
        Set<Integer> allDays = new HashSet<>();
        IntStream.range(0, problem.days()).forEach(allDays::add);
        Clinic clinic = ClinicWithLeave.of(problem.clinic(), absent, problem.clinic().startDate().plusDays(day));
        RosterPlan plan = plan(new RosterProblem(clinic, problem.weeks(), problem.workload(), problem.published(),
                allDays, problem.calibration()));
        ShiftPosition vacated = plan.positions().stream()
                .filter(p -> p.day() == day && absentMaId.equals(p.publishedMaId()))
                .findFirst()
                .orElseThrow(() -> new ModelInputException("who can cover",
                        "MA " + absentMaId + " has no shift on day " + day + " of the published roster"));
        vacated.setPinned(false);
        vacated.vacate();
        List<RecommendedAssignment<TeamMember, HardMediumSoftLongScore>> recommendations =
                solutionManager.recommendAssignment(plan, vacated, ShiftPosition::getMa,
                        ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        List<CoverOption> options = new ArrayList<>();
        for (RecommendedAssignment<TeamMember, HardMediumSoftLongScore> r : recommendations) {
            TeamMember ma = r.proposition();
            options.add(new CoverOption(ma == null ? null : ma.id(), ma == null ? "nobody (leave open)" : ma.name(),
                    r.scoreAnalysisDiff().score(), effects(r.scoreAnalysisDiff()),
                    ruleChanges(r.scoreAnalysisDiff())));
        }
        return options;
    }

    private static List<ConstraintTotal> ruleChanges(ScoreAnalysis<HardMediumSoftLongScore> diff) {
        List<ConstraintTotal> changes = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : diff.constraintAnalyses()) {
            if (!c.score().isZero()) {
                changes.add(new ConstraintTotal(c.constraintName(), c.score().hardScore(), c.score().mediumScore(),
                        c.score().softScore(), c.matchCount()));
            }
        }
        return changes;
    }

    private static List<String> effects(ScoreAnalysis<HardMediumSoftLongScore> diff) {
        List<String> effects = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : diff.constraintAnalyses()) {
            if (!c.score().isZero()) {
                effects.add(c.constraintName() + " " + c.score());
            }
        }
        Collections.sort(effects);
        return effects;
    }

    public OptimizerSettings settings() {
        return settings;
    }
}
