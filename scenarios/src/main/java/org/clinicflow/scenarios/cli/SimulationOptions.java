package org.clinicflow.scenarios.cli;

import java.util.Optional;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.KpiNames;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options of every command that simulates a clinic: days, warm-up, the replication options, and the precision target
 * of {@code --replications auto}.
 */
public final class SimulationOptions {
    @Option(names = {"-d", "--days"}, paramLabel = "D", defaultValue = "28",
            description = "Simulated days per replication, from the scenario's start date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--warmup-days", paramLabel = "W", defaultValue = "0",
            description = "Leave the first W days out of the KPIs (for clinics open around the clock; default 0).")
    int warmupDays;

    @CommandLine.Mixin
    ExperimentOptions experiment;

    @Option(names = "--precision", paramLabel = "H",
            description = "With --replications auto: add replications until every 95%% CI half-width of the precision"
                    + " KPIs is at most H, in their units (minutes for the default ones).")
    Double precision;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "500",
            description = "With --replications auto: stop at N replications even if --precision is not reached"
                    + " (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Option(names = "--precision-kpis", paramLabel = "KPI[,KPI...]",
            description = "With --replications auto: the KPIs whose half-widths must reach --precision (default:"
                    + " waitingRoomMinutes,totalWaitMinutes,cycleTimeMinutes). compare judges the paired differences"
                    + " from the first scenario, simulate and sweep each scenario's own means.")
    String precisionKpis;

    ExperimentPlan plan(CommandLine cl) {
        experiment.validateFixedOrAuto(cl);
        if (days < 1) {
            throw new CommandLine.ParameterException(cl, "--days must be at least 1, got " + days);
        }
        if (warmupDays < 0 || warmupDays >= days) {
            throw new CommandLine.ParameterException(cl,
                    "--warmup-days must be 0 or more and fewer than --days " + days + ", got " + warmupDays);
        }
        // With auto, the count in the plan is a placeholder: the precision target sets how many run.
        int replications = experiment.autoReplications() ? PrecisionTarget.FIRST_BATCH : experiment.replications;
        return new ExperimentPlan(days, warmupDays, replications, experiment.seed, experiment.threads);
    }

    /** The precision target of {@code --replications auto}, or empty for a fixed number of replications. */
    Optional<PrecisionTarget> precision(CommandLine cl) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        if (!experiment.autoReplications()) {
            for (String option : new String[] {"--precision", "--max-replications", "--precision-kpis"}) {
                if (parsed.hasMatchedOption(option)) {
                    throw new CommandLine.ParameterException(cl, option + " goes with --replications auto;"
                            + " add it, or leave " + option + " out");
                }
            }
            return Optional.empty();
        }
        if (precision == null) {
            throw new CommandLine.ParameterException(cl, "--replications auto needs --precision H: the 95% CI"
                    + " half-width to reach, e.g. --precision 0.5 (minutes)");
        }
        if (!(precision > 0) || precision.isInfinite()) {
            throw new CommandLine.ParameterException(cl, "--precision must be greater than 0, got " + precision);
        }
        if (maxReplications < 2) {
            throw new CommandLine.ParameterException(cl, "--max-replications must be at least 2, got "
                    + maxReplications);
        }
        return Optional.of(new PrecisionTarget(precision, precisionKpis == null ? PrecisionTarget.DEFAULT_KPIS
                : KpiNames.list(precisionKpis, "--precision-kpis"), maxReplications));
    }

    /** "20 replications" or "auto replications (until ... within 0.5, at most 500)", for the heading of a run. */
    String replicationsHeading(Optional<PrecisionTarget> target, ExperimentPlan plan) {
        return target.map(t -> "auto replications (until every 95% half-width is within "
                        + java.math.BigDecimal.valueOf(t.halfWidth()).stripTrailingZeros().toPlainString()
                        + ", at most " + t.maxReplications() + ")")
                .orElse(plan.replications() + " replications");
    }
}
