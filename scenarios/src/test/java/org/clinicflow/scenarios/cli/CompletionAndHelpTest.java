package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
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

    /**
     * picocli prints each description element as its own line: one that stops mid-sentence leaves a ragged break in
     * the help, and one with a bare '%' is printed raw with a warning.
     */
    @Test
    void everyHelpLineIsAWholeSentenceAndFormats() {
        CommandLine cli = ClinicFlowCli.commandLine(ProgressDisplay.QUIET);
        List<CommandLine> all = new ArrayList<>(cli.getSubcommands().values());
        all.add(cli);
        for (CommandLine c : all) {
            CommandSpec spec = c.getCommandSpec();
            assertEquals("", picocliWarnings(c), spec.qualifiedName());
            List<String[]> texts = new ArrayList<>();
            texts.add(spec.usageMessage().description());
            spec.options().forEach(o -> texts.add(o.description()));
            spec.positionalParameters().forEach(p -> texts.add(p.description()));
            for (String[] lines : texts) {
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    String where = spec.qualifiedName() + ": '" + line + "'";
                    boolean last = i == lines.length - 1;
                    assertTrue(last || line.isBlank() || line.strip().matches(".*[.:!?)'\"]$"),
                            where + " ends mid-sentence");
                }
            }
        }
    }

    /**
     * picocli wraps a footer line longer than the help's 80 columns wherever the width runs out, so a wrapped example
     * breaks in the middle of an argument and no longer pastes into a shell: every footer line must fit, a long command
     * continued with ' \\' and an indented next line.
     */
    @Test
    void everyFooterLineFitsIn80ColumnsSoNoExampleIsWrapped() {
        CommandLine cli = ClinicFlowCli.commandLine(ProgressDisplay.QUIET);
        List<CommandLine> all = new ArrayList<>(cli.getSubcommands().values());
        all.add(cli);
        for (CommandLine c : all) {
            String name = c.getCommandSpec().qualifiedName();
            List<String> rendered = c.getHelp().footer().lines().toList();
            for (String element : c.getCommandSpec().usageMessage().footer()) {
                for (String line : String.format(element).split("\\R")) {
                    assertTrue(line.length() <= 80, name + ": footer line of " + line.length() + " characters: '"
                            + line + "'");
                    assertTrue(rendered.contains(line), name + ": picocli wrapped '" + line + "' into:\n"
                            + String.join("\n", rendered));
                }
            }
        }
    }

    /** What picocli writes to standard error (its own tracer, e.g. a format warning) while rendering the help. */
    private static String picocliWarnings(CommandLine c) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            c.getUsageMessage();
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
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
