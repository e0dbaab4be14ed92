package org.clinicflow.scenarios.cli.progress;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/**
 * A {@link ProgressStatus} drawn by the progressbar library (which keeps the clock ticking and redraws on its own
 * thread) with a renderer of its own: the label, the time since the start, and the latest text.
 */
final class StatusLine implements ProgressStatus {
    private final ProgressBar bar;
    private final TerminalLine line;

    StatusLine(ProgressBar bar, TerminalLine line) {
        this.bar = bar;
        this.line = line;
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
        // As in BarProgress: the library skips its final clear when closed before its first redraw.
        line.clear();
        line.close();
    }

    /** "label  0:01:05  text", cut to the line's width. */
    static final class Renderer implements ProgressBarRenderer {
        @Override
        public String render(ProgressState state, int maxLength) {
            String extra = state.getExtraMessage();
            String text = state.getTaskName() + "  " + clock(state.getTotalElapsed())
                    + (extra == null || extra.isEmpty() ? "" : "  " + extra);
            return text.length() > maxLength ? text.substring(0, Math.max(0, maxLength)) : text;
        }
    }

    /** Hours, minutes and seconds: 0:01:05. */
    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
