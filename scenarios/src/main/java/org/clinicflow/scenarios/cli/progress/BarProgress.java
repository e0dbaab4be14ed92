package org.clinicflow.scenarios.cli.progress;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;

/** A {@link Progress} drawn as a bar by the progressbar library on a {@link TerminalLine}. */
final class BarProgress implements Progress {
    private final ProgressBar bar;
    private final TerminalLine line;
    private long done;

    BarProgress(ProgressBar bar, TerminalLine line) {
        this.bar = bar;
        this.line = line;
    }

    @Override
    public synchronized void step() {
        stepTo(done + 1);
    }

    @Override
    public synchronized void stepTo(long n) {
        if (n > done) {
            done = n;
            bar.stepTo(n);
        }
    }

    @Override
    public void maxHint(long total) {
        bar.maxHint(total);
    }

    @Override
    public void message(String text) {
        bar.setExtraMessage(text == null ? "" : text);
    }

    @Override
    public void printAbove(PrintWriter out, String text) {
        line.printAbove(out, text);
    }

    @Override
    public void close() {
        bar.close();
        // The library skips its final clear when the bar closes before its first redraw: make sure of it here.
        line.clear();
        line.close();
    }
}
