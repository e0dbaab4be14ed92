package org.clinicflow.scenarios.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of every ClinicFlow chart, sized for a 1600x900 slide: large fonts, a white background, light grid lines,
 * the legend below the plot. Charts are drawn without a screen (java.awt.headless).
 */
public final class ChartStyle {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Chart titles. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    /** Subtitles: what the chart was computed from. */
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    /** Axis labels. */
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 28);
    /** Tick labels and legend items. */
    public static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 24);
    /** Labels on bars and points, and marker labels. */
    public static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 20);

    /** Text colour. */
    public static final Color INK = new Color(0x222222);
    /** Grid lines. */
    public static final Color GRID = new Color(0xD0D0D0);
    /** Data lines. */
    public static final Stroke LINE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Reference lines (targets, reorder points, the chosen setting). */
    public static final Stroke DASHED = new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {12f, 8f}, 0f);

    /** The swatch of a legend item for bars and bands. */
    public static final Shape LEGEND_BOX = new Rectangle2D.Double(-12, -12, 24, 24);

    private ChartStyle() {
    }

    /** A legend entry with a filled swatch. */
    public static LegendItem legendBox(String label, Paint paint) {
        return new LegendItem(label, null, null, null, LEGEND_BOX, paint);
    }

    /** A legend entry drawn as a line sample. */
    public static LegendItem legendLine(String label, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, new Line2D.Double(-20, 0, 20, 0), stroke, paint);
    }

    /** A styled chart of the plot, with an optional subtitle (null for none) and the legend below. */
    public static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(16, 16, 16, 24));
        chart.getTitle().setPaint(INK);
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(INK);
            sub.setPadding(new RectangleInsets(4, 0, 8, 0));
            chart.addSubtitle(sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(TICKS);
            legendTitle.setItemPaint(INK);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 6, 2, 24));
        }
        style(plot);
        return chart;
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        }
        if (plot instanceof CombinedDomainXYPlot c) {
            c.getSubplots().forEach(ChartStyle::style);
        }
        if (plot instanceof CombinedRangeXYPlot c) {
            c.getSubplots().forEach(ChartStyle::style);
        }
    }

    private static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICKS);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
        if (axis instanceof ValueAxis v) {
            v.setTickMarkOutsideLength(6f);
        }
    }
}
