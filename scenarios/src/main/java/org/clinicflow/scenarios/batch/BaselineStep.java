package org.clinicflow.scenarios.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicflow.scenarios.experiment.ClinicExperiment;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentRun;
import org.clinicflow.scenarios.report.JsonFiles;
import org.clinicflow.scenarios.report.KpiJson;
import org.clinicflow.scenarios.report.PrecisionJson;
import org.clinicflow.scenarios.report.ReplicationsCsv;
import org.clinicflow.scenarios.report.html.BaselineReport;
import org.clinicflow.scenarios.report.html.ChartSection;
import org.clinicflow.scenarios.report.html.ClinicReport;
import org.clinicflow.scenarios.report.html.ReportContent;
import org.clinicflow.scenarios.report.profile.ProfileCollector;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * Simulates the scenario's baseline roster and writes, in its folder: {@code kpis.json} (every KPI with its 95%
 * interval, as {@code simulate --json}), {@code replications.csv} (one row per replication), and {@code report.html}
 * with its charts in {@code charts/} (as {@code clinicflow report}). The summary gets the {@link #SUMMARY} KPIs.
 */
public final class BaselineStep implements BatchStep {
    /** The KPIs of the batch summary, in its column order. */
    public static final List<Kpi> SUMMARY = List.of(Kpi.WAITING_ROOM_MINUTES, Kpi.WAIT_PAST_APPOINTMENT_MINUTES,
            Kpi.ROOMED_WITHIN_15_MIN_PCT, Kpi.TOTAL_WAIT_MINUTES, Kpi.CYCLE_TIME_MINUTES, Kpi.MA_UTILIZATION_PCT,
            Kpi.MA_OVERTIME_MINUTES, Kpi.CLINIC_OVERRUN_MINUTES, Kpi.VISITS_COMPLETED, Kpi.PATIENTS_NOT_SEEN,
            Kpi.LABOR_COST, Kpi.OVERTIME_COST);
    /** File labels in the outcome. */
    public static final String REPORT = "report";
    static final String KPIS = "kpisJson";
    static final String REPLICATIONS = "replicationsCsv";

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String fingerprint() {
        // Bump when the files this step writes change shape, so earlier batches are rerun rather than mixed.
        return "kpis.json replications.csv report.html charts/ (1)";
    }

    @Override
    public void run(ScenarioWork work) {
        ProfileCollector profiles = new ProfileCollector(work.clinic(), work.plan());
        ExperimentRun run = ClinicExperiment.run(work.name(), work.clinic(), work.plan(), work.precision(), profiles,
                work.progress());
        ClinicResults results = run.results().get(0);
        Path dir = work.dir();

        Map<String, Object> json = KpiJson.of(results);
        json.put("definition", work.source());
        json.put("replications", PrecisionJson.of(run.replications(), run.precision()));
        JsonFiles.write(dir.resolve("kpis.json"), json);
        ReplicationsCsv.write(dir.resolve("replications.csv"), results);
        ReportContent content = BaselineReport.build(work.source(), work.clinic(), results, profiles.profile(), dir,
                null);
        ClinicReport.write(dir.resolve("report.html"), content);
        removeOldCharts(dir.resolve(BaselineReport.CHARTS), content);

        work.baseline(results);
        for (Kpi k : SUMMARY) {
            work.figure(k.key(), k, results.estimate(k));
        }
        work.file(REPORT, dir.resolve("report.html"));
        work.file(KPIS, dir.resolve("kpis.json"));
        work.file(REPLICATIONS, dir.resolve("replications.csv"));
    }

    /**
     * Deletes chart files an earlier run of the scenario left that this report does not show (a roster with fewer
     * weeks now, say), so the folder holds one consistent run.
     */
    private static void removeOldCharts(Path charts, ReportContent content) {
        Set<Path> current = content.sections().stream().filter(ChartSection.class::isInstance)
                .flatMap(s -> ((ChartSection) s).charts().stream()).flatMap(c -> Stream.of(c.png(), c.svg()))
                .map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(charts)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if ((name.endsWith(".png") || name.endsWith(".svg"))
                        && !current.contains(f.toAbsolutePath().normalize())) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + charts + ": " + e.getMessage(), e);
        }
    }
}
