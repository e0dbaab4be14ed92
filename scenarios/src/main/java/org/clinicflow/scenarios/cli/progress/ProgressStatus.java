package org.clinicflow.scenarios.cli.progress;

import java.io.PrintWriter;

/**
 * A status line for work without a known end, such as a solver improving a roster: a label, the time since the
 * start, and text the work updates as it goes ("best score -2hard/-41200soft"). Shown on the terminal's standard
 * error or not at all, like {@link Progress}; start one with {@link ProgressDisplay#status}.
 */
public interface ProgressStatus extends AutoCloseable {
    /** Nothing shown. */
    ProgressStatus NONE = new ProgressStatus() {
        @Override
        public void update(String text) {
        }

        @Override
        public void printAbove(PrintWriter out, String line) {
            out.println(line);
            out.flush();
        }

        @Override
        public void close() {
        }
    };

    /** Replaces the text after the elapsed time; safe from any thread (a solver's event thread, say). */
    void update(String text);

    /** Prints a line on {@code out} above the status line. */
    void printAbove(PrintWriter out, String line);

    /** Stops updating and clears the line. */
    @Override
    void close();
}
