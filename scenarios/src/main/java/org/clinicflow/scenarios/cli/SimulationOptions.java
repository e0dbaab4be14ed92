package org.clinicflow.scenarios.cli;

import org.clinicflow.scenarios.experiment.ExperimentPlan;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of every command that simulates a clinic: days, warm-up, and the replication options. */
public final class SimulationOptions {
    @Option(names = {"-d", "--days"}, paramLabel = "D", defaultValue = "28",
            description = "Simulated days per replication, from the scenario's start date (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--warmup-days", paramLabel = "W", defaultValue = "0",
            description = "Leave the first W days out of the KPIs (for clinics open around the clock; default 0).")
    int warmupDays;

    @CommandLine.Mixin
    ExperimentOptions experiment;

    ExperimentPlan plan(CommandLine cl) {
        experiment.validate(cl);
        if (days < 1) {
            throw new CommandLine.ParameterException(cl, "--days must be at least 1, got " + days);
        }
        if (warmupDays < 0 || warmupDays >= days) {
            throw new CommandLine.ParameterException(cl,
                    "--warmup-days must be 0 or more and fewer than --days " + days + ", got " + warmupDays);
        }
        return new ExperimentPlan(days, warmupDays, experiment.replications, experiment.seed, experiment.threads);
    }
}
