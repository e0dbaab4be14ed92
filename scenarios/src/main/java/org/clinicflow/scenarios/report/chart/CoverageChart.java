package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Coverage against demand by hour, one panel per weekday side by side on a shared MA scale: bars are the MA work
 * requested per hour (in MAs busy all hour), vermillion where it exceeds the MAs on duty; the step line is the MAs on duty.
 */
public final class CoverageChart {
    /** The chart title. */
    public static final String TITLE = "MA coverage vs demand by hour";
    /** The shared vertical axis label. */
    public static final String VALUE_AXIS = "MAs (on duty, or needed for the work requested)";
    static final String NEEDED = "MA work requested (MAs needed)";
    static final String ON_DUTY = "MAs on duty (roster, breaks excluded)";
    static final String SHORT = "Work requested exceeds MAs on duty";

    private static final Color NEEDED_COLOUR = Palette.tint(Palette.colour(0), 0.45);
    private static final Color SHORT_COLOUR = Palette.tint(Palette.colour(1), 0.8);
    private static final Color ON_DUTY_COLOUR = Color.BLACK;

    private CoverageChart() {
    }

    /** One panel per day given (empty days are left out); {@code subtitle} says where the numbers come from. */
    public static JFreeChart create(List<DayCoverage> days, String subtitle) {
        List<DayCoverage> shown = days.stream().filter(d -> !d.isEmpty()).toList();
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("no day has MAs on duty or MA work to show");
        }
        double[][] all = shown.stream().flatMap(d -> java.util.stream.Stream.of(d.onDuty(), d.needed()))
                .toArray(double[][]::new);
        int[] span = HourArrays.span(6, all);
        NumberAxis mas = new NumberAxis(VALUE_AXIS);
        mas.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        mas.setAutoRangeIncludesZero(true);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(mas);
        plot.setGap(24);
        TextStyle dayNames = shown.size() > 5 ? TextStyle.SHORT : TextStyle.FULL;
        for (DayCoverage day : shown) {
            plot.add(panel(day, span, dayNames), 1);
        }
        plot.setFixedLegendItems(legend());
        return ChartStyle.chart(TITLE, subtitle, plot, true);
    }

    private static XYPlot panel(DayCoverage day, int[] span, TextStyle dayNames) {
        XYSeries needed = new XYSeries(NEEDED);
        XYSeries onDuty = new XYSeries(ON_DUTY);
        for (int h = span[0]; h < span[1]; h++) {
            needed.add(h + 0.5, day.needed()[h]);
            onDuty.add(h, day.onDuty()[h]);
        }
        onDuty.add(span[1], day.onDuty()[span[1] - 1]); // close the last step
        XYSeriesCollection bars = new XYSeriesCollection(needed);
        bars.setIntervalWidth(0.9);
        XYBarRenderer barRenderer = new XYBarRenderer() {
            @Override
            public Paint getItemPaint(int series, int item) {
                int hour = span[0] + item;
                return day.needed()[hour] > day.onDuty()[hour] + 1e-9 ? SHORT_COLOUR : NEEDED_COLOUR;
            }
        };
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        XYStepRenderer step = new XYStepRenderer();
        step.setSeriesPaint(0, ON_DUTY_COLOUR);
        step.setSeriesStroke(0, ChartStyle.LINE);
        NumberAxis hours = new NumberAxis(day.day().getDisplayName(dayNames, Locale.ENGLISH) + " (hour)");
        hours.setRange(span[0], span[1]);
        hours.setTickUnit(new NumberTickUnit(span[1] - span[0] > 12 ? 3 : 2));
        XYPlot panel = new XYPlot(bars, hours, null, barRenderer);
        panel.setDataset(1, new XYSeriesCollection(onDuty));
        panel.setRenderer(1, step);
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return panel;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(ChartStyle.legendBox(NEEDED, NEEDED_COLOUR));
        items.add(ChartStyle.legendBox(SHORT, SHORT_COLOUR));
        items.add(ChartStyle.legendLine(ON_DUTY, ChartStyle.LINE, ON_DUTY_COLOUR));
        return items;
    }
}
