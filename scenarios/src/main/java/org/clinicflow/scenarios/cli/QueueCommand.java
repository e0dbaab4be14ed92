package org.clinicflow.scenarios.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clinicflow.scenarios.input.DistributionSyntax;
import org.clinicflow.scenarios.report.KpiFormat;
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
                "  clinicflow queue --arrivals-per-hour 14 --servers 2 \\",
                "      --service 'exponential(7.5)'",
                "  clinicflow queue --arrivals-per-hour 14 --servers 2,3,4",
                "  clinicflow queue --arrivals-per-hour 7 --servers 1 \\",
                "      --service 'lognormal(7.5, 3)' --json out/q.json",
                "  clinicflow queue --arrivals-per-hour 14 --servers 2 --hours 8 \\",
                "      --replications 50"})
final class QueueCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--arrivals-per-hour", required = true, paramLabel = "RATE",
            description = "Mean arrivals per hour (Poisson), at most 1000000.")
    double arrivalsPerHour;

    @Option(names = {"-c", "--servers"}, required = true, paramLabel = "C", split = ",",
            description = "Number of servers (MAs), 1 to 100000; a list such as 2,3,4 compares staffing levels. A"
                    + " level with rho >= 1 has no steady state and is not simulated: its row says so.")
    List<Integer> servers;

    @Option(names = "--service", paramLabel = "DIST", defaultValue = "exponential(7.5)",
            description = {"Service time in minutes (default: ${DEFAULT-VALUE}). One of:",
                    "  " + DistributionSyntax.FORMS})
    String service;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "200000",
            description = "Steady-state run length in arrivals per replication, at most 500,000,000 (default:"
                    + " ${DEFAULT-VALUE}).")
    long customers;

    @Option(names = "--hours", paramLabel = "H",
            description = "Run for H hours from an empty station instead (a clinic session, not a steady state), at"
                    + " most 1000000 expected arrivals per replication.")
    Double hours;

    @Option(names = "--warmup-minutes", paramLabel = "M",
            description = "Statistics before M minutes are discarded (default: 10%% of a steady-state run, 0 with --hours).")
    Double warmupMinutes;

    @Mixin
    ExperimentOptions experiment;

    /** Arrivals per hour at most: far beyond any clinic station, and a run still fits in memory and minutes. */
    static final double MAX_ARRIVALS_PER_HOUR = 1_000_000;
    /** Servers at most (each is state in every replication). */
    static final int MAX_SERVERS = 100_000;
    /**
     * Expected arrivals per replication of a session ({@code --hours}) at most: an overloaded session keeps most of
     * them waiting in memory, on every thread at once.
     */
    static final double MAX_SESSION_CUSTOMERS = 1_000_000;
    /** Customers per steady-state replication at the most: memory stays flat, but time does not. */
    static final long MAX_CUSTOMERS = 500_000_000;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        experiment.validate(cl);
        Distribution dist = checkedInput(cl); // all checked before any run
        double ratePerMinute = arrivalsPerHour / 60.0;
        List<QueueLevel.Unstable> unstable = new ArrayList<>();
        QueueModelSpec[] specs = new QueueModelSpec[servers.size()]; // none where the level is unstable
        for (int i = 0; i < specs.length; i++) {
            int c = servers.get(i);
            // As QueueModelSpec reckons it: without a horizon, rho >= 1 has no steady state to run to.
            double rho = ratePerMinute * dist.mean() / c;
            if (hours == null && rho >= 1) {
                unstable.add(new QueueLevel.Unstable(c, rho));
            } else {
                specs[i] = buildSpec(c, dist);
            }
        }
        if (unstable.size() == specs.length) {
            throw new CommandLine.ParameterException(cl, allUnstable(unstable, ratePerMinute * dist.mean()));
        }
        List<QueueLevel> levels = new ArrayList<>();
        for (int i = 0, u = 0; i < specs.length; i++) {
            levels.add(specs[i] == null ? unstable.get(u++)
                    : QueueRun.run(specs[i], experiment.replications, experiment.seed, experiment.threads));
        }
        JsonOutput output = experiment.output();
        var out = output.console(cl);
        out.printf("Station with %s server(s), %.4g arrivals/hour, service %s: %d replications, seed %d%n%n",
                servers.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                arrivalsPerHour, dist.describe(), experiment.replications, experiment.seed);
        out.print(QueueResultTable.render(levels));
        out.println();
        out.println("Means with 95% confidence intervals across replications; waits are minutes in queue.");
        if (!unstable.isEmpty()) {
            out.printf("Not simulated: %s (rho = lambda * E[S] / c >= 1: the queue grows without bound and has no"
                    + " steady state).%nUse --hours H to simulate a session from an empty station instead.%n",
                    unstable.stream().map(u -> "c = " + u.servers()).collect(Collectors.joining(", ")));
        }
        if (hours != null) {
            out.printf("A session of %.4g hours from an empty station: the theory columns are the steady state, for "
                    + "reference only. A session%nfrom empty waits less at first, and customers still waiting at "
                    + "the end are not in the simulated waits.%n", hours);
        }
        if (output.requested()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("arrivalsPerHour", arrivalsPerHour);
            json.put("service", dist.describe());
            json.put("replications", experiment.replications);
            json.put("seed", experiment.seed);
            json.put("results", levels.stream().map(QueueLevel::toJson).toList());
            output.write(cl, out, json);
        }
        return ClinicFlowCli.OK;
    }

    /** Checks the options that do not depend on the staffing level and returns the service distribution. */
    private Distribution checkedInput(CommandLine cl) {
        if (!(arrivalsPerHour > 0) || !(arrivalsPerHour <= MAX_ARRIVALS_PER_HOUR)) {
            throw new CommandLine.ParameterException(cl, "--arrivals-per-hour must be a number greater than 0 and at"
                    + " most " + KpiFormat.plain(MAX_ARRIVALS_PER_HOUR) + ", got " + number(arrivalsPerHour));
        }
        for (int c : servers) {
            if (c < 1 || c > MAX_SERVERS) {
                throw new CommandLine.ParameterException(cl, "--servers must be from 1 to " + MAX_SERVERS + ", got "
                        + c);
            }
        }
        if (hours != null) {
            if (!(hours > 0) || Double.isInfinite(hours)) {
                throw new CommandLine.ParameterException(cl, "--hours must be a number greater than 0, got "
                        + number(hours));
            }
            double expected = arrivalsPerHour * hours;
            if (expected > MAX_SESSION_CUSTOMERS) {
                throw new CommandLine.ParameterException(cl, String.format(Locale.ROOT, "--hours %s at"
                        + " --arrivals-per-hour %s expects about %,.0f arrivals per replication; at most %,.0f are"
                        + " allowed in a session: shorten --hours or lower --arrivals-per-hour",
                        number(hours), number(arrivalsPerHour), expected, MAX_SESSION_CUSTOMERS));
            }
        } else if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new CommandLine.ParameterException(cl, String.format(Locale.ROOT,
                    "--customers must be from 1 to %,d (about a minute a replication), got %,d", MAX_CUSTOMERS,
                    customers));
        }
        return DistributionSyntax.parse(service, "--service", "service");
    }

    /** Why a steady-state run of these levels cannot be: each one's rho, and what to change. */
    private static String allUnstable(List<QueueLevel.Unstable> levels, double offeredLoad) {
        return String.format(Locale.ROOT, "--servers %s: no staffing level has a steady state (%s; rho = lambda"
                        + " * E[S] / c must be below 1, or the queue grows without bound); give at least %d servers,"
                        + " lower --arrivals-per-hour, or give --hours H to simulate a session from an empty station",
                levels.stream().map(l -> String.valueOf(l.servers())).collect(Collectors.joining(",")),
                levels.stream().map(l -> String.format(Locale.ROOT, "c = %d gives rho = %.3f", l.servers(),
                        l.offeredUtilization())).collect(Collectors.joining(", ")),
                (long) Math.floor(offeredLoad) + 1);
    }

    private static String number(double v) {
        return Double.isFinite(v) ? KpiFormat.plain(v) : String.valueOf(v);
    }

    private QueueModelSpec buildSpec(int servers, Distribution dist) {
        ArrivalProcess arrivals = new ArrivalProcess.Poisson(arrivalsPerHour / 60.0);
        if (hours != null) {
            double horizon = hours * 60;
            double warmup = warmupMinutes != null ? warmupMinutes : 0;
            return new QueueModelSpec(arrivals, dist, servers, 0, horizon, warmup);
        }
        double warmup = warmupMinutes != null ? warmupMinutes : 0.1 * customers / (arrivalsPerHour / 60.0);
        return new QueueModelSpec(arrivals, dist, servers, customers, Double.POSITIVE_INFINITY, warmup);
    }
}
