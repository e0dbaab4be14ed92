package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicflow.simulator.queueing.QueueModelSpec;
import org.clinicflow.simulator.random.Distribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The built-in demonstration: a walk-in rooming station staffed with 2, 3 and 4 MAs, checked against theory. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the built-in demonstration.",
                "A walk-in rooming station (14 patients/hour, rooming exponential with mean 7.5 min) staffed with",
                "2, 3 and 4 MAs, simulated and compared with Erlang C."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow demo", "  clinicflow demo --replications 50 --seed 7"})
final class DemoCommand implements Callable<Integer> {
    static final double ARRIVALS_PER_HOUR = 14;
    static final double ROOMING_MEAN_MINUTES = 7.5;
    static final long CUSTOMERS = 100_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    ExperimentOptions experiment;

    @Override
    public Integer call() {
        experiment.validate(spec.commandLine());
        JsonOutput output = experiment.output();
        PrintWriter out = output.console(spec.commandLine());
        out.printf("Walk-in rooming station: %.0f patients/hour (Poisson), rooming exponential with mean %.1f min.%n",
                ARRIVALS_PER_HOUR, ROOMING_MEAN_MINUTES);
        out.printf("%d replications of %,d patients each (first 10%% discarded as warm-up), seed %d.%n%n",
                experiment.replications, CUSTOMERS, experiment.seed);
        double rate = ARRIVALS_PER_HOUR / 60;
        List<QueueRun> runs = new ArrayList<>();
        for (int mas = 2; mas <= 4; mas++) {
            QueueModelSpec spec = QueueModelSpec.poisson(rate, new Distribution.Exponential(ROOMING_MEAN_MINUTES), mas,
                    CUSTOMERS, 0.1 * CUSTOMERS / rate);
            runs.add(QueueRun.run(spec, experiment.replications, experiment.seed, experiment.threads));
        }
        out.print(QueueResultTable.render(runs));
        out.println();
        out.println("Simulated means with 95% confidence intervals; theory is the exact M/M/c steady state.");
        QueueRun two = runs.get(0);
        QueueRun three = runs.get(1);
        out.printf("A third MA cuts the mean wait from %.1f to %.1f minutes.%n",
                two.meanWait().mean(), three.meanWait().mean());
        if (output.requested()) {
            output.write(spec.commandLine(), out, runs.stream().map(QueueRun::toJson).toList());
        }
        return ClinicFlowCli.OK;
    }
}
