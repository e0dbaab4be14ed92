package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clinicflow.scenarios.report.html.HtmlChecks;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clinicflow batch}: many scenarios unattended, a folder of results each, a summary and an index; a rerun
 * reuses what finished unless the scenario or the options changed; a broken scenario is reported and the rest run.
 */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TINY = {"--days", "2", "--replications", "2"};

    private static CliRun batch(Path out, String... args) {
        String[] all = Stream.of(new String[] {"batch"}, args, new String[] {"--out", out.toString()}, TINY)
                .flatMap(Stream::of).toArray(String[]::new);
        return CliRun.of(all);
    }

    private static List<CSVRecord> summary(Path out) throws IOException {
        try (Reader in = Files.newBufferedReader(out.resolve("summary.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static List<Path> temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void runsEachScenarioIntoItsFolderThenWritesTheSummaryAndTheIndex(@TempDir Path out) throws Exception {
        CliRun run = batch(out, "builtin:family-medicine", "plain-queue-mmc");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ok         family-medicine") && run.out().contains("2 ok (0 reused)"),
                run.out());

        for (String name : List.of("family-medicine", "plain-queue-mmc")) {
            Path dir = out.resolve(name);
            for (String file : List.of("kpis.json", "replications.csv", "report.html", "completed.json",
                    "charts/coverage.png", "charts/waiting-time.svg", "charts/roster-week-1.png")) {
                assertTrue(Files.isRegularFile(dir.resolve(file)), dir.resolve(file) + " written");
            }
            HtmlChecks.assertSelfContained(Files.readString(dir.resolve("report.html")));
        }
        assertTrue(Files.isRegularFile(out.resolve("family-medicine/charts/supply-stock-1.png")));

        List<CSVRecord> rows = summary(out);
        assertEquals(List.of("family-medicine", "plain-queue-mmc"), rows.stream().map(r -> r.get("scenario")).toList());
        CSVRecord fm = rows.get(0);
        assertEquals("family-medicine", fm.get("practiceType"));
        assertEquals("ok", fm.get("status"));
        assertEquals("2", fm.get("replications"));
        assertEquals("family-medicine/report.html", fm.get("report"));
        JsonNode kpis = JSON.readTree(out.resolve("family-medicine/kpis.json").toFile()).get("kpis");
        for (String kpi : List.of("waitingRoomMinutes", "waitPastAppointmentMinutes", "laborCost")) {
            JsonNode k = kpis.get(kpi);
            assertEquals(k.get("mean").asDouble(), Double.parseDouble(fm.get(kpi + "_mean")),
                    1e-9 * Math.abs(k.get("mean").asDouble()) + 1e-9, kpi + ": the summary is the run's number");
            assertEquals(k.get("ci95Low").asDouble(), Double.parseDouble(fm.get(kpi + "_ci95Low")),
                    1e-6 * Math.abs(k.get("ci95Low").asDouble()) + 1e-9, kpi);
            assertEquals(k.get("ci95High").asDouble(), Double.parseDouble(fm.get(kpi + "_ci95High")),
                    1e-6 * Math.abs(k.get("ci95High").asDouble()) + 1e-9, kpi);
        }
        String raw = Files.readString(out.resolve("summary.csv"));
        assertTrue(raw.startsWith("scenario,clinic,practiceType,source,status,"), "a header row");
        assertTrue(raw.contains("\r\n"), "RFC 4180 line ends");
        assertFalse(java.util.regex.Pattern.compile("\\d[eE][-+]?\\d").matcher(raw).find(), "plain numbers");

        String index = Files.readString(out.resolve("index.html"));
        HtmlChecks.assertSelfContained(index);
        assertEquals(List.of("scenarios", "scenarios-compared", "method"), HtmlChecks.sectionIds(index));
        assertTrue(index.contains("<a href=\"family-medicine/report.html\">family-medicine</a>"), "links each report");
        assertTrue(index.contains("<a href=\"plain-queue-mmc/report.html\">plain-queue-mmc</a>"));
        assertTrue(Files.isRegularFile(out.resolve("charts/scenarios-compared.png")));
        assertTrue(Files.isRegularFile(out.resolve("charts/scenarios-compared.svg")));
        assertEquals(List.of(), temporaryFiles(out), "no temporary file left");
    }

    @Test
    void aRerunReusesWhatFinishedAndAChangedOptionRunsAgain(@TempDir Path out) throws Exception {
        assertEquals(0, batch(out, "builtin:plain-queue-mmc").exitCode());
        Path report = out.resolve("plain-queue-mmc/report.html");
        Path kpis = out.resolve("plain-queue-mmc/kpis.json");
        FileTime written = Files.getLastModifiedTime(kpis);
        String before = Files.readString(report);

        long start = System.nanoTime();
        CliRun again = batch(out, "builtin:plain-queue-mmc");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("reused") && again.out().contains("1 ok (1 reused)"), again.out());
        assertEquals(written, Files.getLastModifiedTime(kpis), "nothing simulated again");
        assertEquals(before, Files.readString(report));
        assertEquals("true", summary(out).get(0).get("reused"));
        assertTrue(seconds < 5, "a rerun with nothing to do took " + seconds + " s");

        CliRun more = CliRun.of("batch", "builtin:plain-queue-mmc", "--out", out.toString(), "--days", "2",
                "--replications", "3");
        assertEquals(0, more.exitCode(), more.err());
        assertTrue(more.out().contains("1 ok (0 reused)"), more.out());
        assertEquals(3, JSON.readTree(kpis.toFile()).get("plan").get("replications").asInt());

        CliRun changed = CliRun.of("batch", "builtin:plain-queue-mmc", "--out", out.toString(), "--days", "2",
                "--replications", "3", "--set", "walkIns.perDay.mon-sun=300");
        assertTrue(changed.out().contains("1 ok (0 reused)"), "an override changes the results: " + changed.out());
    }

    @Test
    void aChangedScenarioFileRunsAgainAndAnUnchangedOneIsReused(@TempDir Path dir) throws Exception {
        Path clinics = Files.createDirectories(dir.resolve("clinics"));
        String text = ScenarioLibrary.text("plain-queue-mmc").orElseThrow();
        Files.writeString(clinics.resolve("queue-a.yaml"), text);
        Files.writeString(clinics.resolve("queue-b.yml"), text);
        Path out = dir.resolve("out");
        assertEquals(0, batch(out, clinics.toString()).exitCode());

        Files.writeString(clinics.resolve("queue-b.yml"), text.replace("mon-sun: 336", "mon-sun: 300"));
        CliRun again = batch(out, clinics.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("reused     queue-a") && again.out().contains("ok         queue-b"),
                again.out());
    }

    @Test
    void aBrokenScenarioIsReportedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
        Path clinics = Files.createDirectories(dir.resolve("clinics"));
        String text = ScenarioLibrary.text("plain-queue-mmc").orElseThrow();
        Files.writeString(clinics.resolve("good.yaml"), text);
        Files.writeString(clinics.resolve("broken.yaml"), text.replace("rooming: exponential(7.5)",
                "rooming: exponential(-2)"));
        Files.writeString(clinics.resolve("notes.txt"), "not a scenario");
        Path out = dir.resolve("out");
        CliRun run = batch(out, clinics.toString());
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode(), "bad input in one scenario: exit code 2");
        assertTrue(run.out().contains("bad input  broken") && run.out().contains("broken.yaml:"), run.out());

        List<CSVRecord> rows = summary(out);
        assertEquals(List.of("broken", "good"), rows.stream().map(r -> r.get("scenario")).toList(), "sorted by file");
        CSVRecord broken = rows.get(0);
        assertEquals("bad-input", broken.get("status"));
        assertTrue(broken.get("message").matches("(?s).*broken\\.yaml:\\d+:\\d+: .*rooming.*"), broken.get("message"));
        assertEquals("", broken.get("waitingRoomMinutes_mean"));
        assertEquals("ok", rows.get(1).get("status"));
        assertFalse(Files.exists(out.resolve("broken/completed.json")));

        String index = Files.readString(out.resolve("index.html"));
        HtmlChecks.assertSelfContained(index);
        assertEquals(List.of("scenarios", "scenarios-compared", "problems", "method"), HtmlChecks.sectionIds(index));
        assertTrue(index.contains("bad input") && index.contains("broken.yaml:"), "the problem and where it is");
    }

    @Test
    void jsonToStandardOutputIsTheJsonAlone(@TempDir Path out) throws Exception {
        CliRun run = batch(out, "builtin:plain-queue-mmc", "--json", "-");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals(1, json.get("counts").get("ok").asInt());
        JsonNode scenario = json.get("scenarios").get(0);
        assertEquals("ok", scenario.get("status").asText());
        JsonNode wait = scenario.get("figures").get("waitingRoomMinutes");
        assertTrue(wait.get("ci95Low").asDouble() <= wait.get("mean").asDouble()
                && wait.get("mean").asDouble() <= wait.get("ci95High").asDouble());
        assertEquals("min", wait.get("unit").asText().substring(0, 3));
    }

    @Test
    void argumentsThatFindNoScenarioAreBadInput(@TempDir Path out) {
        CliRun missing = batch(out, out.resolve("no-such-dir").toString());
        assertEquals(ClinicFlowCli.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().contains("no such file or directory"), missing.err());
        CliRun typo = batch(out, "builtin:family-medicin");
        assertEquals(ClinicFlowCli.BAD_INPUT, typo.exitCode());
        assertTrue(typo.err().contains("did you mean 'family-medicine'"), typo.err());
        CliRun noOut = CliRun.of("batch", "builtin:all");
        assertEquals(ClinicFlowCli.BAD_INPUT, noOut.exitCode());
        assertTrue(noOut.err().contains("--out"), noOut.err());
    }
}
