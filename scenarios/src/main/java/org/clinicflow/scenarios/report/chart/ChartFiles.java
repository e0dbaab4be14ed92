package org.clinicflow.scenarios.report.chart;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.clinicflow.scenarios.report.AtomicFiles;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as {@code NAME.png} and {@code NAME.svg}, each whole or not at all (through {@link AtomicFiles}), and
 * keeps its SVG element for inlining in HTML. The SVG has a viewBox, so it scales to any width, and its ids start
 * with the chart's name, so several charts can share one HTML page.
 */
public final class ChartFiles {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern XMLNS = Pattern.compile(" xmlns(:\\w+)?=('[^']*'|\"[^\"]*\")");

    private ChartFiles() {
    }

    /** Writes {@code dir/NAME.png} and {@code dir/NAME.svg}; the name is lower-case letters, digits and dashes. */
    public static RenderedChart write(JFreeChart chart, Path dir, String name, ChartSize size) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a chart file name is lower-case letters, digits and dashes, got '"
                    + name + "'");
        }
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        AtomicFiles.writeBytes(png, out -> ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height()));
        SVGGraphics2D g = draw(chart, size, name);
        ViewBox box = new ViewBox(0, 0, size.width(), size.height());
        AtomicFiles.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + g.getSVGElement(name + "-svg", true, box, null, null) + "\n");
        String inline = withoutNamespaces(g.getSVGElement(name + "-svg", false, box, PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET));
        String title = chart.getTitle() == null ? name : chart.getTitle().getText();
        return new RenderedChart(name, title, png, svg, inline);
    }

    /** The chart drawn as an SVG document (for tests and callers that keep charts in memory). */
    public static String svgDocument(JFreeChart chart, ChartSize size, String idPrefix) {
        return draw(chart, size, idPrefix).getSVGDocument();
    }

    /**
     * The element without its namespace declarations: HTML puts an inline svg element in the SVG namespace by itself,
     * and a page that names no URL at all is plainly one that loads nothing.
     */
    static String withoutNamespaces(String svgElement) {
        int end = svgElement.indexOf('>');
        return XMLNS.matcher(svgElement.substring(0, end)).replaceAll("") + svgElement.substring(end);
    }

    private static SVGGraphics2D draw(JFreeChart chart, ChartSize size, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        g.setDefsKeyPrefix(idPrefix + "-");
        chart.draw(g, new Rectangle(0, 0, size.width(), size.height()));
        return g;
    }
}
