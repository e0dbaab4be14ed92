package org.clinicflow.optimizer.domain;

import org.clinicflow.simulator.ModelInputException;

/**
 * What the soft goals cost, in US cents: a patient-minute of expected waiting, fairness (per squared hour a week's
 * hours miss the contract target), preferences per shift, continuity (per extra pod in a week, per shift outside the
 * usual pods) and each change from a published roster.
 */
public record Prices(double waitingCentsPerPatientMinute, long fairnessCentsPerSquaredHour, long undesiredDayCents,
                     long undesiredShiftCents, long desiredDayCents, long desiredShiftCents, long extraPodCents,
                     long outsideUsualPodsCents, long publishedChangeCents) {

    /**
     * The defaults. A patient-minute of waiting is priced like a minute of MA work at the US median wage of
     * $20.19/h (BLS OES May 2023): 34 cents, so an extra MA-hour pays for itself when it saves an hour of patient
     * waiting. Fairness: 100 cents per squared hour, so a full-time MA 8 h short of target in a week costs $64.
     * Preferences $5 against, $2 for; $3 per extra pod in a week; $2 per shift outside the usual pods; $20 per change
     * to a published roster (a phone call and a disrupted plan).
     */
    public static Prices defaults() {
        return new Prices(34, 100, 500, 500, 200, 200, 300, 200, 2000);
    }

    /** The same prices with another price of a patient-minute of waiting. */
    public Prices withWaitingCents(double cents) {
        return new Prices(cents, fairnessCentsPerSquaredHour, undesiredDayCents, undesiredShiftCents, desiredDayCents,
                desiredShiftCents, extraPodCents, outsideUsualPodsCents, publishedChangeCents);
    }

    public Prices {
        ModelInputException.requireNonNegative("waiting price", waitingCentsPerPatientMinute);
        for (long price : new long[] {fairnessCentsPerSquaredHour, undesiredDayCents, undesiredShiftCents,
                desiredDayCents, desiredShiftCents, extraPodCents, outsideUsualPodsCents, publishedChangeCents}) {
            if (price < 0) {
                throw new ModelInputException("price", "must be 0 or more cents, got " + price);
            }
        }
    }
}
