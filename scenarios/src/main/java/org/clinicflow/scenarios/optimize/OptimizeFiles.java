package org.clinicflow.scenarios.optimize;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicflow.scenarios.report.JsonFiles;
import org.clinicflow.scenarios.report.html.ClinicReport;

/**
 * The files of an optimize run, in one folder, each written whole or not at all: {@code roster.csv},
 * {@code calendars/<ma-id>.ics}, {@code optimize.json}, {@code report.html} and its {@code charts/}.
 */
public final class OptimizeFiles {
    public static final String ROSTER = "roster.csv";
    public static final String JSON = "optimize.json";
    public static final String REPORT = "report.html";

    private OptimizeFiles() {
    }

    /** Writes them all into {@code dir}; {@code stamp} dates the calendar events. Returns the files, report last. */
    public static List<Path> write(OptimizeOutcome o, Path dir, Instant stamp) {
        return write(o, Optional.empty(), dir, stamp);
    }

    /** As {@link #write(OptimizeOutcome, Path, Instant)}, with a trade-off study in the JSON and the report. */
    public static List<Path> write(OptimizeOutcome o, Optional<TradeOff> tradeOff, Path dir, Instant stamp) {
        List<Path> files = new ArrayList<>();
        Path csv = dir.resolve(ROSTER);
        RosterCsv.write(csv, o.request().clinic(), o.roster());
        files.add(csv);
        files.addAll(RosterCalendar.write(dir.resolve(RosterCalendar.FOLDER), o.request().clinic(), o.roster(),
                stamp));
        Path json = dir.resolve(JSON);
        JsonFiles.write(json, OptimizeJson.of(o, tradeOff));
        files.add(json);
        Path page = dir.resolve(REPORT);
        ClinicReport.write(page, OptimizeReport.build(o, tradeOff, dir));
        files.add(page);
        return files;
    }
}
