package org.clinicflow.scenarios.optimize;

import java.util.List;
import java.util.Optional;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.Comparison;

/**
 * Rosters solved at several prices of patient waiting and simulated beside the baseline on common random numbers: the
 * trade-off between labor cost and waiting to choose from. {@code recommended} is the roster that beats the baseline
 * (better on waiting or cost, not clearly worse on the other) with the lowest simulated cost of labor plus waiting at
 * the price the user set; empty when none beats it.
 */
public record TradeOff(ClinicResults baseline, List<TradeOffRoster> rosters, Comparison comparison,
                       double referenceCents, Optional<TradeOffRoster> recommended) {
    public TradeOff {
        rosters = List.copyOf(rosters);
    }

    /** One sentence for people: which roster to take and why, or that each one trades. */
    public String recommendation() {
        if (recommended.isPresent()) {
            TradeOffRoster r = recommended.get();
            return "Recommended: the roster solved at " + r.label() + " — " + r.verdict().outcome().words()
                    + " than the baseline, and the lowest labor plus waiting cost (waiting valued at "
                    + TradeOffStudy.cents(referenceCents) + " a patient-minute) among those that beat it.";
        }
        return "No roster beats the baseline on both waiting and labor cost: each one buys less waiting with more"
                + " labor or saves labor with more waiting. Choose on the chart by what a minute of waiting is worth.";
    }
}
