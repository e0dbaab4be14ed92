package org.clinicflow.scenarios.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Progress bars and status lines: what they draw, where, and that they leave the screen as they found it. */
class ProgressDisplayTest {
    private static final String ERASE = "\033[K";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final ProgressDisplay display = ProgressDisplay.to(err, 100);

    private String err() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The last thing drawn before the line was cleared. */
    private String lastDrawn() {
        String all = err();
        String[] draws = all.split("\r");
        for (int i = draws.length - 1; i >= 0; i--) {
            String d = draws[i].replace(ERASE, "");
            if (!d.isBlank()) {
                return d;
            }
        }
        return "";
    }

    @Test
    void aBarCountsTheWorkAndIsClearedWhenDone() {
        try (Progress bar = display.start("family-medicine", 20, "replications")) {
            for (int i = 1; i <= 5; i++) {
                bar.stepTo(i);
            }
            bar.step();
            bar.step();
            bar.update("now: pediatrics");
        }
        String drawn = lastDrawn();
        assertTrue(drawn.startsWith("family-medicine"), drawn);
        assertTrue(drawn.contains("35%") && drawn.contains("7/20 replications"), drawn);
        assertTrue(drawn.contains("now: pediatrics"), drawn);
        assertTrue(err().endsWith("\r" + ERASE), "the bar is erased at the end: " + err());
        assertFalse(err().contains("\n"), "no line is left behind");
    }

    @Test
    void countsArrivingOutOfOrderNeverMoveTheBarBack() throws Exception {
        try (Progress bar = display.start("sweep", 400, "replications")) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 1; i <= 400; i++) {
                int done = i;
                pool.execute(() -> bar.stepTo(done));
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            bar.stepTo(3);
        }
        assertTrue(lastDrawn().contains("400/400 replications"), lastDrawn());
    }

    @Test
    void anUnknownTotalCountsUntilOneIsGiven() {
        try (Progress bar = display.start("simulate", 0, "replications")) {
            bar.stepTo(10);
            assertTrue(drawnSoon("10/? replications"), lastDrawn());
            bar.maxHint(25);
            bar.stepTo(15);
        }
        assertTrue(lastDrawn().contains("60%") && lastDrawn().contains("15/25"), lastDrawn());
    }

    /** Waits (up to 5 s) for the display thread to draw a line holding {@code part}. */
    private boolean drawnSoon(String part) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!lastDrawn().contains(part) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return lastDrawn().contains(part);
    }

    @Test
    void aStatusLineShowsTheLabelTheClockAndTheLatestText() {
        try (ProgressStatus status = display.status("optimize")) {
            status.update("best score -3hard/-900soft");
            status.update("best score 0hard/-41200soft");
        }
        String drawn = lastDrawn();
        assertTrue(drawn.matches("optimize {2}0:00:0\\d {2}best score 0hard/-41200soft\\s*"), drawn);
        assertTrue(err().endsWith("\r" + ERASE));
    }

    @Test
    void aLinePrintedAboveTheBarGoesToStandardOutputAndTheBarComesBack() {
        StringWriter out = new StringWriter();
        try (Progress bar = display.start("batch", 3, "scenarios")) {
            bar.stepTo(1);
            assertTrue(drawnSoon("1/3 scenarios"), lastDrawn());
            int before = err().length();
            bar.printAbove(new PrintWriter(out), "ok  family-medicine");
            String after = err().substring(before);
            // Cleared ("\r" + erase), then drawn again at once; a redraw of the display thread starts "\rbatch".
            assertTrue(after.contains("\r" + ERASE + "batch"), "cleared, then drawn again: " + after);
        }
        assertEquals("ok  family-medicine" + System.lineSeparator(), out.toString());
    }

    @Test
    void aLongMessageIsCutToTheWidth() {
        ProgressDisplay narrow = ProgressDisplay.to(err, 40);
        try (ProgressStatus status = narrow.status("optimize")) {
            status.update("x".repeat(200));
        }
        assertEquals(40, lastDrawn().length(), lastDrawn());
    }

    @Test
    void quietShowsNothingButStillPrintsLinesOnStandardOutput() {
        assertFalse(ProgressDisplay.QUIET.shown());
        assertSame(Progress.NONE, ProgressDisplay.QUIET.start("x", 10, "replications"));
        assertSame(ProgressStatus.NONE, ProgressDisplay.QUIET.status("x"));
        assertSame(ProgressDisplay.QUIET, ProgressDisplay.forTerminal(false), "--no-progress");
        StringWriter out = new StringWriter();
        Progress.NONE.printAbove(new PrintWriter(out), "line");
        ProgressStatus.NONE.printAbove(new PrintWriter(out), "status");
        assertEquals("line" + System.lineSeparator() + "status" + System.lineSeparator(), out.toString());
    }
}
