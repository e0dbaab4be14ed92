package org.clinicflow.scenarios.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicflow.scenarios.report.AtomicFiles;
import org.clinicflow.scenarios.report.CsvNumbers;

/**
 * The batch summary for spreadsheets and scripts (RFC 4180: a header row, comma-separated, CRLF, UTF-8, plain
 * numbers): one row per scenario with its name, clinic, practice type, source, status and message, replications,
 * currency, when it finished and whether it was reused, then each headline figure as {@code KPI_mean},
 * {@code KPI_ci95Low}, {@code KPI_ci95High} (empty when not measured), then, when a roster was optimized, the
 * {@link #OPTIMIZED} columns (whether it is fully staffed, the stretches and MA-minutes short of minimum staff, whether
 * it breaks a hard rule, the verdict against the baseline and whether it improves on it), then its files relative to
 * the batch folder.
 */
public final class BatchSummaryCsv {
    private static final List<String> FIXED = List.of("scenario", "clinic", "practiceType", "source", "status",
            "message", "replications", "currency", "finished", "seconds", "reused");
    /** The optimized roster's columns, present when some scenario's roster was optimized. */
    static final List<String> OPTIMIZED = List.of("optimized.fullyStaffed", "optimized.staffingGaps",
            "optimized.maMinutesShort", "optimized.breaksHardRules", "optimized.verdict", "optimized.improves");

    private BatchSummaryCsv() {
    }

    public static void write(Path file, List<ScenarioOutcome> outcomes) {
        Set<String> figures = new LinkedHashSet<>();
        Set<String> files = new LinkedHashSet<>();
        boolean optimized = outcomes.stream().anyMatch(o -> o.optimizedRoster().isPresent());
        for (ScenarioOutcome o : outcomes) {
            figures.addAll(o.figures().keySet());
            files.addAll(o.files().keySet());
        }
        List<String> header = new ArrayList<>(FIXED);
        for (String f : figures) {
            header.add(f + "_mean");
            header.add(f + "_ci95Low");
            header.add(f + "_ci95High");
        }
        if (optimized) {
            header.addAll(OPTIMIZED);
        }
        header.addAll(files);
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                    .get());
            for (ScenarioOutcome o : outcomes) {
                List<Object> row = new ArrayList<>(List.of(o.scenario(), o.clinic(), o.practiceType(), o.source(),
                        o.status().word(), o.message(), o.replications(), o.currency(), o.finished(),
                        CsvNumbers.cell(o.seconds()), o.reused()));
                for (String f : figures) {
                    SummaryFigure g = o.figures().get(f);
                    row.add(g == null ? "" : cell(g.mean()));
                    row.add(g == null ? "" : cell(g.ci95Low()));
                    row.add(g == null ? "" : cell(g.ci95High()));
                }
                if (optimized) {
                    row.addAll(o.optimizedRoster().map(BatchSummaryCsv::optimized)
                            .orElse(Collections.<Object>nCopies(OPTIMIZED.size(), "")));
                }
                for (String f : files) {
                    row.add(o.files().getOrDefault(f, ""));
                }
                csv.printRecord(row);
            }
            csv.flush();
        });
    }

    private static List<Object> optimized(OptimizedRoster r) {
        return List.of(r.fullyStaffed(), r.staffingGaps(), r.maMinutesShort(), r.breaksHardRules(), r.verdict(),
                r.improves());
    }

    private static String cell(Double v) {
        return v == null ? "" : CsvNumbers.cell(v);
    }
}
