package org.clinicflow.scenarios.cli.progress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Where progress is shown: on the terminal's standard error, so standard output stays clean for scripts, or nowhere.
 * The command line decides once per run ({@link #forTerminal}): bars only when standard output and standard error
 * are both a terminal, never in tests or embedded runs ({@link #QUIET}).
 */
public final class ProgressDisplay {
    /** Shows nothing. */
    public static final ProgressDisplay QUIET = new ProgressDisplay(null, 0, false);

    /** Redraws per second are plenty for a person, and cost nothing next to a replication. */
    private static final int UPDATE_MILLIS = 250;

    private final PrintStream err;
    private final int width;
    private final boolean unicode;

    private ProgressDisplay(PrintStream err, int width, boolean unicode) {
        this.err = err;
        this.width = width;
        this.unicode = unicode;
    }

    /**
     * Bars on {@code System.err} when a person is watching: standard output and standard error are a terminal (not
     * redirected to a file or a pipe) and TERM is not "dumb"; else {@link #QUIET}. {@code wanted} false
     * ({@code --no-progress}) is always quiet.
     */
    public static ProgressDisplay forTerminal(boolean wanted) {
        if (!wanted || !isInteractive()) {
            return QUIET;
        }
        Charset charset = System.console().charset();
        return new ProgressDisplay(System.err, 0, charset.equals(StandardCharsets.UTF_8));
    }

    /** Bars on {@code err}, {@code width} characters wide, in ASCII (for tests and embedding). */
    public static ProgressDisplay to(PrintStream err, int width) {
        if (width < 20) {
            throw new IllegalArgumentException("a progress line needs at least 20 characters, got " + width);
        }
        return new ProgressDisplay(err, width, false);
    }

    /** True when something is drawn. */
    public boolean shown() {
        return err != null;
    }

    /**
     * A bar for {@code total} units of work ({@code unit}, e.g. "replications"); {@code total} 0 or less when it is
     * not known yet (the bar then counts without a percentage until {@link Progress#maxHint}).
     */
    public Progress start(String label, long total, String unit) {
        if (!shown()) {
            return Progress.NONE;
        }
        TerminalLine line = new TerminalLine(err, width);
        ProgressBarBuilder builder = common(label, line)
                .setStyle(unicode ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setInitialMax(total > 0 ? total : -1);
        if (unit != null && !unit.isEmpty()) {
            builder.setUnit(" " + unit, 1);
        }
        return new BarProgress(builder.build(), line);
    }

    /** A status line: {@code label}, the time since the start, and the text {@link ProgressStatus#update} gives. */
    public ProgressStatus status(String label) {
        if (!shown()) {
            return ProgressStatus.NONE;
        }
        TerminalLine line = new TerminalLine(err, width);
        return new BarProgress(common(label, line).setRenderer(new StatusRenderer()).build(), line);
    }

    private static ProgressBarBuilder common(String label, TerminalLine line) {
        return new ProgressBarBuilder().setTaskName(label).setConsumer(line).setUpdateIntervalMillis(UPDATE_MILLIS)
                .continuousUpdate().clearDisplayOnFinish();
    }

    /** Standard output and standard error are a terminal. */
    private static boolean isInteractive() {
        // Java 17: no console when standard input or output is redirected. Later Javas may give one anyway, hence
        // the checks of both output streams below (each runs "test -t FD", once per run).
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            TerminalProvider exec = TerminalProvider.load("exec");
            return exec.isSystemStream(SystemStream.Output) && exec.isSystemStream(SystemStream.Error);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
