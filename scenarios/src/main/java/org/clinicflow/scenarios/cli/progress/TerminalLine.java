package org.clinicflow.scenarios.cli.progress;

import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;

/**
 * The one line of standard error that a bar or a status occupies: redrawn in place, cleared when the work is done, and
 * moved out of the way while a line is printed above it. Standard output and standard error reach the same terminal,
 * so each write is flushed before the other stream is used.
 */
final class TerminalLine extends ConsoleProgressBarConsumer {
    /** ANSI "erase to end of line": a shorter redraw leaves nothing of the longer one behind. */
    private static final String ERASE = "\033[K";

    private final PrintStream err;
    private int width;
    /** What the line shows now; null while it is blank. */
    private String shown;
    private boolean closed;

    /** A line on {@code err}, {@code width} characters wide (0: the terminal's width, asked once). */
    TerminalLine(PrintStream err, int width) {
        super(err, width > 0 ? width : -1);
        this.err = err;
        this.width = width;
    }

    @Override
    public synchronized int getMaxRenderedLength() {
        if (width <= 0) {
            // The terminal is asked once per line: asking runs stty, and a bar redraws several times a second.
            width = Math.max(20, super.getMaxRenderedLength());
        }
        return width;
    }

    @Override
    public synchronized void accept(String rendered) {
        if (closed) {
            return;
        }
        int max = getMaxRenderedLength();
        shown = rendered.length() > max ? rendered.substring(0, max) : rendered;
        err.print("\r" + shown + ERASE);
        err.flush();
    }

    @Override
    public synchronized void clear() {
        if (shown != null) {
            err.print("\r" + ERASE);
            err.flush();
            shown = null;
        }
    }

    @Override
    public synchronized void close() {
        if (!closed && shown != null) {
            err.println();
        }
        closed = true;
        err.flush();
    }

    /** Clears the line, prints {@code line} on {@code out}, and draws the line again below it. */
    synchronized void printAbove(PrintWriter out, String line) {
        if (shown != null) {
            err.print("\r" + ERASE);
            err.flush();
        }
        out.println(line);
        out.flush();
        if (shown != null && !closed) {
            err.print(shown + ERASE);
            err.flush();
        }
    }
}
