package org.clinicflow.scenarios.report.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * KPIs of many scenarios side by side: a panel per KPI, a horizontal bar per scenario at its mean with the 95%
 * confidence interval as whiskers, the scenarios as rows shared by every panel (first at the top).
 */
public final class ScenarioKpiChart {
    /** The chart title. */
    public static final String TITLE = "Scenarios compared";
    /** The axis of the rows. */
    public static final String SCENARIO_AXIS = "Scenario";
    static final String MEAN = "Mean across replications";
    static final String INTERVAL = "95% confidence interval";

    private static final double BAR_HALF_HEIGHT = 0.35;

    private ScenarioKpiChart() {
    }

    /** The chart; a scenario missing from a panel (no number for that KPI) has no bar there. */
    public static JFreeChart create(List<KpiBars> panels, String subtitle) {
        List<String> scenarios = scenarios(panels);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a scenario chart needs at least one bar");
        }
        SymbolAxis rows = new SymbolAxis(SCENARIO_AXIS, scenarios.toArray(String[]::new));
        rows.setInverted(true); // the first scenario at the top
        rows.setRange(-0.5, scenarios.size() - 0.5);
        rows.setGridBandsVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(rows);
        plot.setGap(24);
        for (int p = 0; p < panels.size(); p++) {
            plot.add(panel(panels.get(p), scenarios, p), 1);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL); // after adding: turns every panel too
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox(MEAN, Palette.tint(ChartStyle.INK, 0.35)));
        legend.add(ChartStyle.legendLine(INTERVAL, new BasicStroke(3f), ChartStyle.INK));
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(TITLE, subtitle, plot, true);
    }

    /** A size that gives every scenario's row room for its name: the slide, taller beyond 16 scenarios. */
    public static ChartSize size(int scenarios) {
        return new ChartSize(ChartSize.SLIDE.width(), Math.max(ChartSize.SLIDE.height(), 260 + 40 * scenarios));
    }

    /** The scenarios of all panels, in the order they first appear. */
    static List<String> scenarios(List<KpiBars> panels) {
        Set<String> names = new LinkedHashSet<>();
        panels.forEach(p -> p.bars().forEach(b -> names.add(b.scenario())));
        return new ArrayList<>(names);
    }

    private static XYPlot panel(KpiBars panel, List<String> scenarios, int index) {
        XYIntervalSeries bars = new XYIntervalSeries(MEAN, false, true);
        XYIntervalSeries whiskers = new XYIntervalSeries(INTERVAL, false, true);
        for (ScenarioBar b : panel.bars()) {
            if (!Double.isFinite(b.mean())) {
                continue;
            }
            int row = scenarios.indexOf(b.scenario());
            bars.add(row, row - BAR_HALF_HEIGHT, row + BAR_HALF_HEIGHT, b.mean(), Math.min(0, b.mean()),
                    Math.max(0, b.mean()));
            double h = Double.isFinite(b.halfWidth()) ? b.halfWidth() : 0;
            whiskers.add(row, row, row, b.mean(), b.mean() - h, b.mean() + h);
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setUseYInterval(true); // bars from 0, also for negative means
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, Palette.tint(Palette.colour(index), 0.75));

        XYIntervalSeriesCollection whiskerData = new XYIntervalSeriesCollection();
        whiskerData.addSeries(whiskers);
        XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
        whiskerRenderer.setDrawXError(false);
        whiskerRenderer.setDefaultLinesVisible(false);
        whiskerRenderer.setDefaultShapesVisible(false);
        whiskerRenderer.setErrorPaint(ChartStyle.INK);
        whiskerRenderer.setErrorStroke(new BasicStroke(3f));
        whiskerRenderer.setCapLength(14);

        NumberAxis value = new NumberAxis(panel.axisLabel());
        value.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(whiskerData, null, value, whiskerRenderer);
        plot.setDataset(1, barData);
        plot.setRenderer(1, barRenderer);
        plot.setDomainGridlinesVisible(false);
        return plot;
    }
}
