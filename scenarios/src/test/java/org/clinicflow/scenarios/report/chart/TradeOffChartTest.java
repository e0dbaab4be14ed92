package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost against waiting for rosters from several solver weights, with the frontier. */
class TradeOffChartTest {
    private static final List<TradeOffPoint> POINTS = List.of(
            new TradeOffPoint("cost only", 29000, 200, 18, 1.5),
            new TradeOffPoint("baseline", 32000, 400, 12, Double.NaN), // beaten by "balanced": dominated
            new TradeOffPoint("balanced", 31000, 300, 9, 0.8),
            new TradeOffPoint("wait first", 36000, 350, 3.5, 0.4));

    @Test
    void theFrontierLeavesOutRostersBeatenOnBoth() {
        List<String> frontier = TradeOffChart.frontier(POINTS).stream().map(TradeOffPoint::label).toList();
        assertEquals(List.of("cost only", "balanced", "wait first"), frontier, "by increasing cost");
        assertTrue(POINTS.get(2).dominates(POINTS.get(1)));
        assertFalse(POINTS.get(0).dominates(POINTS.get(3)));
    }

    @Test
    void pointsCarryLabelsAndErrorBars(@TempDir Path dir) throws Exception {
        JFreeChart chart = TradeOffChart.create(POINTS, "Labor cost over the run (USD)", "test");
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(TradeOffChart.TITLE, chart.getTitle().getText());
        assertEquals("Labor cost over the run (USD)", plot.getDomainAxis().getLabel());
        assertEquals(TradeOffChart.WAIT_AXIS, plot.getRangeAxis().getLabel());
        IntervalXYDataset points = (IntervalXYDataset) plot.getDataset(0);
        assertEquals(4, points.getItemCount(0));
        assertEquals(30700, points.getStartXValue(0, 2), 1e-9, "cost interval of 'balanced'");
        assertEquals(12, points.getEndYValue(0, 1), 1e-9, "an unknown half-width draws no bar");
        assertEquals("balanced", plot.getRenderer(0).getDefaultItemLabelGenerator().generateLabel(points, 0, 2));
        XYDataset frontier = plot.getDataset(1);
        assertEquals(3, frontier.getItemCount(0));
        assertEquals(List.of(TradeOffChart.POINTS, TradeOffChart.FRONTIER), ChartAssertions.legend(chart));

        RenderedChart r = ChartFiles.write(chart, dir, "tradeoff", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "wait first");
    }
}
