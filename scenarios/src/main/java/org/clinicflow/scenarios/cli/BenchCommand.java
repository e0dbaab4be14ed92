package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.bench.ClinicYearBenchmark;
import org.clinicflow.scenarios.bench.EngineBenchmark;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Clinic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the simulation engine's speed and memory on the reference M/M/4 model. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the simulation engine's speed and memory.",
                "Runs an M/M/4 queue at rho = 0.9: customers and events per second on one thread, heap retained "
                + "at two run lengths, replications per second on all cores, and one clinic-year of the built-in "
                + "family-medicine scenario (6 providers, 250 open days) on one thread. Method: docs/benchmarks.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow bench", "  clinicflow bench --customers 5000000 --runs 7",
                "  clinicflow bench --json out/bench.json"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "1000000",
            description = "Customers per single-thread run (default: ${DEFAULT-VALUE}).")
    long customers;

    @Option(names = "--runs", paramLabel = "K", defaultValue = "5",
            description = "Timed single-thread runs, after as many warm-up runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads for the replications-per-second part; 0 = all cores (default).")
    int threads;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        if (customers < 1000 || runs < 1 || threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--customers must be at least 1000, --runs at least 1 and --threads 0 or more");
        }
        PrintWriter out = output.console(spec.commandLine());
        out.printf("Engine benchmark: M/M/4 at rho 0.9, %,d customers per run, Java %s, %d cores%n",
                customers, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        EngineBenchmark.SingleThread st = EngineBenchmark.singleThread(customers, runs, runs);
        out.printf("single thread: %.2f M customers/s (median of %d runs, best %.2f M), %.2f M events/s%n",
                st.medianCustomersPerSecond() / 1e6, st.runs(), st.bestCustomersPerSecond() / 1e6,
                st.medianEventsPerSecond() / 1e6);
        out.flush();
        EngineBenchmark.Memory mem = EngineBenchmark.memory(customers / 10, customers * 4);
        out.printf("memory: %,d KB retained after %,d customers, %,d KB after %,d customers%n",
                mem.shortRunBytes() / 1024, mem.shortRunCustomers(), mem.longRunBytes() / 1024,
                mem.longRunCustomers());
        out.flush();
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        EngineBenchmark.Parallel par = EngineBenchmark.parallel(t, 4 * t, customers);
        out.printf("all cores: %.2f replications/s of %,d customers on %d threads = %.2f M customers/s%n",
                par.replicationsPerSecond(), par.customersPerReplication(), par.threads(),
                par.customersPerSecond() / 1e6);
        out.flush();
        Clinic clinic = ScenarioLoader.load("family-medicine").clinic();
        ClinicYearBenchmark.Result year = ClinicYearBenchmark.run(clinic, runs, runs);
        out.printf("clinic-year (family-medicine, %d providers, 250 open days, %,d visits, %,d events): median %.3f s"
                        + " per replication on one thread (best %.3f s, %.2f M events/s)%n",
                clinic.providers().size(), year.visits(), year.events(), year.medianSeconds(), year.bestSeconds(),
                year.eventsPerSecond() / 1e6);
        if (output.requested()) {
            output.write(spec.commandLine(), out, json(st, mem, par, year));
        }
        return ClinicFlowCli.OK;
    }

    /** Every figure printed, under names a script can read; rates per second, memory in bytes. */
    private static Map<String, Object> json(EngineBenchmark.SingleThread st, EngineBenchmark.Memory mem,
                                            EngineBenchmark.Parallel par, ClinicYearBenchmark.Result year) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("java", System.getProperty("java.version"));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        Map<String, Object> single = new LinkedHashMap<>();
        single.put("customersPerRun", st.customers());
        single.put("runs", st.runs());
        single.put("medianCustomersPerSecond", st.medianCustomersPerSecond());
        single.put("bestCustomersPerSecond", st.bestCustomersPerSecond());
        single.put("medianEventsPerSecond", st.medianEventsPerSecond());
        m.put("singleThread", single);
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("shortRunCustomers", mem.shortRunCustomers());
        memory.put("shortRunBytes", mem.shortRunBytes());
        memory.put("longRunCustomers", mem.longRunCustomers());
        memory.put("longRunBytes", mem.longRunBytes());
        m.put("memory", memory);
        Map<String, Object> parallel = new LinkedHashMap<>();
        parallel.put("threads", par.threads());
        parallel.put("replicationsPerSecond", par.replicationsPerSecond());
        parallel.put("customersPerReplication", par.customersPerReplication());
        parallel.put("customersPerSecond", par.customersPerSecond());
        m.put("allCores", parallel);
        Map<String, Object> clinicYear = new LinkedHashMap<>();
        clinicYear.put("scenario", "family-medicine");
        clinicYear.put("visits", year.visits());
        clinicYear.put("events", year.events());
        clinicYear.put("medianSeconds", year.medianSeconds());
        clinicYear.put("bestSeconds", year.bestSeconds());
        clinicYear.put("eventsPerSecond", year.eventsPerSecond());
        m.put("clinicYear", clinicYear);
        return m;
    }
}
