package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinicflow demo}: the whole story, from the baseline to the report, on family medicine. */
class DemoCommandTest {

    @Test
    void tellsTheStoryAndWritesTheReport(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("demo.json");
        CliRun run = CliRun.of("demo", "--replications", "3", "--out", dir.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertFalse(out.contains("%%") || run.err().contains("%%"), "a format escape printed as is:\n" + out);
        assertTrue(out.lines().skip(1).findFirst().orElse("").contains("95% confidence intervals"), out);
        for (String step : new String[] {"1. The baseline roster, simulated", "2. The optimized roster",
                "3. Against the baseline", "Verdict:", "4. The trade-off", "17¢/min", "136¢/min", "Report: "}) {
            assertTrue(out.contains(step), "the story has '" + step + "':\n" + out);
        }
        Path report = dir.resolve("report.html");
        String html = Files.readString(report);
        assertTrue(html.contains("Trade-off") && html.contains("<svg"), "report with the trade-off and charts");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "no network needed");
        assertTrue(Files.isRegularFile(dir.resolve("roster.csv")));
        for (String price : new String[] {"17", "68", "136"}) {
            Path other = dir.resolve("roster-" + price + "c.csv");
            assertTrue(Files.isRegularFile(other) && out.contains(other.toString()),
                    "the roster at " + price + "¢ is written and named, whichever one is recommended");
        }
        assertTrue(Files.isRegularFile(dir.resolve("charts").resolve("trade-off.png")));

        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        JsonNode rosters = root.get("tradeOff").get("rosters");
        assertEquals(4, rosters.size(), "the default price and three others");
        for (JsonNode r : rosters) {
            JsonNode d = r.get("laborCostDifference");
            assertTrue(d.get("ci95Low").asDouble() <= d.get("mean").asDouble());
        }
    }

    @Test
    void oneReplicationIsRefused() {
        CliRun run = CliRun.of("demo", "--replications", "1");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("at least 2"), run.err());
    }
}
