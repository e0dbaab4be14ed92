package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shell completion for every command, and help with examples on every command. */
class CompletionAndHelpTest {
    /** Every command but picocli's own {@code help}. */
    private static List<String> commands() {
        return ClinicFlowCli.commandLine(ProgressDisplay.QUIET).getSubcommands().keySet().stream()
                .filter(name -> !name.equals("help")).toList();
    }

    @Test
    void theCommandsAreAllThere() {
        assertTrue(commands().containsAll(List.of("demo", "scenarios", "validate", "simulate", "compare", "sweep",
                "report", "batch", "queue", "bench", "completion")), commands().toString());
    }

    @Test
    void theCompletionScriptKnowsEveryCommand() {
        CliRun run = CliRun.of("completion");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), "a bash script");
        assertTrue(run.out().contains("complete -F _complete_clinicflow"), "registered for clinicflow");
        assertTrue(run.out().contains("bashcompinit"), "works in zsh too");
        for (String command : commands()) {
            assertTrue(run.out().contains("function _picocli_clinicflow_" + command + "()"), command);
        }
    }

    @Test
    void bashCompletesCommandsAndOptions(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("clinicflow-completion.bash");
        Files.writeString(script, CliRun.of("completion").out());
        assertEquals("batch bench", complete(script, "clinicflow", "b"));
        assertEquals("--replications", complete(script, "clinicflow", "batch", "--rep"));
        assertEquals("--vary", complete(script, "clinicflow", "sweep", "--va"));
    }

    /** What bash offers for the last word, as the shell would ask the script on TAB. */
    private static String complete(Path script, String... words) throws Exception {
        String array = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + array + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + array + "'; COMP_POINT=${#COMP_LINE};"
                + " _complete_clinicflow 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void everyCommandsHelpHasExamples() {
        for (String command : commands()) {
            CliRun help = CliRun.of(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Examples:"), command + " --help shows examples:\n" + help.out());
            assertTrue(help.out().contains("  clinicflow " + command), command + " examples use the command");
        }
    }

    @Test
    void theMainHelpListsEveryCommandAndTheExitCodes() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (String command : commands()) {
            assertTrue(help.out().contains("  " + command + " "), command);
        }
        assertTrue(help.out().contains("Exit codes:") && help.out().contains("--no-progress"), help.out());
    }
}
