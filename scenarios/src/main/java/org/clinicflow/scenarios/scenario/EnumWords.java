package org.clinicflow.scenarios.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The words a scenario file uses for enum values: lower case with hyphens ({@code family-medicine}). */
final class EnumWords {
    private EnumWords() {
    }

    /** Every constant of {@code type} by its word, in declaration order. */
    static <E extends Enum<E>> Map<String, E> of(Class<E> type) {
        Map<String, E> out = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            out.put(word(e), e);
        }
        return out;
    }

    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads one of the words of {@code type}; {@code fallback} when absent or not allowed (reported). */
    static <E extends Enum<E>> E read(YamlValue v, Class<E> type, E fallback) {
        Map<String, E> words = of(type);
        String w = v.oneOf(words.keySet(), null);
        return w == null ? fallback : words.get(w);
    }
}
