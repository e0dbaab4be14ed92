package org.clinicflow.scenarios.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;

/** Writes machine-readable results as pretty-printed JSON, atomically. */
public final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode results as JSON", e);
        }
    }

    public static void write(Path file, Object value) {
        AtomicFiles.writeString(file, toJson(value));
    }
}
