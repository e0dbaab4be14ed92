package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A KPI against a swept parameter (waiting against MAs on duty, say): each series is a line of means with its 95%
 * confidence band; a dashed vertical line marks the chosen setting.
 */
public final class SweepChart {
    private SweepChart() {
    }

    /**
     * The chart. {@code parameterAxis} and {@code kpiAxis} are the axis labels with units ("MAs on duty", "Mean
     * waiting-room time (min)"); {@code chosen} is the setting to mark, if any.
     */
    public static JFreeChart create(String title, String subtitle, String parameterAxis, String kpiAxis,
                                    List<SweepSeries> series, OptionalDouble chosen) {
        if (series.isEmpty() || series.stream().allMatch(s -> s.points().isEmpty())) {
            throw new IllegalArgumentException("a sweep chart needs at least one point");
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (SweepSeries s : series) {
            YIntervalSeries line = new YIntervalSeries(s.label());
            for (SweepPoint p : s.points()) {
                line.add(p.value(), p.mean(), p.lower(), p.upper());
            }
            data.addSeries(line);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.25f);
        for (int i = 0; i < series.size(); i++) {
            Color c = Palette.colour(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
        }
        NumberAxis x = new NumberAxis(parameterAxis);
        x.setAutoRangeIncludesZero(false);
        if (allWhole(series)) {
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        NumberAxis y = new NumberAxis(kpiAxis);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        chosen.ifPresent(v -> {
            ValueMarker m = new ValueMarker(v, ChartStyle.INK, ChartStyle.DASHED);
            m.setLabel("chosen: " + number(v));
            m.setLabelFont(ChartStyle.LABELS);
            m.setLabelPaint(ChartStyle.INK);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(m);
        });
        LegendItemCollection legend = plot.getLegendItems();
        legend.add(ChartStyle.legendBox("Shaded: 95% confidence interval", Palette.translucent(ChartStyle.INK, 60)));
        plot.setFixedLegendItems(legend);
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static boolean allWhole(List<SweepSeries> series) {
        return series.stream().flatMap(s -> s.points().stream()).allMatch(p -> p.value() == Math.rint(p.value()));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
