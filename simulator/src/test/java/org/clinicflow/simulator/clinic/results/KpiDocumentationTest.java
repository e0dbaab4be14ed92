package org.clinicflow.simulator.clinic.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every KPI key is documented in docs/kpis.md and can be looked up by its key. */
class KpiDocumentationTest {
    @Test
    void everyKeyIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "kpis.md"));
        for (Kpi kpi : Kpi.values()) {
            assertTrue(doc.contains("`" + kpi.key() + "`"), kpi.key() + " is missing from docs/kpis.md");
        }
    }

    @Test
    void keysAreUniqueAndFoundByName() {
        for (Kpi kpi : Kpi.values()) {
            assertEquals(kpi, Kpi.byKey(kpi.key()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kpi.byKey("waitMinutes"));
        assertTrue(e.getMessage().contains("waitingRoomMinutes"), e.getMessage());
    }
}
