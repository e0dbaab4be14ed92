package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The solver's limits as a manager writes them, and the help of cover. */
class SolverOptionsTest {
    private final SolverOptions.DurationText durations = new SolverOptions.DurationText();

    @Test
    void durationsReadAsWritten() {
        assertEquals(Duration.ofSeconds(30), durations.convert("30s"));
        assertEquals(Duration.ofSeconds(90), durations.convert("1m30s"));
        assertEquals(Duration.ofMinutes(2), durations.convert("2m"));
        assertEquals(Duration.ofHours(1), durations.convert("1h"));
        assertEquals(Duration.ofMillis(500), durations.convert("500ms"));
        assertEquals(Duration.ofSeconds(45), durations.convert("45"));
        assertEquals(Duration.ofSeconds(30), durations.convert("PT30S"));
        for (String bad : new String[] {"", "s", "30 s", "3x", "1m30", "PT"}) {
            assertThrows(CommandLine.TypeConversionException.class, () -> durations.convert(bad), bad);
        }
    }

    @Test
    void coverHelpShowsExamples() {
        CliRun run = CliRun.of("cover", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run.out());
        assertTrue(run.out().contains("--resolve"), run.out());
        assertTrue(run.out().contains("clinicflow cover family-medicine --roster out/fm/roster.csv --ma ana"),
                run.out());
    }
}
