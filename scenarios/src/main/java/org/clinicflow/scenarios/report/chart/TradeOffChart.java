package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Labor cost against patient waiting for rosters found with different solver weights: each roster a labelled point
 * with its 95% intervals as error bars, the rosters no other beats on both (the trade-off frontier) joined by a line.
 */
public final class TradeOffChart {
    /** The chart title. */
    public static final String TITLE = "Labor cost vs patient waiting";
    /** The vertical axis label. */
    public static final String WAIT_AXIS = "Mean waiting-room time (minutes)";
    static final String POINTS = "Rosters (bars: 95% confidence intervals)";
    static final String FRONTIER = "Trade-off frontier (no roster is cheaper and shorter-waiting)";

    private TradeOffChart() {
    }

    /** The chart; {@code costAxis} names the cost and its currency ("Labor cost over the run (USD)"). */
    public static JFreeChart create(List<TradeOffPoint> points, String costAxis, String subtitle) {
        return create(points, costAxis, WAIT_AXIS, subtitle);
    }

    /** The chart with another waiting measure on the vertical axis ("Wait past appointment (minutes)"). */
    public static JFreeChart create(List<TradeOffPoint> points, String costAxis, String waitAxis, String subtitle) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a trade-off chart needs at least one roster");
        }
        XYIntervalSeries all = new XYIntervalSeries(POINTS, false, true);
        for (TradeOffPoint p : points) {
            double cx = half(p.laborCostHalfWidth());
            double wy = half(p.waitingHalfWidth());
            all.add(p.laborCost(), p.laborCost() - cx, p.laborCost() + cx, p.waitingMinutes(),
                    p.waitingMinutes() - wy, p.waitingMinutes() + wy);
        }
        XYIntervalSeriesCollection pointData = new XYIntervalSeriesCollection();
        pointData.addSeries(all);
        XYErrorRenderer pointRenderer = new XYErrorRenderer();
        pointRenderer.setDefaultLinesVisible(false);
        pointRenderer.setSeriesPaint(0, Palette.colour(0));
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-9, -9, 18, 18));
        pointRenderer.setErrorPaint(Palette.tint(Palette.colour(0), 0.6));
        pointRenderer.setErrorStroke(new java.awt.BasicStroke(2.5f));
        pointRenderer.setCapLength(12);
        pointRenderer.setDefaultItemLabelGenerator((dataset, series, item) -> points.get(item).label());
        pointRenderer.setDefaultItemLabelsVisible(true);
        pointRenderer.setDefaultItemLabelFont(ChartStyle.LABELS);
        pointRenderer.setDefaultItemLabelPaint(ChartStyle.INK);
        pointRenderer.setItemLabelAnchorOffset(12);
        pointRenderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.BOTTOM_LEFT));

        XYSeries frontier = new XYSeries(FRONTIER, true, true);
        frontier(points).forEach(p -> frontier.add(p.laborCost(), p.waitingMinutes()));
        XYLineAndShapeRenderer frontierRenderer = new XYLineAndShapeRenderer(true, false);
        frontierRenderer.setSeriesPaint(0, new Color(0x555555));
        frontierRenderer.setSeriesStroke(0, ChartStyle.DASHED);
        frontierRenderer.setLegendLine(new java.awt.geom.Line2D.Double(-24, 0, 24, 0));

        NumberAxis cost = new NumberAxis(costAxis);
        cost.setAutoRangeIncludesZero(false);
        cost.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT));
        NumberAxis wait = new NumberAxis(waitAxis);
        wait.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(pointData, cost, wait, pointRenderer);
        plot.setDataset(1, new XYSeriesCollection(frontier));
        plot.setRenderer(1, frontierRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        cost.setUpperMargin(0.15); // room for the labels right of the points
        return ChartStyle.chart(TITLE, subtitle, plot, true);
    }

    /** The points no other point dominates, by increasing cost. */
    static List<TradeOffPoint> frontier(List<TradeOffPoint> points) {
        return points.stream().filter(p -> points.stream().noneMatch(q -> q.dominates(p)))
                .sorted(Comparator.comparingDouble(TradeOffPoint::laborCost)).toList();
    }

    private static double half(double h) {
        return Double.isFinite(h) ? h : 0;
    }
}
