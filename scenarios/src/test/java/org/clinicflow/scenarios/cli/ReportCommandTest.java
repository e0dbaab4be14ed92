package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clinicflow.scenarios.report.html.HtmlChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinicflow report}: a simulated baseline written as report.html with its charts as PNG and SVG. */
class ReportCommandTest {
    @Test
    void writesAPageWithEverySectionAndItsCharts(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("report", "family-medicine", "--days", "5", "--replications", "2", "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("report.html"), run.out());

        String html = Files.readString(dir.resolve("report.html"));
        HtmlChecks.assertSelfContained(html);
        assertEquals(List.of("key-figures", "coverage-against-demand", "waiting-time-distribution",
                "utilization-by-hour", "roster", "roster-by-day", "supply-stock", "all-kpis", "method"),
                HtmlChecks.sectionIds(html));
        List<Path> charts;
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            charts = files.sorted().toList();
        }
        List<String> names = charts.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("coverage.png", "coverage.svg", "roster-week-1.png", "roster-week-1.svg",
                "supply-stock-1.png", "supply-stock-1.svg", "supply-stock-2.png", "supply-stock-2.svg",
                "utilization-by-hour.png", "utilization-by-hour.svg", "waiting-time.png", "waiting-time.svg"),
                names, "a PNG and an SVG per chart, no temporary files");
        assertEquals(charts.size() / 2, HtmlChecks.count(html, "<svg"), "every chart inline in the page");
        for (Path f : charts) {
            if (f.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(f.toFile());
                assertEquals(1600, image.getWidth(), f.toString());
            } else {
                assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile())
                        .getDocumentElement().getTagName());
            }
        }
        assertTrue(html.contains("waitingRoomMinutes"), "the KPI table");
        assertTrue(html.contains("Ana Torres") && html.contains("Pod A rooming"), "the roster grid");
        assertTrue(html.contains("Seed: 2026"), "notes on method");
        assertEquals(9, HtmlChecks.count(html, "<th scope=\"row\">"), "a roster row per MA");
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files");
        }
    }

    @Test
    void aClinicWithoutProvidersRoomsOrSuppliesLeavesThoseOut(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("report", "plain-queue-mmc", "--days", "2", "--replications", "2", "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("report.html"));
        HtmlChecks.assertSelfContained(html);
        assertFalse(HtmlChecks.sectionIds(html).contains("supply-stock"));
        assertFalse(html.contains("Exam rooms</text>"), "no exam rooms to chart");
    }

    @Test
    void helpExplainsTheOutput() {
        CliRun help = CliRun.of("report", "--help");
        assertEquals(0, help.exitCode());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("95% confidence intervals") && text.contains("DIR/charts"), help.out());
        assertFalse(help.out().contains("WARN") || help.err().contains("WARN"), help.err());
    }

    @Test
    void autoReplicationsRunUntilThePrecisionIsReached(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("kpis.json");
        CliRun run = CliRun.of("report", "plain-queue-mmc", "--days", "2", "--replications", "auto", "--precision",
                "100", "--out", dir.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        var replications = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile())
                .get("replications");
        assertEquals("auto", replications.get("rule").asText());
        assertTrue(replications.get("reached").asBoolean(), "a loose target is met by the first batch");
        assertEquals(10, replications.get("replications").asInt());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("10 replications"));
        CliRun noTarget = CliRun.of("report", "plain-queue-mmc", "--replications", "auto", "--out", dir.toString());
        assertEquals(ClinicFlowCli.BAD_INPUT, noTarget.exitCode());
        assertTrue(noTarget.err().contains("--precision"), noTarget.err());
    }

    @Test
    void badInputIsReportedNotThrown(@TempDir Path dir) {
        CliRun unknown = CliRun.of("report", "family-medicne", "--out", dir.toString());
        assertEquals(ClinicFlowCli.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("family-medicine"), unknown.err());
        CliRun zero = CliRun.of("report", "family-medicine", "--replications", "0");
        assertEquals(ClinicFlowCli.BAD_INPUT, zero.exitCode());
        assertTrue(zero.err().contains("--replications must be at least 1"), zero.err());
    }
}
