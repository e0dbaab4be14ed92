package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicflow.simulator.queueing.QueueingFormulas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine-level commands: version, help, demo, queue, and how they treat bad input. */
class EngineCommandsTest {

    @Test
    void versionNamesTheProductAndJava() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("ClinicFlow "), run.out());
        assertTrue(run.out().contains("Java 17") || run.out().contains("Java "), run.out());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String word : new String[] {"demo", "simulate", "optimize", "queue", "bench", "Exit codes"}) {
            assertTrue(run.out().contains(word), "help mentions " + word);
        }
    }

    @Test
    void noCommandPrintsUsageAndFailsAsBadInput() {
        CliRun run = CliRun.of();
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("Usage"));
    }

    @Test
    void queueComparesStaffingLevelsBesideErlangC() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "14", "--servers", "2,3,4", "--customers", "50000",
                "--replications", "5");
        assertEquals(0, run.exitCode(), run.err());
        String expected = String.format(java.util.Locale.ROOT, "%.2f",
                QueueingFormulas.mmcMeanWait(14 / 60.0, 7.5, 3));
        assertTrue(run.out().contains(expected), "theory value for 3 MAs " + expected + " in\n" + run.out());
        assertTrue(run.out().contains("Erlang C (M/M/4)"));
    }

    @Test
    void queueWritesJsonWhoseConfidenceIntervalCoversErlangC(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("q.json");
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "14", "--servers", "3", "--replications", "10",
                "--customers", "50000", "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode results = new ObjectMapper().readTree(Files.readString(json)).get("results").get(0);
        JsonNode wait = results.get("meanWaitMinutes");
        double theory = results.get("theory").get("meanWaitMinutes").asDouble();
        assertEquals(QueueingFormulas.mmcMeanWait(14 / 60.0, 7.5, 3), theory, 1e-12);
        assertTrue(wait.get("ci95Low").asDouble() < wait.get("ci95High").asDouble());
        // A 95% interval from 10 replications; its width is the tolerance, with a 3x margin against chance misses.
        double halfWidth = (wait.get("ci95High").asDouble() - wait.get("ci95Low").asDouble()) / 2;
        assertEquals(theory, wait.get("mean").asDouble(), 3 * halfWidth);
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
    }

    @Test
    void sameSeedGivesTheSameNumbersOnOneOrTwoThreads() {
        String[] base = {"queue", "--arrivals-per-hour", "10", "--servers", "2", "--replications", "4",
                "--customers", "20000", "--seed", "7"};
        CliRun one = CliRun.of(concat(base, "--threads", "1"));
        CliRun two = CliRun.of(concat(base, "--threads", "2"));
        assertEquals(one.out(), two.out());
    }

    @Test
    void zeroRateIsBadInputNamingTheOption() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "0", "--servers", "1");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--arrivals-per-hour must be a number greater than 0"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace");
    }

    @Test
    void negativeServersIsBadInput() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "5", "--servers", "-1");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--servers must be from 1 to 100000, got -1"), run.err());
    }

    @Test
    void emptyEmpiricalTableIsBadInput() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "5", "--servers", "1", "--service", "empirical()");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--service") && run.err().contains("empty"), run.err());
    }

    @Test
    void unknownDistributionListsTheAllowedForms() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "5", "--servers", "1", "--service", "weibull(3)");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("lognormal(mean, sd)"), run.err());
    }

    @Test
    void unstableSteadyStateIsRefusedNotRunForever() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "20", "--servers", "2");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("c = 2 gives rho = 1.250") && run.err().contains("--hours"), run.err());
    }

    /** One level without a steady state must not hide the others: its row says so, the rest run (exit 0). */
    @Test
    void anUnstableLevelIsARowSayingSoBesideTheStableOnes() throws Exception {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "14", "--servers", "1,2,3", "--customers", "5000",
                "--replications", "2");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("1 ") && r.contains("rho 1.750")
                && r.contains("unstable: no steady state")), run.out());
        assertTrue(run.out().contains("Erlang C (M/M/2)") && run.out().contains("Erlang C (M/M/3)"), run.out());
        assertTrue(run.out().contains("Not simulated: c = 1 (rho = lambda * E[S] / c >= 1")
                && run.out().contains("Use --hours H"), run.out());

        CliRun json = CliRun.of("queue", "--arrivals-per-hour", "14", "--servers", "1,2,3", "--customers", "5000",
                "--replications", "2", "--json", "-");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode results = new ObjectMapper().readTree(json.out()).get("results");
        assertEquals(3, results.size());
        assertEquals(1, results.get(0).get("servers").asInt());
        assertFalse(results.get(0).get("stable").asBoolean());
        assertEquals(1.75, results.get(0).get("offeredUtilization").asDouble(), 1e-12);
        assertTrue(results.get(0).get("note").asText().contains("use --hours"), results.toString());
        assertFalse(results.get(0).has("meanWaitMinutes"), "not simulated");
        for (int i = 1; i < 3; i++) {
            assertTrue(results.get(i).get("stable").asBoolean() && results.get(i).has("meanWaitMinutes"));
        }
    }

    @Test
    void whenEveryLevelIsUnstableTheMessageNamesThemAll() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "20", "--servers", "1,2");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--servers 1,2") && run.err().contains("c = 1 gives rho = 2.500")
                && run.err().contains("c = 2 gives rho = 1.250") && run.err().contains("at least 3 servers"),
                run.err());
        assertEquals("", run.out());
    }

    /** 1e9 arrivals an hour ran a session out of memory with a stack trace; limits refuse it first. */
    @Test
    void ratesAndSessionsBeyondTheLimitsAreBadInputNamingTheOption() {
        CliRun rate = CliRun.of("queue", "--arrivals-per-hour", "1e9", "--servers", "2", "--hours", "1", "-r", "1");
        assertEquals(ClinicFlowCli.BAD_INPUT, rate.exitCode());
        assertTrue(rate.err().startsWith("error: --arrivals-per-hour must be a number greater than 0 and at most"
                + " 1000000, got 1000000000"), rate.err());
        CliRun session = CliRun.of("queue", "--arrivals-per-hour", "100000", "--servers", "2", "--hours", "100");
        assertEquals(ClinicFlowCli.BAD_INPUT, session.exitCode());
        assertTrue(session.err().contains("--hours 100 at --arrivals-per-hour 100000 expects about 10,000,000"
                + " arrivals per replication; at most 1,000,000"), session.err());
        CliRun servers = CliRun.of("queue", "--arrivals-per-hour", "14", "--servers", "2000000000");
        assertEquals(ClinicFlowCli.BAD_INPUT, servers.exitCode());
        assertTrue(servers.err().contains("--servers must be from 1 to 100000"), servers.err());
        CliRun customers = CliRun.of("queue", "--arrivals-per-hour", "14", "--servers", "2", "--customers",
                "1000000000000");
        assertEquals(ClinicFlowCli.BAD_INPUT, customers.exitCode());
        assertTrue(customers.err().contains("--customers must be from 1 to 500,000,000"), customers.err());
        for (CliRun r : List.of(rate, session, servers, customers)) {
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void unstableQueueRunsWithAFiniteHorizon() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "20", "--servers", "2", "--hours", "8",
                "--replications", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("none"), "no steady-state theory for an overloaded queue:\n" + run.out());
    }

    /** Erlang C is the steady state; beside a session from empty it must say so, or a manager reads a wrong gap. */
    @Test
    void aSessionFromEmptySaysTheTheoryIsTheSteadyState() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "50", "--servers", "2", "--service", "exponential(2.2)",
                "--hours", "8", "--replications", "3");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Erlang C") && run.out().contains("steady state, for reference only"),
                run.out());
        CliRun steady = CliRun.of("queue", "--arrivals-per-hour", "50", "--servers", "2", "--service",
                "exponential(2.2)", "--customers", "2000", "--replications", "2");
        assertTrue(!steady.out().contains("for reference only"), steady.out());
    }

    @Test
    void mistypedOptionSuggestsTheRightOne() {
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "5", "--servers", "1", "--replicatons", "3");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--replications"), run.err());
    }

    @Test
    void jsonToAnUnwritablePlaceFailsCleanly(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        CliRun run = CliRun.of("queue", "--arrivals-per-hour", "5", "--servers", "1", "--replications", "2",
                "--customers", "2000", "--json", blocker.resolve("out.json").toString());
        assertEquals(ClinicFlowCli.FAILED, run.exitCode());
        assertTrue(run.err().startsWith("error: cannot write " + blocker.resolve("out.json") + ": " + blocker
                + " is a file, not a directory"), run.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
