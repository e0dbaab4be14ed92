package org.clinicflow.scenarios.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.input.DistributionSyntax;
import org.clinicflow.simulator.queueing.QueueModelSpec;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.Distribution;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Simulates a plain queue (one station, c servers) and sets the results beside queueing theory. */
@Command(name = "queue", mixinStandardHelpOptions = true,
        description = {"Simulate one station with c servers and compare with queueing theory.",
                "Patients arrive as a Poisson stream and are served by c MAs (M/G/c); the waits are set beside "
                + "Erlang C (M/M/c), Pollaczek-Khinchine (M/G/1) or the Allen-Cunneen approximation (M/G/c)."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  clinicflow queue --arrivals-per-hour 14 --servers 2 --service 'exponential(7.5)'",
                "  clinicflow queue --arrivals-per-hour 14 --servers 2,3,4",
                "  clinicflow queue --arrivals-per-hour 7 --servers 1 --service 'lognormal(7.5, 3)' --json out/q.json",
                "  clinicflow queue --arrivals-per-hour 14 --servers 2 --hours 8 --replications 50"})
final class QueueCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--arrivals-per-hour", required = true, paramLabel = "RATE",
            description = "Mean arrivals per hour (Poisson).")
    double arrivalsPerHour;

    @Option(names = {"-c", "--servers"}, required = true, paramLabel = "C", split = ",",
            description = "Number of servers (MAs); a list such as 2,3,4 compares staffing levels.")
    List<Integer> servers;

    @Option(names = "--service", paramLabel = "DIST", defaultValue = "exponential(7.5)",
            description = {"Service time in minutes (default: ${DEFAULT-VALUE}). One of:",
                    "  " + DistributionSyntax.FORMS})
    String service;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "200000",
            description = "Steady-state run length in arrivals per replication (default: ${DEFAULT-VALUE}).")
    long customers;

    @Option(names = "--hours", paramLabel = "H",
            description = "Run for H hours from an empty station instead (a clinic session, not a steady state).")
    Double hours;

    @Option(names = "--warmup-minutes", paramLabel = "M",
            description = "Statistics before M minutes are discarded (default: 10%% of a steady-state run, 0 with --hours).")
    Double warmupMinutes;

    @Mixin
    ExperimentOptions experiment;

    @Override
    public Integer call() {
        experiment.validate(spec.commandLine());
        List<QueueModelSpec> specs = servers.stream().map(this::buildSpec).toList(); // all checked before any run
        List<QueueRun> runs = new java.util.ArrayList<>();
        for (QueueModelSpec s : specs) {
            runs.add(QueueRun.run(s, experiment.replications, experiment.seed, experiment.threads));
        }
        QueueModelSpec model = runs.get(0).spec();
        JsonOutput output = experiment.output();
        var out = output.console(spec.commandLine());
        out.printf("Station with %s server(s), %.4g arrivals/hour, service %s: %d replications, seed %d%n%n",
                servers.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")),
                arrivalsPerHour, model.service().describe(), experiment.replications, experiment.seed);
        out.print(QueueResultTable.render(runs));
        out.println();
        out.println("Means with 95% confidence intervals across replications; waits are minutes in queue.");
        if (hours != null) {
            out.printf("A session of %.4g hours from an empty station: the theory columns are the steady state, for "
                    + "reference only. A session%nfrom empty waits less at first, and customers still waiting at "
                    + "the end are not in the simulated waits.%n", hours);
        }
        if (output.requested()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("arrivalsPerHour", arrivalsPerHour);
            json.put("service", model.service().describe());
            json.put("replications", experiment.replications);
            json.put("seed", experiment.seed);
            json.put("results", runs.stream().map(QueueRun::toJson).toList());
            output.write(spec.commandLine(), out, json);
        }
        return ClinicFlowCli.OK;
    }

    private QueueModelSpec buildSpec(int servers) {
        var cl = spec.commandLine();
        if (!(arrivalsPerHour > 0) || Double.isInfinite(arrivalsPerHour)) {
            throw new CommandLine.ParameterException(cl,
                    "--arrivals-per-hour must be a number greater than 0, got " + arrivalsPerHour);
        }
        if (servers < 1) {
            throw new CommandLine.ParameterException(cl, "--servers must be at least 1, got " + servers);
        }
        if (hours != null && !(hours > 0)) {
            throw new CommandLine.ParameterException(cl, "--hours must be greater than 0, got " + hours);
        }
        Distribution dist = DistributionSyntax.parse(service, "--service", "service");
        double ratePerMinute = arrivalsPerHour / 60.0;
        ArrivalProcess arrivals = new ArrivalProcess.Poisson(ratePerMinute);
        if (hours != null) {
            double horizon = hours * 60;
            double warmup = warmupMinutes != null ? warmupMinutes : 0;
            return new QueueModelSpec(arrivals, dist, servers, 0, horizon, warmup);
        }
        if (customers < 1) {
            throw new CommandLine.ParameterException(cl,
                    "--customers must be at least 1, got " + customers);
        }
        double warmup = warmupMinutes != null ? warmupMinutes : 0.1 * customers / ratePerMinute;
        return new QueueModelSpec(arrivals, dist, servers, customers, Double.POSITIVE_INFINITY, warmup);
    }
}
