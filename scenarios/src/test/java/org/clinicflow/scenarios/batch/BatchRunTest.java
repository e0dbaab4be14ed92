package org.clinicflow.scenarios.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's steps, its completion markers and fingerprints, and what a failure or a crash leaves behind. */
class BatchRunTest {
    private static final ExperimentPlan TINY = new ExperimentPlan(2, 0, 2, 2026, 0);
    private static final List<BatchInput> QUEUE = List.of(BatchInput.builtIn("plain-queue-mmc", "plain-queue-mmc"));

    private static BatchSettings settings(ExperimentPlan plan, List<ScenarioOverride> overrides,
                                          BatchStep... steps) {
        return new BatchSettings(plan, Optional.empty(), overrides, List.of(steps), "test");
    }

    /** A later step, as optimizing would be: fails once (a crash half-way through a scenario), then works. */
    private static final class FailsOnce implements BatchStep {
        private boolean failed;

        @Override
        public String name() {
            return "fails-once";
        }

        @Override
        public String fingerprint() {
            return "1";
        }

        @Override
        public void run(ScenarioWork work) {
            assertTrue(work.baseline().isPresent(), "runs after the baseline, and sees its results");
            if (!failed) {
                failed = true;
                throw new IllegalStateException("solver crashed");
            }
            work.figure("later.waitingRoomMinutes", Kpi.WAITING_ROOM_MINUTES,
                    work.baseline().get().estimate(Kpi.WAITING_ROOM_MINUTES));
            work.file("later", work.dir().resolve("kpis.json"));
        }
    }

    @Test
    void aFailedStepLeavesNoMarkerSoTheNextRunDoesTheScenarioAgain(@TempDir Path out) throws Exception {
        BatchSettings settings = settings(TINY, List.of(), new BaselineStep(), new FailsOnce());
        ScenarioOutcome failed = BatchRun.run(QUEUE, settings, out, BatchListener.NONE).outcomes().get(0);
        assertEquals(BatchStatus.FAILED, failed.status());
        assertTrue(failed.message().contains("solver crashed"), failed.message());
        assertFalse(Files.exists(out.resolve("plain-queue-mmc/" + CompletionMarker.FILE)));
        assertTrue(Files.isRegularFile(out.resolve("plain-queue-mmc/kpis.json")), "earlier steps' files stay whole");
        try (Stream<Path> files = Files.walk(out)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }

        ScenarioOutcome again = BatchRun.run(QUEUE, settings, out, BatchListener.NONE).outcomes().get(0);
        assertEquals(BatchStatus.OK, again.status());
        assertFalse(again.reused());
        assertEquals(List.of("waitingRoomMinutes", "later.waitingRoomMinutes"),
                again.figures().keySet().stream().filter(k -> k.contains("waitingRoom")).toList(),
                "a later step adds its own columns");
        assertEquals("plain-queue-mmc/kpis.json", again.files().get("later"));

        ScenarioOutcome third = BatchRun.run(QUEUE, settings, out, BatchListener.NONE).outcomes().get(0);
        assertTrue(third.reused());
        assertEquals(again.figures(), third.figures(), "the marker keeps the figures for the summary");
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("later.waitingRoomMinutes_mean"));
    }

    @Test
    void aMarkerWithAMissingFileIsNotTrusted(@TempDir Path out) throws Exception {
        BatchSettings settings = settings(TINY, List.of(), new BaselineStep());
        BatchRun.run(QUEUE, settings, out, BatchListener.NONE);
        Files.delete(out.resolve("plain-queue-mmc/replications.csv"));
        ScenarioOutcome again = BatchRun.run(QUEUE, settings, out, BatchListener.NONE).outcomes().get(0);
        assertFalse(again.reused());
        assertTrue(Files.isRegularFile(out.resolve("plain-queue-mmc/replications.csv")));
    }

    @Test
    void theFingerprintFollowsTheScenarioAndWhatChangesResultsButNotTheThreads() {
        String text = ScenarioLibrary.text("plain-queue-mmc").orElseThrow();
        BatchStep baseline = new BaselineStep();
        String base = Fingerprint.of(text, settings(TINY, List.of(), baseline));
        assertEquals(base, Fingerprint.of(text, settings(new ExperimentPlan(2, 0, 2, 2026, 3), List.of(), baseline)),
                "results do not depend on the threads");
        assertNotEquals(base, Fingerprint.of(text + " ", settings(TINY, List.of(), baseline)));
        assertNotEquals(base, Fingerprint.of(text, settings(TINY.withReplications(3), List.of(), baseline)));
        assertNotEquals(base, Fingerprint.of(text, settings(new ExperimentPlan(3, 0, 2, 2026, 0), List.of(),
                baseline)));
        assertNotEquals(base, Fingerprint.of(text, settings(new ExperimentPlan(2, 1, 2, 2026, 0), List.of(),
                baseline)));
        assertNotEquals(base, Fingerprint.of(text, settings(new ExperimentPlan(2, 0, 2, 7, 0), List.of(),
                baseline)));
        assertNotEquals(base, Fingerprint.of(text, settings(TINY, List.of(ScenarioOverride.parseSet("x.y=1")),
                baseline)));
        assertNotEquals(base, Fingerprint.of(text, settings(TINY, List.of(), baseline, new FailsOnce())));
        assertNotEquals(base, Fingerprint.of(text, new BatchSettings(TINY, Optional.empty(), List.of(),
                List.of(baseline), "another version")));
    }

    @Test
    void temporaryFilesOfAProcessThatIsGoneAreRemoved(@TempDir Path out) throws Exception {
        long self = ProcessHandle.current().pid();
        Path dir = Files.createDirectories(out.resolve("clinic/charts"));
        Path abandoned = Files.writeString(dir.resolve(".coverage.png.999999999.1.-42.tmp"), "half");
        Path own = Files.writeString(dir.resolve(".coverage.svg." + self + ".1.42.tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        Path kept = Files.writeString(dir.resolve("coverage.png"), "whole");
        assertEquals(1, LeftoverFiles.removeAbandoned(out));
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(own) && Files.exists(other) && Files.exists(kept));
    }
}
