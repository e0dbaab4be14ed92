package org.clinicflow.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** patients.csv's per-replication parts: temporary files that name their process, removed however the run ends. */
class PatientsCsvTest {

    private static List<Path> hidden(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }

    @Test
    void partsNameTheirProcessSoALaterRunCanTellALeftover(@TempDir Path dir) throws Exception {
        PatientsCsv csv = new PatientsCsv(dir.resolve("patients.csv"), LocalDate.of(2026, 1, 5));
        csv.forReplication(0);
        csv.forReplication(1);
        List<Path> parts = hidden(dir);
        assertEquals(2, parts.size(), parts.toString());
        for (Path p : parts) {
            assertTrue(p.getFileName().toString().startsWith(".patients.csv.rep"), p.toString());
            assertEquals(OptionalLong.of(ProcessHandle.current().pid()), AtomicFiles.temporaryOwner(p), p.toString());
        }
        csv.discard(); // a failed run: replication 1 never finished
        assertEquals(List.of(), hidden(dir));
    }

    @Test
    void completeJoinsThePartsAndRemovesThem(@TempDir Path dir) throws Exception {
        PatientsCsv csv = new PatientsCsv(dir.resolve("patients.csv"), LocalDate.of(2026, 1, 5));
        csv.forReplication(0);
        csv.finished(0);
        csv.complete();
        assertEquals(List.of(), hidden(dir));
        assertTrue(Files.readString(dir.resolve("patients.csv")).startsWith("replication,patient,"));
    }
}
