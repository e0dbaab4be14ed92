package org.clinicflow.scenarios.cli.progress;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;

/**
 * A {@link Progress} or {@link ProgressStatus} drawn by the progressbar library (which redraws on its own thread, so the
 * clock keeps ticking) on a {@link TerminalLine}: a bar, or a status line with {@link StatusRenderer}.
 */
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
    public void update(String text) {
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
