package org.clinicflow.scenarios.report.chart;

import java.awt.geom.Ellipse2D;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Utilization by hour of the day of MAs, providers and exam rooms: busy time as a percentage of the time on duty (or
 * open) in each hour, one line each, with the 100% line for reference.
 */
public final class UtilizationChart {
    /** The chart title. */
    public static final String TITLE = "Utilization by hour of the day";
    /** The vertical axis label. */
    public static final String VALUE_AXIS = "Utilization (% of time on duty or open)";
    /** The horizontal axis label. */
    public static final String HOUR_AXIS = "Hour of the day";

    private UtilizationChart() {
    }

    /** One line per series; values are percentages, NaN for hours without staff on duty. */
    public static JFreeChart create(List<HourlySeries> series, String subtitle) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a utilization chart needs at least one series");
        }
        int[] span = HourArrays.span(6, series.stream().map(s -> measured(s.values())).toArray(double[][]::new));
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        double top = 100;
        for (int i = 0; i < series.size(); i++) {
            HourlySeries s = series.get(i);
            XYSeries line = new XYSeries(s.label());
            for (int h = span[0]; h < span[1]; h++) {
                line.add(h + 0.5, s.values()[h]);
                if (Double.isFinite(s.values()[h])) {
                    top = Math.max(top, s.values()[h]);
                }
            }
            data.addSeries(line);
            renderer.setSeriesPaint(i, Palette.colour(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
        }
        NumberAxis hours = new NumberAxis(HOUR_AXIS);
        hours.setRange(span[0], span[1]);
        hours.setTickUnit(new NumberTickUnit(1));
        NumberAxis pct = new NumberAxis(VALUE_AXIS);
        pct.setRange(0, Math.ceil(top * 1.08 / 10) * 10);
        pct.setTickUnit(new NumberTickUnit(10));
        XYPlot plot = new XYPlot(data, hours, pct, renderer);
        plot.addRangeMarker(new ValueMarker(100, ChartStyle.INK, ChartStyle.DASHED));
        return ChartStyle.chart(TITLE, subtitle, plot, true);
    }

    /** 1 for hours with a number, 0 for NaN: the hours to show. */
    private static double[] measured(double[] values) {
        return Arrays.stream(values).map(v -> Double.isFinite(v) ? 1 : 0).toArray();
    }
}
