package org.clinicflow.scenarios.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch stopped half-way (SIGTERM, what Ctrl-C does to the JVM) leaves only whole files, and the next run finishes
 * what was left: a real process, stopped while it writes.
 */
class InterruptedBatchTest {
    private static final int DAYS = 3;
    private static final int REPLICATIONS = 2;
    /** The cheapest first, so the stop comes while the others run. */
    private static final List<String> SCENARIOS = List.of("builtin:plain-queue-mmc", "builtin:dermatology",
            "builtin:pediatrics");

    @Test
    void aStoppedBatchLeavesWholeFilesAndTheNextRunFinishesIt(@TempDir Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.clinicflow.scenarios.cli.ClinicFlowCli", "batch"));
        command.addAll(SCENARIOS);
        command.addAll(List.of("--out", out.toString(), "--days", String.valueOf(DAYS), "--replications",
                String.valueOf(REPLICATIONS), "--threads", "1"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile())
                .start();
        Path first = out.resolve("plain-queue-mmc").resolve(CompletionMarker.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(first) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the batch stops");
        assertNotEquals(0, p.exitValue(), "stopped before the end: the test needs a batch still running");

        try (Stream<Path> files = Files.walk(out)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertEquals(List.of(), all.stream().filter(f -> f.getFileName().toString().startsWith(".")).toList(),
                    "no temporary file left");
            ObjectMapper json = new ObjectMapper();
            for (Path f : all) {
                if (f.toString().endsWith(".json")) {
                    json.readTree(f.toFile()); // whole: parses
                }
            }
        }

        BatchSettings settings = new BatchSettings(new ExperimentPlan(DAYS, 0, REPLICATIONS, 2026, 0),
                Optional.empty(), List.of(), List.of(new BaselineStep()), versionOfTheJar());
        BatchResult rest = BatchRun.run(BatchInputs.resolve(SCENARIOS), settings, out, BatchListener.NONE);
        assertEquals(3, rest.count(BatchStatus.OK));
        assertTrue(rest.reused() >= 1 && rest.reused() < 3, "reused " + rest.reused() + " of 3");
        assertTrue(rest.outcomes().get(0).reused(), "the scenario that finished is not run again");
    }

    /** The version the command line puts in its fingerprints, as read from the same resource. */
    private static String versionOfTheJar() throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = InterruptedBatchTest.class.getResourceAsStream("/clinicflow-version.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }
}
