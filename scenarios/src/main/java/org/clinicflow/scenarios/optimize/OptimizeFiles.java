package org.clinicflow.scenarios.optimize;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicflow.scenarios.report.JsonFiles;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.scenarios.report.html.ClinicReport;

/**
 * The files of an optimize run, in one folder, each written whole or not at all: {@code roster.csv},
 * {@code calendars/<ma-id>.ics}, {@code optimize.json}, {@code report.html} and its {@code charts/}; with a trade-off
 * study also the roster solved at each other price, {@code roster-<cents>c.csv}.
 */
public final class OptimizeFiles {
    public static final String ROSTER = "roster.csv";
    public static final String JSON = "optimize.json";
    public static final String REPORT = "report.html";

    private OptimizeFiles() {
    }

    /** The file of a trade-off roster solved at another price of waiting: {@code roster-17c.csv}. */
    public static String tradeOffRosterFile(TradeOffRoster r) {
        return "roster-" + KpiFormat.plain(r.waitingCents()) + "c.csv";
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
        for (TradeOffRoster r : tradeOff.map(TradeOff::rosters).orElse(List.of())) {
            if (!r.result().roster().equals(o.roster())) { // the one solved at the main price is roster.csv
                Path other = dir.resolve(tradeOffRosterFile(r));
                RosterCsv.write(other, o.request().clinic(), r.result().roster());
                files.add(other);
            }
        }
        Path json = dir.resolve(JSON);
        JsonFiles.write(json, OptimizeJson.of(o, tradeOff));
        files.add(json);
        Path page = dir.resolve(REPORT);
        ClinicReport.write(page, OptimizeReport.build(o, tradeOff, dir));
        files.add(page);
        return files;
    }
}
