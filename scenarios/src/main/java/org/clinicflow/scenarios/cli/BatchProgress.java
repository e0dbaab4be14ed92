package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.clinicflow.scenarios.batch.BaselineStep;
import org.clinicflow.scenarios.batch.BatchInput;
import org.clinicflow.scenarios.batch.BatchListener;
import org.clinicflow.scenarios.batch.BatchStatus;
import org.clinicflow.scenarios.batch.BatchStep;
import org.clinicflow.scenarios.batch.OptimizedRoster;
import org.clinicflow.scenarios.batch.ScenarioOutcome;
import org.clinicflow.scenarios.cli.progress.Progress;

/**
 * Shows a batch as it goes: the bar counts scenarios done and names the one running with its replications, and a line
 * per finished scenario is printed above it (on standard output, so a log of the run keeps them).
 */
final class BatchProgress implements BatchListener {
    private final Progress bar;
    private final PrintWriter console;
    private final int replications;
    private final int width;
    private String current = "";
    private String label = "";
    private int total;
    private int done;

    /** {@code replications} per scenario, 0 when auto; {@code width} of the name column. */
    BatchProgress(Progress bar, PrintWriter console, int replications, int width) {
        this.bar = bar;
        this.console = console;
        this.replications = replications;
        this.width = width;
    }

    @Override
    public synchronized void started(int index, int total, BatchInput input) {
        current = input.name();
        done = 0;
        bar.update(current);
    }

    @Override
    public synchronized void stepStarted(BatchStep step) {
        // The baseline is what every batch does: only other steps are named.
        label = step instanceof BaselineStep ? current : current + " " + step.name();
        total = step instanceof BaselineStep ? replications : 0;
        done = 0;
        bar.update(label);
    }

    @Override
    public synchronized void replications(int finished) {
        if (finished > done) {
            done = finished;
            // Short: the bar shrinks to leave room for the message on an 80-column terminal.
            bar.update(label + " " + done + (total > 0 ? "/" + total : "") + " rep.");
        }
    }

    @Override
    public synchronized void finished(int index, int total, ScenarioOutcome o) {
        bar.stepTo(index + 1);
        bar.printAbove(console, line(o));
    }

    /** "; optimized: a trade-off: one better, the other worse; 14 stretches cannot be staffed". */
    private static String optimized(OptimizedRoster r) {
        return "; optimized: " + r.verdict() + (r.fullyStaffed() ? "" : "; " + r.shortfall());
    }

    private String line(ScenarioOutcome o) {
        String name = String.format(Locale.ROOT, "%-" + width + "s", o.scenario());
        if (o.status() == BatchStatus.OK) {
            return (o.reused() ? String.format(Locale.ROOT, "  reused     %s  finished earlier (%s)", name, o.finished())
                    : String.format(Locale.ROOT, "  ok         %s  %d replications, %.1f s", name, o.replications(),
                            o.seconds())) + o.optimizedRoster().map(BatchProgress::optimized).orElse("");
        }
        String word = o.status() == BatchStatus.BAD_INPUT ? "bad input" : "failed";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-9s  %s", word, o.scenario()));
        o.message().lines().forEach(l -> b.append(System.lineSeparator()).append("      ").append(l));
        return b.toString();
    }
}
