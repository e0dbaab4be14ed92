package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Utilization by hour: a line per resource over the hours anyone is on duty, with the 100% line. */
class UtilizationChartTest {
    private static double[] hours(int from, int to, double value) {
        double[] v = new double[24];
        Arrays.fill(v, Double.NaN);
        for (int h = from; h < to; h++) {
            v[h] = value;
        }
        return v;
    }

    @Test
    void showsTheHoursWithStaffOnly(@TempDir Path dir) throws Exception {
        JFreeChart chart = UtilizationChart.create(List.of(new HourlySeries("Medical assistants", hours(7, 18, 60)),
                new HourlySeries("Providers", hours(8, 17, 115)), new HourlySeries("Exam rooms",
                        hours(8, 17, 0))), "test");
        XYPlot plot = (XYPlot) chart.getPlot();
        assertEquals(UtilizationChart.HOUR_AXIS, plot.getDomainAxis().getLabel());
        assertEquals(UtilizationChart.VALUE_AXIS, plot.getRangeAxis().getLabel());
        assertEquals(7, plot.getDomainAxis().getLowerBound(), "idle rooms (0%) still count as measured");
        assertEquals(18, plot.getDomainAxis().getUpperBound());
        assertEquals(3, plot.getDataset().getSeriesCount());
        assertTrue(plot.getRangeAxis().getUpperBound() >= 115, "over 100% (overtime) stays on the chart");
        assertEquals(1, plot.getRangeMarkers(Layer.FOREGROUND).size(), "the 100% line");
        assertEquals(List.of("Medical assistants", "Providers", "Exam rooms"), ChartAssertions.legend(chart));

        RenderedChart r = ChartFiles.write(chart, dir, "utilization", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), UtilizationChart.TITLE);
    }
}
