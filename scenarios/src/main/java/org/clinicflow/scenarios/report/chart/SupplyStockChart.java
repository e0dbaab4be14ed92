package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Supply stock by day, one panel per item on a shared day axis: the mean units on hand at the end of each day, the
 * band from the lowest to the highest replication, and the reorder point as a dashed line. Several items are split
 * over charts of {@link #ITEMS_PER_CHART} panels so each stays readable.
 */
public final class SupplyStockChart {
    /** The chart title. */
    public static final String TITLE = "Supply stock on hand by day";
    /** Panels per chart. */
    public static final int ITEMS_PER_CHART = 4;
    /** The shared day axis label. */
    public static final String DAY_AXIS = "Simulated day (end of day)";
    static final String MEAN = "Mean on hand across replications";
    static final String BAND = "Lowest to highest replication";
    static final String REORDER = "Reorder point";
    private static final Color STOCK = Palette.colour(0);
    private static final Color REORDER_COLOUR = Palette.colour(1);

    private SupplyStockChart() {
    }

    /** The items, {@value #ITEMS_PER_CHART} per chart, in the order given. */
    public static List<JFreeChart> create(List<StockTrajectory> items, String subtitle) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no supply items to show");
        }
        List<JFreeChart> charts = new ArrayList<>();
        int pages = (items.size() + ITEMS_PER_CHART - 1) / ITEMS_PER_CHART;
        for (int p = 0; p < pages; p++) {
            List<StockTrajectory> page = items.subList(p * ITEMS_PER_CHART,
                    Math.min(items.size(), (p + 1) * ITEMS_PER_CHART));
            String title = pages == 1 ? TITLE : TITLE + " (" + (p + 1) + " of " + pages + ")";
            charts.add(chart(page, title, subtitle));
        }
        return charts;
    }

    private static JFreeChart chart(List<StockTrajectory> items, String title, String subtitle) {
        NumberAxis days = new NumberAxis(DAY_AXIS);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int first = items.get(0).firstDay();
        int last = items.stream().mapToInt(i -> i.firstDay() + i.days() - 1).max().orElse(first);
        days.setRange(first, Math.max(last, first + 1));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
        plot.setGap(14);
        for (StockTrajectory item : items) {
            plot.add(panel(item), 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendLine(MEAN, ChartStyle.LINE, STOCK));
        legend.add(ChartStyle.legendBox(BAND, Palette.tint(STOCK, 0.3)));
        legend.add(ChartStyle.legendLine(REORDER, ChartStyle.DASHED, REORDER_COLOUR));
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static XYPlot panel(StockTrajectory item) {
        YIntervalSeries stock = new YIntervalSeries(item.name());
        for (int i = 0; i < item.days(); i++) {
            stock.add(item.firstDay() + i, item.meanOnHand()[i], item.minOnHand()[i], item.maxOnHand()[i]);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, STOCK);
        renderer.setSeriesFillPaint(0, STOCK);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setAlpha(0.3f);
        NumberAxis units = new NumberAxis("units");
        units.setAutoRangeIncludesZero(true);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(stock);
        XYPlot panel = new XYPlot(data, null, units, renderer);
        ValueMarker reorder = new ValueMarker(item.reorderPoint(), REORDER_COLOUR, ChartStyle.DASHED);
        panel.addRangeMarker(reorder);
        TextTitle name = new TextTitle(item.name(), ChartStyle.LABELS);
        name.setBackgroundPaint(new Color(255, 255, 255, 220));
        name.setPadding(new RectangleInsets(2, 6, 2, 6));
        panel.addAnnotation(new XYTitleAnnotation(0.01, 0.98, name, RectangleAnchor.TOP_LEFT));
        return panel;
    }
}
