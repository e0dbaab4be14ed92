package org.clinicflow.scenarios.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicflow.scenarios.experiment.ReplicationObservers;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.PatientRecord;

/**
 * Writes one row per patient of every replication to one CSV. Each replication writes its own hidden part file from its
 * own thread (memory stays flat however long the run); {@link #complete()} joins the parts in replication order into
 * the target, atomically, and removes them. The parts are {@link AtomicFiles} temporary files: Ctrl-C deletes them,
 * and a later run removes those of a run that was killed. Clock times are the time of day; waits are minutes.
 */
public final class PatientsCsv implements ReplicationObservers {
    private static final List<String> HEADER = List.of("replication", "patient", "day", "date", "walkIn",
            "visitType", "provider", "outcome", "appointment", "arrival", "roomingStart", "providerStart",
            "departure", "waitingRoomMinutes", "examRoomWaitMinutes", "totalWaitMinutes", "cycleTimeMinutes",
            "proceduresDone", "proceduresCancelled");

    private static final java.time.format.DateTimeFormatter CLOCK =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path target;
    private final LocalDate startDate;
    private final Map<Integer, CSVPrinter> open = new ConcurrentHashMap<>();
    private final Map<Integer, Path> parts = new ConcurrentHashMap<>();

    public PatientsCsv(Path target, LocalDate startDate) {
        this.target = target;
        this.startDate = startDate;
    }

    @Override
    public ClinicObserver forReplication(int replication) {
        CSVPrinter printer = printer(replication);
        return new ClinicObserver() {
            @Override
            public void patient(PatientRecord p) {
                try {
                    printer.printRecord(row(replication, p));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + target + ": " + AtomicFiles.reason(target, e), e);
                }
            }
        };
    }

    @Override
    public void finished(int replication) {
        try {
            open.remove(replication).close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + AtomicFiles.reason(target, e), e);
        }
    }

    /** Joins the parts, in replication order, into the target file. */
    public void complete() {
        try {
            AtomicFiles.write(target, out -> {
                out.write(String.join(",", HEADER));
                out.write("\r\n");
                for (int r = 0; parts.containsKey(r); r++) {
                    try (var in = Files.newBufferedReader(parts.get(r), StandardCharsets.UTF_8)) {
                        in.transferTo(out);
                    }
                }
            });
        } finally {
            discard();
        }
    }

    /** Removes part files (also after a failed run; again is harmless). */
    public void discard() {
        for (CSVPrinter p : open.values()) {
            try {
                p.close();
            } catch (IOException ignored) {
                // the part is removed next
            }
        }
        open.clear();
        parts.values().forEach(AtomicFiles::discard);
        parts.clear();
    }

    private CSVPrinter printer(int replication) {
        try {
            Path part = AtomicFiles.startPiece(target, "rep" + replication);
            parts.put(replication, part);
            BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
            open.put(replication, p);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + AtomicFiles.reason(target, e), e);
        }
    }

    private List<Object> row(int replication, PatientRecord p) {
        return List.of(replication, p.id(), p.day(), startDate.plusDays(p.day()), p.walkIn(), p.visitTypeId(),
                p.providerId() == null ? "" : p.providerId(), p.outcome().name().toLowerCase(java.util.Locale.ROOT),
                clock(p.appointment()), clock(p.arrival()), clock(p.roomingStart()), clock(p.providerStart()),
                clock(p.departure()), CsvNumbers.cell(round(p.waitingRoomMinutes())),
                CsvNumbers.cell(round(p.examRoomWaitMinutes())), CsvNumbers.cell(round(p.queueMinutes())),
                CsvNumbers.cell(round(p.cycleTimeMinutes())), p.proceduresDone(), p.proceduresCancelled());
    }

    /** Time of day of a horizon minute, to the second; empty when the step was not reached. */
    static String clock(double minute) {
        if (Double.isNaN(minute)) {
            return "";
        }
        double ofDay = minute - 1440 * Math.floor(minute / 1440);
        return LocalTime.ofSecondOfDay(Math.min(86399, Math.round(ofDay * 60))).format(CLOCK);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 100) / 100.0;
    }
}
