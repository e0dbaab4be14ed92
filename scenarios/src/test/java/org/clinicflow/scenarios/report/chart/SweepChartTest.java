package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.clinicflow.simulator.stats.Estimate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A KPI against a swept parameter with confidence bands and the chosen setting. */
class SweepChartTest {
    @Test
    void linesWithBandsAndTheChosenSetting(@TempDir Path dir) throws Exception {
        SweepPoint fromEstimate = SweepPoint.of(4, new Estimate("waitingRoomMinutes", 20, 6.0, 1.0, 0.5));
        assertEquals(5.5, fromEstimate.lower(), 1e-12);
        assertEquals(6.5, fromEstimate.upper(), 1e-12);
        List<SweepSeries> series = List.of(
                new SweepSeries("Family medicine", List.of(new SweepPoint(3, 12, 10, 14), fromEstimate,
                        new SweepPoint(5, 3, 2.5, 3.5))),
                new SweepSeries("Pediatrics", List.of(new SweepPoint(3, 9, 8, 10), new SweepPoint(4, 5, 4.5, 5.5))));
        JFreeChart chart = SweepChart.create("Waiting vs staffing", "test", "MAs on duty",
                "Mean waiting-room time (min)", series, OptionalDouble.of(4));
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals("MAs on duty", plot.getDomainAxis().getLabel());
        assertEquals("Mean waiting-room time (min)", plot.getRangeAxis().getLabel());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0));
        assertEquals(5.5, data.getStartYValue(0, 1), 1e-12, "the band is the 95% interval");
        assertEquals(6.5, data.getEndYValue(0, 1), 1e-12);
        ValueMarker chosen = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(4, chosen.getValue());
        assertEquals("chosen: 4", chosen.getLabel());
        assertTrue(ChartAssertions.legend(chart).containsAll(List.of("Family medicine", "Pediatrics",
                "Shaded: 95% confidence interval")));

        RenderedChart r = ChartFiles.write(chart, dir, "sweep", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "chosen: 4");
    }

    @Test
    void needsPoints() {
        assertThrows(IllegalArgumentException.class, () -> SweepChart.create("t", null, "x", "y",
                List.of(new SweepSeries("empty", List.of())), OptionalDouble.empty()));
    }
}
