package org.clinicflow.scenarios.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.clinicflow.scenarios.report.chart.ChartFiles;
import org.clinicflow.scenarios.report.chart.ChartSize;
import org.clinicflow.scenarios.report.chart.RenderedChart;
import org.clinicflow.scenarios.report.chart.RosterGantt;
import org.clinicflow.scenarios.report.chart.SweepChart;
import org.clinicflow.scenarios.report.chart.SweepPoint;
import org.clinicflow.scenarios.report.chart.SweepSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML page: every kind of section, escaped text, inline charts, no outside references. */
class ClinicReportTest {
    private static RosterGantt roster() {
        return new RosterGantt(LocalDate.of(2026, 1, 5), 1,
                List.of(new RosterGantt.Row("ana", "Ana <Torres>"), new RosterGantt.Row("ivan", "Ivan")),
                List.of(new RosterGantt.Row("pod-a", "Pod A"), new RosterGantt.Row("lab", "Lab")),
                List.of(new RosterGantt.Shift("ana", 0, 450, 960, "pod-a", "early", 690, 30),
                        new RosterGantt.Shift("ana", 2, 480, 720, "lab", "am", 0, 0),
                        new RosterGantt.Shift("ana", 2, 780, 1020, "pod-a", "pm", 0, 0)));
    }

    @Test
    void everyKindOfSectionInOneSelfContainedPage(@TempDir Path dir) throws Exception {
        RenderedChart chart = ChartFiles.write(SweepChart.create("Waits & staffing", null, "MAs", "Wait (min)",
                List.of(new SweepSeries("s", List.of(new SweepPoint(1, 5, 4, 6), new SweepPoint(2, 3, 2, 4)))),
                OptionalDouble.of(2)), dir.resolve("charts"), "sweep", new ChartSize(800, 450));
        ReportContent content = new ReportContent("Clinic <report>", "a subtitle & more", List.of(
                new TableSection("Key figures", "Intro", List.of("KPI", "mean", "definition"),
                        List.of(List.of("waitingRoomMinutes", "11.9 ± 0.4", "arrival to <rooming>")), "a note",
                        java.util.Set.of(2)),
                new ChartSection("Waits", "How to read it", List.of(chart)),
                new RosterSection("Roster by day", null, RosterGrid.of(roster())),
                TextSection.preformatted("Explanation", "score: 0hard/-5soft\n  constraint A: -5"),
                TextSection.paragraphs("Method", "First paragraph\ncontinues.\n\n- item one\n- item two"),
                TextSection.paragraphs("Method", "A second section with the same heading")));
        Path page = dir.resolve("report.html");
        ClinicReport.write(page, content);
        String html = Files.readString(page);

        HtmlChecks.assertSelfContained(html);
        assertEquals(List.of("key-figures", "waits", "roster-by-day", "explanation", "method", "method-2"),
                HtmlChecks.sectionIds(html));
        assertTrue(html.contains("<a href=\"#roster-by-day\">Roster by day</a>"), "a contents entry per section");
        assertTrue(html.contains("<title>Clinic &lt;report&gt;</title>"), "text is escaped");
        assertTrue(html.contains("arrival to &lt;rooming&gt;"));
        assertTrue(html.contains("<td class=\"num\">11.9 ± 0.4</td>"), "numbers right-aligned");
        assertTrue(html.contains("<td>arrival to &lt;rooming&gt;</td>"), "text columns left-aligned");
        assertEquals(1, HtmlChecks.count(html, "<svg"), "the chart inline");
        assertTrue(html.contains("href=\"charts/sweep.png\""), "links to the chart files, relative");
        assertTrue(html.contains("<pre>score: 0hard/-5soft\n  constraint A: -5</pre>"), "shown as written");
        assertTrue(html.contains("<p>First paragraph continues.</p>"));
        assertTrue(html.contains("<li>item two</li>"));
        assertTrue(html.contains("@media print"), "print styles");
        assertTrue(html.contains("section + section { break-before: page; }"), "a page per section in print");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files");
        }
    }

    @Test
    void rosterGridShowsEachShiftAndPaidHours() {
        RosterGrid grid = RosterGrid.of(roster());
        assertEquals(List.of("Mon", "Wed"), grid.days(), "only days someone works");
        RosterGrid.Row ana = grid.rows().get(0);
        assertEquals("Ana <Torres>", ana.name());
        assertEquals(List.of(new RosterGrid.Cell("early", "07:30–16:00", "pod-a", "Pod A")), ana.days().get(0));
        assertEquals(2, ana.days().get(1).size(), "a split day shows both shifts");
        assertEquals((510 - 30 + 240 + 240) / 60.0, ana.paidHoursPerWeek(), 1e-9);
        assertTrue(grid.rows().get(1).days().stream().allMatch(List::isEmpty), "Ivan is off all week");
        assertEquals(2, grid.stations().size());
        String html = ClinicReport.render(new ReportContent("t", null, List.of(new RosterSection("Roster", "i",
                grid))), null);
        HtmlChecks.assertSelfContained(html);
        assertTrue(html.contains("Ana &lt;Torres&gt;"));
        assertEquals(3, HtmlChecks.count(html, "class=\"shift\""));
        assertEquals(2, HtmlChecks.count(html, ">off<"), "Ana works both days shown, Ivan neither");
    }

    @Test
    void kpiTablesForOneRunAndForAPairedComparison() {
        var clinic = org.clinicflow.scenarios.scenario.ScenarioLoader.loadBuiltIn("plain-queue-mmc").clinic();
        var plan = new org.clinicflow.scenarios.experiment.ExperimentPlan(1, 0, 3, 11, 1);
        var a = org.clinicflow.scenarios.experiment.ClinicExperiment.run("a", clinic, plan);
        var b = org.clinicflow.scenarios.experiment.ClinicExperiment.run("b", clinic, plan);
        var wait = org.clinicflow.simulator.clinic.results.Kpi.WAITING_ROOM_MINUTES;
        TableSection one = KpiSections.of("Key figures", null, a, List.of(wait));
        assertEquals(List.of("KPI", "mean ± 95% CI", "unit", "definition"), one.header());
        assertEquals(wait.key(), one.rows().get(0).get(0));
        assertTrue(one.numeric(1) && !one.numeric(2) && !one.numeric(3), "unit and definition are text");
        TableSection pair = KpiSections.comparison("Compared", null, a, "baseline", b, "again", List.of(wait));
        assertEquals(List.of("KPI", "baseline", "again", "difference [95% CI]", "unit"), pair.header());
        assertEquals("+0.0 [0.0, 0.0]", pair.rows().get(0).get(3), "the same seed: the same patients, no difference");
    }

    @Test
    void theWriterKeepsElementsBalancedAndEscapes() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; &#39;", HtmlWriter.escape("<a href=\"x\"> & '"));
        HtmlWriter w = new HtmlWriter().open("div").open("p");
        assertThrows(IllegalStateException.class, () -> w.close("div"));
        assertThrows(IllegalStateException.class, () -> new HtmlWriter().open("div").finish());
        assertEquals("<p class=\"a&quot;b\">x</p>", new HtmlWriter().element("p", "x", "class", "a\"b", "id", null)
                .finish());
    }
}
