package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the shell completion script for bash and zsh, generated from the commands and options themselves. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a completion script for bash and zsh.",
                "Completes commands, options and option values (enums, files) after 'clinicflow'. Load it in the"
                        + " current shell, or save it where the shell loads completions at start."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(clinicflow completion)       (bash or zsh: completion in this shell)",
                "  clinicflow completion > ~/.local/share/bash-completion/completions/clinicflow",
                "      (bash: every new shell; needs the bash-completion package)",
                "  clinicflow completion > ~/.clinicflow-completion",
                "      (zsh: every new shell, with 'source ~/.clinicflow-completion' in ~/.zshrc;",
                "      the script turns on zsh's bash completion itself)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return ClinicFlowCli.OK;
    }
}
