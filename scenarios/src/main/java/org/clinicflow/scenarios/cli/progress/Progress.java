package org.clinicflow.scenarios.cli.progress;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * The progress of a long run shown to a person: a bar on the terminal's standard error, or nothing at all when no
 * one is watching (output redirected, tests, {@code --no-progress}). Thread-safe: replications report from any thread.
 * Start one with {@link ProgressDisplay#start}; close it when the work is done (the bar is then cleared). A bar is
 * also a {@link ProgressStatus}, whose text it shows after the bar.
 */
public interface Progress extends ProgressStatus {
    /** Nothing shown. */
    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void stepTo(long done) {
        }

        @Override
        public void maxHint(long total) {
        }

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

    /** One more unit of work done. */
    void step();

    /**
     * Work done so far. Counts reported from several threads may arrive out of order, so a count below one already
     * seen is ignored: the bar never runs backwards.
     */
    void stepTo(long done);

    /** A new total, when the amount of work grows (replications added until a precision is reached). */
    void maxHint(long total);

    /** Text after the bar: the scenario being run, the best score so far; null or empty for none. */
    @Override
    void update(String text);

    /** {@link #stepTo} as a callback for the experiments' {@code progress} parameter. */
    default IntConsumer counter() {
        return this::stepTo;
    }
}
