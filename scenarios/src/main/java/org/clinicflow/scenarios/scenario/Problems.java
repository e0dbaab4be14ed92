package org.clinicflow.scenarios.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;

/**
 * The problems found while reading one scenario file, so that the user sees all of them at once rather than one per
 * run. Also tells an optional observer which keys each map allows, so a test can hold the JSON Schema to the loader.
 */
final class Problems {
    /** Sees, for every map read with a fixed set of keys, the field path and the keys allowed there. */
    interface KeyObserver {
        void allowed(String path, Set<String> keys);
    }

    private final String source;
    private final List<InvalidInputException> found = new ArrayList<>();
    private final Set<String> failedFields = new HashSet<>();
    private final KeyObserver observer;

    Problems(String source, KeyObserver observer) {
        this.source = source;
        this.observer = observer;
    }

    String source() {
        return source;
    }

    void add(int line, int column, String field, String problem) {
        found.add(new InvalidInputException(source, line, column, field, problem));
        failedFields.add(field);
    }

    /** A problem in a value given elsewhere (an override on the command line), which has no line in the file. */
    void add(String elsewhere, String field, String problem) {
        found.add(new InvalidInputException(elsewhere, field, problem));
        failedFields.add(field);
    }

    /**
     * True when a problem has been recorded at {@code field} or inside it ({@code visitTypes[1]} covers
     * {@code visitTypes[1].slotMinutes}). A check that compares values across the file asks this of every field it
     * depends on and stays quiet when one of them failed to read: the fallback read in its place would only produce
     * consequences of the mistake already reported, not new ones.
     */
    boolean failedAt(String field) {
        if (field.isEmpty()) {
            return any();
        }
        for (String f : failedFields) {
            if (f.equals(field) || f.startsWith(field) && (f.charAt(field.length()) == '.'
                    || f.charAt(field.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    void observeKeys(String path, Set<String> keys) {
        if (observer != null) {
            observer.allowed(path, keys);
        }
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Throws every problem found, in file order, if there is any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<InvalidInputException> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparingInt(InvalidInputException::line)
                    .thenComparingInt(InvalidInputException::column));
            throw new InvalidInputFileException(sorted);
        }
    }
}
