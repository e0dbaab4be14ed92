package org.clinicflow.scenarios.optimize;

import java.math.BigInteger;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Roster;

/**
 * How long a validation simulates: a whole number of both rosters' cycles, so the baseline (say, one week repeated)
 * and the optimized roster (W weeks, repeated) are judged over the same stretch of days, every day of each roster as
 * often as the others.
 */
public final class ValidationDays {
    /** Validations run at least four weeks unless told otherwise, as {@code simulate} does. */
    public static final int MINIMUM_DEFAULT = 28;

    private ValidationDays() {
    }

    /** The days after which both rosters have repeated whole: the least common multiple of their cycles. */
    public static int commonCycle(Roster a, Roster b) {
        return commonCycle(a.cycleDays(), b.cycleDays());
    }

    public static int commonCycle(int aDays, int bDays) {
        return BigInteger.valueOf(aDays).multiply(BigInteger.valueOf(bDays))
                .divide(BigInteger.valueOf(aDays).gcd(BigInteger.valueOf(bDays))).intValueExact();
    }

    /** The smallest multiple of {@code cycleDays} that is at least {@link #MINIMUM_DEFAULT}. */
    public static int defaultDays(int cycleDays) {
        return ((MINIMUM_DEFAULT + cycleDays - 1) / cycleDays) * cycleDays;
    }

    /** Throws unless {@code days} covers whole cycles. */
    public static void check(int days, int cycleDays) {
        if (days < cycleDays || days % cycleDays != 0) {
            throw new ModelInputException("days", "must be a multiple of " + cycleDays + " so that both rosters"
                    + " repeat whole (the baseline and the optimized roster's cycles), e.g. " + defaultDays(cycleDays)
                    + "; got " + days);
        }
    }
}
