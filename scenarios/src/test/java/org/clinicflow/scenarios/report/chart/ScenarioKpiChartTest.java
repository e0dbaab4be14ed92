package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPIs of several scenarios: a panel per KPI, a bar per scenario with its 95% interval as whiskers. */
class ScenarioKpiChartTest {
    private static final KpiBars WAIT = new KpiBars("Wait past appointment (min)", List.of(
            new ScenarioBar("family-medicine", -1.5, 0.2),
            new ScenarioBar("urgent-care", 14.0, 1.1),
            new ScenarioBar("pediatrics", 2.0, Double.NaN)));
    private static final KpiBars COST = new KpiBars("Labor cost (USD)", List.of(
            new ScenarioBar("family-medicine", 30315, 40),
            new ScenarioBar("pediatrics", 21000, 120)));

    @Test
    void everyScenarioIsARowSharedByThePanels(@TempDir Path dir) throws Exception {
        JFreeChart chart = ScenarioKpiChart.create(List.of(WAIT, COST), "2 replications x 5 days, seed 2026");
        assertEquals(ScenarioKpiChart.TITLE, chart.getTitle().getText());
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        SymbolAxis rows = (SymbolAxis) plot.getDomainAxis();
        assertEquals(List.of("family-medicine", "urgent-care", "pediatrics"), List.of(rows.getSymbols()),
                "in the order first given");
        List<XYPlot> panels = plot.getSubplots();
        assertEquals(2, panels.size());
        assertEquals("Labor cost (USD)", panels.get(1).getRangeAxis().getLabel());

        IntervalXYDataset whiskers = (IntervalXYDataset) panels.get(0).getDataset(0);
        IntervalXYDataset bars = (IntervalXYDataset) panels.get(0).getDataset(1);
        assertEquals(-1.7, whiskers.getStartYValue(0, 0), 1e-9, "lower end of the interval");
        assertEquals(15.1, whiskers.getEndYValue(0, 1), 1e-9, "upper end of the interval");
        assertEquals(2.0, whiskers.getEndYValue(0, 2), 1e-9, "an unknown half-width draws no whisker");
        assertEquals(-1.5, bars.getStartYValue(0, 0), 1e-9, "a negative mean: the bar runs from it to 0");
        assertEquals(0, bars.getEndYValue(0, 0), 1e-9);
        IntervalXYDataset costBars = (IntervalXYDataset) panels.get(1).getDataset(1);
        assertEquals(2, costBars.getItemCount(0), "urgent-care has no cost bar");
        assertEquals(2, costBars.getXValue(0, 1), 1e-9, "pediatrics stays on its own row");
        assertEquals(List.of(ScenarioKpiChart.MEAN, ScenarioKpiChart.INTERVAL), ChartAssertions.legend(chart));

        RenderedChart r = ChartFiles.write(chart, dir, "scenarios-compared", ScenarioKpiChart.size(3));
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "urgent-care");
    }

    @Test
    void manyScenariosGetATallerChart() {
        assertEquals(ChartSize.SLIDE, ScenarioKpiChart.size(10));
        assertEquals(new ChartSize(1600, 260 + 40 * 30), ScenarioKpiChart.size(30));
    }

    @Test
    void noBarsIsAMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioKpiChart.create(List.of(new KpiBars("x", List.of())), "s"));
    }
}
