package org.clinicflow.scenarios.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioSummary;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;

/**
 * Runs a batch: each scenario in turn (its replications on all threads), skipping those an earlier run finished with
 * the same scenario text and settings, then the summary CSV and the index page over all of them. A scenario that fails
 * is recorded with its message and the batch goes on. Every file is written whole or not at all, and a scenario's
 * completion marker last, so an interrupted batch reruns only what did not finish.
 */
public final class BatchRun {
    /** The summary's file name in the batch folder. */
    public static final String SUMMARY = "summary.csv";
    /** The index page's file name in the batch folder. */
    public static final String INDEX = "index.html";

    private BatchRun() {
    }

    /** Runs {@code inputs} with {@code settings} into folder {@code out}. */
    public static BatchResult run(List<BatchInput> inputs, BatchSettings settings, Path out, BatchListener listener) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one scenario");
        }
        LeftoverFiles.removeAbandoned(out);
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            listener.started(i, inputs.size(), inputs.get(i));
            ScenarioOutcome outcome = scenario(inputs.get(i), settings, out, listener);
            outcomes.add(outcome);
            listener.finished(i, inputs.size(), outcome);
        }
        Path summary = out.resolve(SUMMARY);
        Path index = out.resolve(INDEX);
        BatchSummaryCsv.write(summary, outcomes);
        BatchIndex.write(index, outcomes, settings);
        return new BatchResult(outcomes, summary, index);
    }

    private static ScenarioOutcome scenario(BatchInput input, BatchSettings settings, Path out,
                                            BatchListener listener) {
        long start = System.nanoTime();
        Path dir = out.resolve(input.name());
        String text;
        try {
            text = input.text();
        } catch (InvalidInputException e) {
            return ended(input, null, BatchStatus.BAD_INPUT, e.getMessage(), start);
        }
        String fingerprint = Fingerprint.of(text, settings);
        Optional<ScenarioOutcome> earlier = CompletionMarker.read(dir, fingerprint, out);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Clinic clinic = null;
        try {
            CompletionMarker.delete(dir);
            clinic = ScenarioLoader.read(text, input.source(), settings.overrides());
            Files.createDirectories(dir);
            ScenarioWork work = new ScenarioWork(input, clinic, dir, settings, listener::replications);
            for (BatchStep step : settings.steps()) {
                listener.stepStarted(step);
                step.run(work);
            }
            int replications = work.baseline().map(r -> r.plan().replications())
                    .orElse(settings.plan().replications());
            ScenarioOutcome done = new ScenarioOutcome(input.name(), input.source(), clinic.name(),
                    ScenarioSummary.practiceType(clinic), BatchStatus.OK, "", replications, clinic.currency(), now(),
                    seconds(start), work.figures(), relative(work.files(), out), false,
                    work.optimized().orElse(null));
            CompletionMarker.write(dir, fingerprint, done);
            return done;
        } catch (InvalidInputException | ModelInputException e) {
            return ended(input, clinic, BatchStatus.BAD_INPUT, e.getMessage(), start);
        } catch (IOException e) {
            return ended(input, clinic, BatchStatus.FAILED, "cannot write " + dir + ": " + e.getMessage(), start);
        } catch (UncheckedIOException e) {
            return ended(input, clinic, BatchStatus.FAILED, e.getMessage(), start);
        } catch (RuntimeException e) {
            // One scenario's failure must not stop the others; the message says what went wrong.
            return ended(input, clinic, BatchStatus.FAILED, "the run failed: " + e, start);
        }
    }

    private static ScenarioOutcome ended(BatchInput input, Clinic clinic, BatchStatus status, String message,
                                         long start) {
        boolean read = clinic != null;
        return new ScenarioOutcome(input.name(), input.source(), read ? clinic.name() : "",
                read ? ScenarioSummary.practiceType(clinic) : "", status, message, 0, read ? clinic.currency() : "",
                now(), seconds(start), Map.of(), Map.of(), false, null);
    }

    /** Files relative to the batch folder, with forward slashes (for links and for other machines). */
    private static Map<String, String> relative(Map<String, Path> files, Path out) {
        Map<String, String> m = new LinkedHashMap<>();
        Path base = out.toAbsolutePath().normalize();
        files.forEach((label, f) -> m.put(label,
                base.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/')));
        return m;
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e7) / 100.0;
    }
}
