package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Clinic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster Gantt chart of a real scenario: MAs by rows, a panel per rostered day, bars coloured by station. */
class RosterGanttChartTest {
    @Test
    void familyMedicineBaselineRoster(@TempDir Path dir) throws Exception {
        Clinic clinic = ScenarioLoader.loadBuiltIn("family-medicine").clinic();
        RosterGantt roster = RosterGantt.of(clinic, clinic.baselineRoster());
        assertEquals(9, roster.mas().size(), "every MA of the team, rostered or not");
        assertEquals("Ana Torres", roster.mas().get(0).name());

        JFreeChart chart = RosterGanttChart.create(roster, 0, "test");
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getPlot();
        assertEquals(PlotOrientation.HORIZONTAL, plot.getOrientation());
        SymbolAxis mas = (SymbolAxis) plot.getDomainAxis();
        assertEquals(RosterGanttChart.MA_AXIS, mas.getLabel());
        assertEquals(List.of("Ana Torres", "Ben Walker"), List.of(mas.getSymbols()).subList(0, 2));
        assertEquals(5, plot.getSubplots().size(), "Monday to Friday; no weekend shifts");
        XYPlot monday = plot.getSubplots().get(0);
        assertEquals(PlotOrientation.HORIZONTAL, monday.getOrientation());
        assertEquals("Mon 5 Jan", monday.getRangeAxis().getLabel());
        IntervalXYDataset data = (IntervalXYDataset) monday.getDataset();
        assertEquals(clinic.stations().size() + 1, data.getSeriesCount(), "a series per station and the breaks");
        int bars = 0;
        for (int s = 0; s < clinic.stations().size(); s++) {
            bars += data.getItemCount(s);
        }
        assertEquals(7 * 2 + 1, bars, "eight MAs on Monday: seven shifts split by a break, Hannah's am without");
        assertEquals(7.5, data.getStartYValue(0, 0), 1e-9, "Ana's early shift at pod A starts 07:30");
        assertEquals(11.5, data.getEndYValue(0, 0), 1e-9, "until her break at 11:30");
        assertEquals(12, data.getStartYValue(0, 1), 1e-9);
        assertEquals(16, data.getEndYValue(0, 1), 1e-9);
        int breaks = clinic.stations().size();
        assertEquals(7, data.getItemCount(breaks));
        assertEquals("early", monday.getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 0),
                "the name on the longer part: 07:30-11:30 is as long as 12:00-16:00, the first wins");
        assertEquals(null, monday.getRenderer().getDefaultItemLabelGenerator().generateLabel(data, 0, 1));
        List<String> legend = ChartAssertions.legend(chart);
        assertEquals(List.of("Pod A rooming", "Pod B rooming", "Pod C rooming", "Lab draw station", "Float",
                RosterGanttChart.BREAK), legend);

        RenderedChart r = ChartFiles.write(chart, dir, "roster", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "Hannah Lee");
    }

    @Test
    void weeksOutsideTheRosterAreRefused() {
        RosterGantt one = new RosterGantt(LocalDate.of(2026, 1, 5), 1, List.of(new RosterGantt.Row("a", "A")),
                List.of(new RosterGantt.Row("s", "S")), List.of(new RosterGantt.Shift("a", 0, 480, 960, "s", "day",
                        720, 30)));
        assertThrows(IllegalArgumentException.class, () -> RosterGanttChart.create(one, 1, null));
        RosterGantt empty = new RosterGantt(LocalDate.of(2026, 1, 5), 1, List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> RosterGanttChart.create(empty, 0, null));
    }
}
