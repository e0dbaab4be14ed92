package org.clinicflow.optimizer.explain;

import org.clinicflow.optimizer.domain.TimeText;

/** One MA's rostered overtime over the horizon: minutes at a premium (daily, weekly, seventh day) and its cost. */
public record OvertimeSummary(String maId, String maName, int minutes, long premiumCents) {
    public String describe() {
        return maName + " (" + maId + "): " + TimeText.hours(minutes) + " of overtime, premium "
                + TimeText.dollars(premiumCents);
    }
}
