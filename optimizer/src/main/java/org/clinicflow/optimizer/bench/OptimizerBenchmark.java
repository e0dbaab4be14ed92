package org.clinicflow.optimizer.bench;

import java.time.Duration;
import java.util.Locale;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.optimizer.solver.RosterOptimizer;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.optimizer.solver.SolveStatistics;

/**
 * Solves the benchmark clinic (30 MAs, 10 stations, 4 weeks by default) and reports the problem size, score
 * calculations per second, time to 0 hard / 0 medium, and the best score at checkpoints of the run.
 * Arguments: [seconds=300] [seed=1] [mas=30] [weeks=4].
 */
public final class OptimizerBenchmark {
    private OptimizerBenchmark() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int mas = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int weeks = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        RosterProblem problem = BenchmarkClinic.problem(mas, weeks, 20260105L);
        OptimizerSettings settings = OptimizerSettings.defaults().withRandomSeed(seed)
                .withLimits(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
        RosterOptimizer optimizer = new RosterOptimizer(settings);
        RosterPlan plan = optimizer.plan(problem);
        System.out.printf(Locale.US, "problem: %d MAs, %d stations, %d days, %d positions, %d buckets%n",
                plan.team().size(), problem.clinic().stations().size(), plan.days(), plan.positions().size(),
                plan.buckets().size());
        RosterResult result = optimizer.solve(plan, (score, elapsed) -> { });
        SolveStatistics stats = result.statistics();
        System.out.printf(Locale.US, "spent %.1f s, %,d score calculations/s, %,d moves evaluated%n",
                stats.spent().toMillis() / 1000.0, stats.scoreCalculationsPerSecond(), stats.moveEvaluations());
        System.out.println("time to 0 hard / 0 medium: "
                + (stats.timeToNoHardOrMedium() == null ? "never" : stats.timeToNoHardOrMedium().toMillis() + " ms"));
        for (long checkpoint : new long[] {1, 5, 10, 30, 60, 120, 180, 240, 300}) {
            if (checkpoint <= seconds) {
                System.out.println("best at " + checkpoint + " s: " + stats.bestScoreAt(checkpoint * 1000));
            }
        }
        System.out.println("final: " + result.score() + " (" + TimeText.dollars(-result.score().softScore())
                + " soft cost)");
        var at60 = stats.bestScoreAt(60_000);
        if (seconds > 60 && at60 != null && at60.hardScore() == result.score().hardScore()
                && at60.mediumScore() == result.score().mediumScore()) {
            double gap = (double) (result.score().softScore() - at60.softScore()) / -result.score().softScore();
            System.out.printf(Locale.US, "soft score at 60 s is %.2f%% worse than at %d s%n", 100 * gap, seconds);
        }
        System.out.println(result.explanation().toText());
    }
}
