package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Paint;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage chart: a panel per weekday with MAs on duty against MAs needed, shortfalls marked. */
class CoverageChartTest {
    /** On duty 2 MAs 08:00-17:00; needed 1 MA, 3 at 12:00. */
    private static DayCoverage day(DayOfWeek d) {
        double[] onDuty = new double[24];
        double[] needed = new double[24];
        for (int h = 8; h < 17; h++) {
            onDuty[h] = 2;
            needed[h] = h == 12 ? 3 : 1;
        }
        return new DayCoverage(d, onDuty, needed);
    }

    @Test
    void onePanelPerDayWithWorkAndHoursOfTheClinic(@TempDir Path dir) throws Exception {
        List<DayCoverage> days = List.of(day(DayOfWeek.MONDAY), day(DayOfWeek.TUESDAY),
                new DayCoverage(DayOfWeek.SUNDAY, new double[24], new double[24]));
        JFreeChart chart = CoverageChart.create(days, "test clinic");
        assertEquals(CoverageChart.TITLE, chart.getTitle().getText());
        CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.getPlot();
        assertEquals(CoverageChart.VALUE_AXIS, plot.getRangeAxis().getLabel());
        assertEquals(2, plot.getSubplots().size(), "the empty Sunday is left out");
        XYPlot monday = plot.getSubplots().get(0);
        assertEquals("Monday (hour)", monday.getDomainAxis().getLabel());
        assertEquals(8, monday.getDomainAxis().getLowerBound(), "from the first hour with staff or work");
        assertEquals(17, monday.getDomainAxis().getUpperBound());
        assertEquals(9, monday.getDataset(0).getItemCount(0), "a bar per hour shown");
        assertEquals(2, monday.getDatasetCount());
        assertEquals(List.of(CoverageChart.NEEDED, CoverageChart.SHORT, CoverageChart.ON_DUTY),
                ChartAssertions.legend(chart), "one legend for all panels");

        XYBarRenderer bars = (XYBarRenderer) monday.getRenderer(0);
        Paint covered = bars.getItemPaint(0, 0);
        Paint shortfall = bars.getItemPaint(0, 12 - 8);
        assertTrue(!covered.equals(shortfall), "the hour needing 3 MAs with 2 on duty stands out");

        RenderedChart r = ChartFiles.write(chart, dir, "coverage", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "Monday (hour)");
    }

    @Test
    void refusesWhatItCannotShow() {
        assertThrows(IllegalArgumentException.class, () -> CoverageChart.create(
                List.of(new DayCoverage(DayOfWeek.MONDAY, new double[24], new double[24])), null));
        assertThrows(IllegalArgumentException.class, () -> new DayCoverage(DayOfWeek.MONDAY, new double[23],
                new double[24]));
    }
}
