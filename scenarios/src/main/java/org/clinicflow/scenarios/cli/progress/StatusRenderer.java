package org.clinicflow.scenarios.cli.progress;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBarRenderer;
import me.tongfei.progressbar.ProgressState;

/** Draws a status line: "label  0:01:05  text" (the label, the time since the start, the latest text). */
final class StatusRenderer implements ProgressBarRenderer {
    @Override
    public String render(ProgressState state, int maxLength) {
        String extra = state.getExtraMessage();
        String text = state.getTaskName() + "  " + clock(state.getTotalElapsed())
                + (extra == null || extra.isEmpty() ? "" : "  " + extra);
        return text.length() > maxLength ? text.substring(0, Math.max(0, maxLength)) : text;
    }

    /** Hours, minutes and seconds: 0:01:05. */
    static String clock(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
