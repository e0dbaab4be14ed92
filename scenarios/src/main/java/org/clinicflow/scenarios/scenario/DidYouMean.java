package org.clinicflow.scenarios.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the allowed word closest to a mistyped one (Levenshtein distance), for "did you mean" hints. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest of {@code allowed} to {@code typed}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> allowed) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(t, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A third of the word may be wrong, and 2 edits (transposed letters) in words of 5 letters or more;
        // a one- or two-letter word is too short to guess from.
        int tolerance = t.length() <= 2 ? 0 : t.length() <= 4 ? 1 : Math.max(2, t.length() / 3);
        return best != null && bestDistance <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean 'x'?)" or "". */
    public static String hint(String typed, Collection<String> allowed) {
        return closest(typed, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
