package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting-time histograms and their chart. */
class WaitDistributionChartTest {
    /** 100 waits: 50 under 1 minute, 30 in [5, 6), 19 in [20, 21), 1 beyond 480 minutes. */
    private static WaitHistogram sample(String label) {
        long[] counts = new long[480];
        counts[0] = 50;
        counts[5] = 30;
        counts[20] = 19;
        return new WaitHistogram(label, 1, counts, 1, 50 * 0.5 + 30 * 5.5 + 19 * 20.5 + 600);
    }

    @Test
    void histogramReadsLikeTheDistribution() {
        WaitHistogram h = sample("x");
        assertEquals(100, h.total());
        assertEquals((25 + 165 + 389.5 + 600) / 100, h.mean(), 1e-12);
        assertEquals(0.5, h.fractionBelow(0), 1e-12);
        assertEquals(0.8, h.fractionBelow(5), 1e-12);
        assertEquals(1, h.edgeBelow(0.5), "half waited less than 1 minute");
        assertEquals(6, h.edgeBelow(0.8));
        assertEquals(21, h.edgeBelow(0.99));
        assertEquals(Double.POSITIVE_INFINITY, h.edgeBelow(1.0), "the last wait is beyond the bins");
        WaitHistogram five = h.coarser(5);
        assertEquals(96, five.counts().length);
        assertEquals(50, five.counts()[0]);
        assertEquals(30, five.counts()[1]);
        assertEquals(h.total(), five.total(), "merging bins keeps every wait");
        assertTrue(Double.isNaN(new WaitHistogram("empty", 1, new long[3], 0, 0).mean()));
    }

    @Test
    void oneHistogramGetsBarsACumulativeLineAndMarkers(@TempDir Path dir) throws Exception {
        JFreeChart chart = WaitDistributionChart.create(List.of(sample("Baseline")), "test");
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(WaitDistributionChart.TITLE, chart.getTitle().getText());
        assertEquals(WaitDistributionChart.WAIT_AXIS, plot.getDomainAxis().getLabel());
        assertEquals(WaitDistributionChart.CUMULATIVE_AXIS, plot.getRangeAxis(1).getLabel());
        XYDataset bars = plot.getDataset(0);
        XYDataset cumulative = plot.getDataset(1);
        assertEquals(1, bars.getSeriesCount());
        double shares = 0;
        for (int i = 0; i < bars.getItemCount(0); i++) {
            shares += bars.getYValue(0, i);
        }
        assertEquals(99, shares, 1e-9, "the bars shown hold 99% of patients: one waited past the last bin");
        int last = cumulative.getItemCount(0) - 1;
        assertEquals(99, cumulative.getYValue(0, last), 1e-9);
        assertEquals(2, plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).size(), "mean and 90th");
        ValueMarker mean = (ValueMarker) plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator()
                .next();
        assertEquals(sample("x").mean(), mean.getValue(), 1e-9);

        RenderedChart r = ChartFiles.write(chart, dir, "waits", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), WaitDistributionChart.TITLE);
    }

    @Test
    void severalHistogramsOverlayWithoutMarkers() {
        JFreeChart chart = WaitDistributionChart.create(List.of(sample("Baseline"), sample("Optimized")), null);
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(2, plot.getDataset(0).getSeriesCount());
        assertEquals(2, plot.getDataset(1).getSeriesCount());
        assertTrue(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty());
        assertTrue(ChartAssertions.legend(chart).stream().anyMatch(l -> l.startsWith("Optimized")));
    }

    @Test
    void refusesEmptyOrMismatchedHistograms() {
        assertThrows(IllegalArgumentException.class, () -> WaitDistributionChart.create(
                List.of(new WaitHistogram("e", 1, new long[10], 0, 0)), null));
        assertThrows(IllegalArgumentException.class, () -> WaitDistributionChart.create(
                List.of(sample("a"), new WaitHistogram("b", 2, new long[480], 0, 0)), null));
        assertThrows(IllegalArgumentException.class, () -> new WaitHistogram("n", 0, new long[1], 0, 0));
    }
}
