package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The distribution of waiting-room time (arrival to rooming): bars give the share of patients per bin (left axis), the
 * lines the share who waited less than x (right axis). One histogram gets dashed markers at its mean and 90th
 * percentile; several (baseline against a variant) are overlaid, translucent.
 */
public final class WaitDistributionChart {
    /** The chart title. */
    public static final String TITLE = "Waiting-room time distribution";
    /** The horizontal axis label. */
    public static final String WAIT_AXIS = "Waiting-room time, arrival to start of rooming (minutes)";
    /** The right axis label. */
    public static final String CUMULATIVE_AXIS = "Patients who waited less (%)";
    private static final int MAX_BARS = 40;
    private static final double SHOWN_SHARE = 0.99;

    private WaitDistributionChart() {
    }

    /** The histograms overlaid; {@code subtitle} says where the waits come from. */
    public static JFreeChart create(List<WaitHistogram> histograms, String subtitle) {
        if (histograms.isEmpty() || histograms.stream().allMatch(h -> h.total() == 0)) {
            throw new IllegalArgumentException("no waits to show");
        }
        double binMinutes = histograms.get(0).binMinutes();
        if (histograms.stream().anyMatch(h -> h.binMinutes() != binMinutes || h.counts().length
                != histograms.get(0).counts().length)) {
            throw new IllegalArgumentException("histograms to overlay need the same bins");
        }
        double shownMinutes = shownMinutes(histograms);
        int factor = displayFactor(shownMinutes / binMinutes);
        XYSeriesCollection bars = new XYSeriesCollection();
        XYSeriesCollection cumulative = new XYSeriesCollection();
        for (WaitHistogram raw : histograms) {
            WaitHistogram h = raw.coarser(factor);
            XYSeries share = new XYSeries(raw.label() + ": patients per " + minutes(h.binMinutes()) + " bin");
            XYSeries below = new XYSeries(raw.label() + ": waited less (cumulative)");
            below.add(0, 0);
            long n = h.total();
            for (int k = 0; k < h.counts().length && k * h.binMinutes() < shownMinutes; k++) {
                share.add((k + 0.5) * h.binMinutes(), n == 0 ? 0 : 100.0 * h.counts()[k] / n);
                below.add((k + 1) * h.binMinutes(), 100 * h.fractionBelow(k));
            }
            bars.addSeries(share);
            cumulative.addSeries(below);
        }
        bars.setIntervalWidth(histograms.get(0).binMinutes() * factor * 0.92);
        NumberAxis waitAxis = new NumberAxis(WAIT_AXIS);
        waitAxis.setRange(0, shownMinutes);
        waitAxis.setTickUnit(new NumberTickUnit(shownMinutes <= 60 ? 5 : shownMinutes <= 180 ? 15 : 30));
        NumberAxis shareAxis = new NumberAxis("Patients per bin (%)");
        NumberAxis cumulativeAxis = new NumberAxis(CUMULATIVE_AXIS);
        cumulativeAxis.setRange(0, 100);
        cumulativeAxis.setTickUnit(new NumberTickUnit(20));
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setLegendBar(ChartStyle.LEGEND_BOX);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        boolean overlay = histograms.size() > 1;
        for (int i = 0; i < histograms.size(); i++) {
            Color c = Palette.colour(i);
            barRenderer.setSeriesPaint(i, overlay ? Palette.translucent(c, 110) : Palette.tint(c, 0.55));
                        lines.setSeriesPaint(i, overlay ? c : Color.BLACK);
            lines.setSeriesStroke(i, ChartStyle.LINE);
        }
        XYPlot plot = new XYPlot(bars, waitAxis, shareAxis, barRenderer);
        plot.setRangeAxis(1, cumulativeAxis);
        plot.setDataset(1, cumulative);
        plot.setRenderer(1, lines);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (!overlay) {
            WaitHistogram only = histograms.get(0);
            marker(plot, only.mean(), String.format(Locale.ROOT, "mean %.1f min", only.mean()), 0.92);
            double p90 = only.edgeBelow(0.90);
            if (Double.isFinite(p90) && p90 <= shownMinutes) {
                marker(plot, p90, String.format(Locale.ROOT, "90%% waited < %s", minutes(p90)), 0.80);
            }
        }
        return ChartStyle.chart(TITLE, subtitle, plot, true);
    }

    private static void marker(XYPlot plot, double x, String label, double height) {
        if (!Double.isFinite(x)) {
            return;
        }
        ValueMarker m = new ValueMarker(x, ChartStyle.INK, ChartStyle.DASHED);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.LABELS);
        m.setLabelPaint(ChartStyle.INK);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelAnchor(height > 0.85 ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.RIGHT);
        m.setLabelTextAnchor(height > 0.85 ? TextAnchor.TOP_LEFT : TextAnchor.CENTER_LEFT);
        plot.addDomainMarker(m);
    }

    /** Up to the wait that 99% of patients stay under, rounded up to 10 minutes, at least 30. */
    private static double shownMinutes(List<WaitHistogram> histograms) {
        double edge = 0;
        for (WaitHistogram h : histograms) {
            if (h.total() > 0) {
                double e = h.edgeBelow(SHOWN_SHARE);
                edge = Math.max(edge, Double.isFinite(e) ? e : h.rangeMinutes());
            }
        }
        return Math.max(30, Math.ceil(edge / 10) * 10);
    }

    /** The merge factor that keeps the bars to about {@value #MAX_BARS}: 1, 2, 5, 10, 15, 30... bins per bar. */
    private static int displayFactor(double bins) {
        for (int f : new int[] {1, 2, 5, 10, 15, 30, 60}) {
            if (bins / f <= MAX_BARS) {
                return f;
            }
        }
        return (int) Math.ceil(bins / MAX_BARS);
    }

    private static String minutes(double m) {
        return (m == Math.rint(m) ? String.valueOf((long) m) : String.format(Locale.ROOT, "%.1f", m)) + " min";
    }
}
