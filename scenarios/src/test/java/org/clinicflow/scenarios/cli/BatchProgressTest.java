package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.clinicflow.scenarios.batch.BaselineStep;
import org.clinicflow.scenarios.batch.BatchInput;
import org.clinicflow.scenarios.batch.BatchStatus;
import org.clinicflow.scenarios.batch.BatchStep;
import org.clinicflow.scenarios.batch.OptimizedRoster;
import org.clinicflow.scenarios.batch.ScenarioOutcome;
import org.clinicflow.scenarios.batch.ScenarioWork;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
import org.junit.jupiter.api.Test;

/** What a batch shows while it runs: the scenario and its replications on the bar, a line per scenario above it. */
class BatchProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final StringWriter console = new StringWriter();

    private String lastDrawn() {
        String[] draws = bytes.toString(StandardCharsets.UTF_8).split("\r");
        for (int i = draws.length - 1; i >= 0; i--) {
            String d = draws[i].replace("\033[K", "").strip();
            if (!d.isEmpty()) {
                return d;
            }
        }
        return "";
    }

    private static ScenarioOutcome outcome(String name, BatchStatus status, String message, boolean reused) {
        return new ScenarioOutcome(name, name + ".yaml", name, "family-medicine", status, message, 20, "USD",
                "2026-12-01T04:00:00Z", 1.24, Map.of(), Map.of(), reused, null);
    }

    @Test
    void theBarNamesTheScenarioAndItsReplicationsAndTheLinesGoAbove() {
        Progress bar = ProgressDisplay.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), 120)
                .start("batch", 3, "scenarios");
        BatchProgress listener = new BatchProgress(bar, new PrintWriter(console), 20, 15);
        listener.started(0, 3, BatchInput.builtIn("family-medicine", "family-medicine"));
        listener.stepStarted(new BaselineStep());
        listener.replications(5);
        listener.replications(3); // a slower thread's count, late
        bar.close();
        assertTrue(lastDrawn().endsWith("family-medicine 5/20 rep."), lastDrawn());
    }

    @Test
    void aLaterStepIsNamedAndCountsAfresh() {
        Progress bar = ProgressDisplay.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), 120)
                .start("batch", 1, "scenarios");
        BatchProgress listener = new BatchProgress(bar, new PrintWriter(console), 20, 15);
        listener.started(0, 1, BatchInput.builtIn("urgent-care", "urgent-care"));
        listener.stepStarted(new BaselineStep());
        listener.replications(20);
        listener.stepStarted(new BatchStep() {
            @Override
            public String name() {
                return "optimize";
            }

            @Override
            public String fingerprint() {
                return "";
            }

            @Override
            public void run(ScenarioWork work) {
            }
        });
        listener.replications(2);
        bar.close();
        assertTrue(lastDrawn().endsWith("urgent-care optimize 2 rep."), lastDrawn());
    }

    @Test
    void anOptimizedRosterSaysItsVerdictAndWhatCannotBeStaffed() {
        BatchProgress listener = new BatchProgress(Progress.NONE, new PrintWriter(console), 20, 15);
        ScenarioOutcome gaps = new ScenarioOutcome("urgent-care", "urgent-care (built-in)", "Urgent care",
                "urgent-care", BatchStatus.OK, "", 3, "USD", "2026-12-01T04:00:00Z", 4.12, Map.of(), Map.of(), false,
                new OptimizedRoster(false, 14, 1770, false, "a trade-off: one better, the other worse", false));
        ScenarioOutcome full = new ScenarioOutcome("cardiology", "cardiology (built-in)", "Cardiology",
                "cardiology", BatchStatus.OK, "", 3, "USD", "2026-12-01T04:00:00Z", 2.0, Map.of(), Map.of(), true,
                new OptimizedRoster(true, 0, 0, false, "less waiting at lower cost", true));
        ScenarioOutcome one = new ScenarioOutcome("lab", "lab.yaml", "Lab", "lab", BatchStatus.OK, "", 3, "USD",
                "2026-12-01T04:00:00Z", 2.0, Map.of(), Map.of(), false,
                new OptimizedRoster(false, 1, 30, true, "no clear improvement", false));
        listener.finished(0, 3, gaps);
        listener.finished(1, 3, full);
        listener.finished(2, 3, one);
        String n = System.lineSeparator();
        assertEquals("  ok         urgent-care      3 replications, 4.1 s; optimized: a trade-off: one better, the other"
                + " worse; 14 stretches cannot be staffed" + n
                + "  reused     cardiology       finished earlier (2026-12-01T04:00:00Z); optimized: less waiting at"
                + " lower cost" + n
                + "  ok         lab              3 replications, 2.0 s; optimized: no clear improvement; 1 stretch"
                + " cannot be staffed, breaks hard rules" + n, console.toString());
        assertEquals("14 stretches short (1,770 MA-minutes)", gaps.optimized().staffing());
        assertEquals("full", full.optimized().staffing());
        assertEquals("1 stretch short (30 MA-minutes); breaks hard rules", one.optimized().staffing());
    }

    @Test
    void eachFinishedScenarioGetsALine() {
        BatchProgress listener = new BatchProgress(Progress.NONE, new PrintWriter(console), 20, 15);
        listener.finished(0, 3, outcome("family-medicine", BatchStatus.OK, "", false));
        listener.finished(1, 3, outcome("pediatrics", BatchStatus.OK, "", true));
        listener.finished(2, 3, outcome("broken", BatchStatus.BAD_INPUT, "broken.yaml:3:1: not valid YAML\nmore",
                false));
        String n = System.lineSeparator();
        assertEquals("  ok         family-medicine  20 replications, 1.2 s" + n
                + "  reused     pediatrics       finished earlier (2026-12-01T04:00:00Z)" + n
                + "  bad input  broken" + n
                + "      broken.yaml:3:1: not valid YAML" + n
                + "      more" + n, console.toString());
    }
}
