package org.clinicflow.simulator.clinic.flow;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clinicflow.simulator.ModelInputException;

/**
 * Skill names as bits of a server's skill mask, in name order (so the layout does not depend on input order). The
 * bits above the skills are left for {@link TaskRouting}'s home stations.
 */
final class SkillBits {
    private final Map<String, Integer> bits = new TreeMap<>();

    SkillBits(Collection<String> names) {
        for (String n : new TreeSet<>(names)) {
            bits.put(n, bits.size());
        }
    }

    int size() {
        return bits.size();
    }

    /** The mask of the named skills; every name must be one this layout was built from. */
    long mask(Collection<String> names) {
        long m = 0;
        for (String n : names) {
            Integer b = bits.get(n);
            if (b == null) {
                throw new IllegalArgumentException("skill '" + n + "' was not collected: " + bits.keySet());
            }
            m |= 1L << b;
        }
        return m;
    }

    /** Checks that {@code used} bits fit in a 64-bit mask. */
    static void requireFits(int used, String what) {
        if (used > 64) {
            throw new ModelInputException(what, "the simulator tells apart at most 64 skills and stations, got " + used);
        }
    }
}
