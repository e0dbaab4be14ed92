package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts on disk: a PNG and an SVG per chart, written whole, with ids that can share an HTML page. */
class ChartFilesTest {
    private static JFreeChart sweep() {
        return SweepChart.create("Waiting vs MAs", "test", "MAs on duty", "Mean wait (min)",
                List.of(new SweepSeries("clinic", List.of(new SweepPoint(2, 9, 8, 10), new SweepPoint(3, 4, 3.5,
                        4.5)))), OptionalDouble.empty());
    }

    @Test
    void writesAPngAndAnSvgOfTheSlideSize(@TempDir Path dir) throws Exception {
        RenderedChart r = ChartFiles.write(sweep(), dir, "sweep", ChartSize.SLIDE);
        assertEquals(dir.resolve("sweep.png"), r.png());
        assertEquals(dir.resolve("sweep.svg"), r.svg());
        assertEquals("Waiting vs MAs", r.title());
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "Waiting vs MAs");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("sweep.png", "sweep.svg"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "nothing else, no temporary file left");
        }
    }

    @Test
    void inlineSvgScalesAndKeepsItsIdsApartFromOtherCharts(@TempDir Path dir) {
        RenderedChart a = ChartFiles.write(sweep(), dir, "first", ChartSize.SLIDE);
        RenderedChart b = ChartFiles.write(sweep(), dir, "second", ChartSize.SLIDE);
        assertTrue(a.inlineSvg().startsWith("<svg"), a.inlineSvg().substring(0, 40));
        assertTrue(a.inlineSvg().contains("viewBox="), "scales to the page width");
        assertFalse(a.inlineSvg().contains("http"), "no namespace URLs inline: HTML knows svg");
        assertTrue(a.inlineSvg().contains("id='first-clip-") || a.inlineSvg().contains("id=\"first-clip-"),
                "clip ids carry the chart's name");
        assertFalse(b.inlineSvg().contains("first-clip-"), "the second chart's ids are its own");
    }

    @Test
    void writingAgainReplacesTheFiles(@TempDir Path dir) throws Exception {
        ChartFiles.write(sweep(), dir, "sweep", new ChartSize(800, 450));
        ChartFiles.write(sweep(), dir, "sweep", ChartSize.SLIDE);
        ChartAssertions.assertPng(dir.resolve("sweep.png"), ChartSize.SLIDE);
    }

    @Test
    void aChartThatFailsToDrawLeavesNoFileBehind(@TempDir Path dir) throws Exception {
        JFreeChart broken = sweep();
        ((org.jfree.chart.plot.XYPlot) broken.getPlot()).setRenderer(
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer() {
                    @Override
                    public void drawItem(java.awt.Graphics2D g2,
                                         org.jfree.chart.renderer.xy.XYItemRendererState state,
                                         java.awt.geom.Rectangle2D dataArea,
                                         org.jfree.chart.plot.PlotRenderingInfo info,
                                         org.jfree.chart.plot.XYPlot plot,
                                         org.jfree.chart.axis.ValueAxis domainAxis,
                                         org.jfree.chart.axis.ValueAxis rangeAxis,
                                         org.jfree.data.xy.XYDataset dataset, int series, int item,
                                         org.jfree.chart.plot.CrosshairState crosshairState, int pass) {
                        throw new IllegalStateException("drawing failed half way");
                    }
                });
        assertThrows(IllegalStateException.class, () -> ChartFiles.write(broken, dir, "broken", ChartSize.SLIDE));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no half-written PNG or SVG, no temporary file");
        }
    }

    @Test
    void fileNamesAreSimple(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.write(sweep(), dir, "../escape",
                ChartSize.SLIDE));
        assertThrows(IllegalArgumentException.class, () -> new ChartSize(10, 10));
    }
}
