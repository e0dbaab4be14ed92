package org.clinicflow.scenarios.optimize;

import java.util.List;
import org.clinicflow.optimizer.explain.CoverOption;
import org.clinicflow.optimizer.solver.RosterResult;

/**
 * The answer to "who can cover?": the options best first (the one with no MA is leaving the shift open) and, when
 * the rest of the week was re-solved, the new roster and what changed (null and empty otherwise).
 */
public record CoverOutcome(CoverRequest request, List<CoverOption> options, RosterResult resolved,
                           List<RosterChange> changes) {
    public CoverOutcome {
        options = List.copyOf(options);
        changes = List.copyOf(changes);
    }
}
