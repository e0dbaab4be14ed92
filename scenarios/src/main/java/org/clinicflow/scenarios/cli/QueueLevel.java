package org.clinicflow.scenarios.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** One staffing level of {@code clinicflow queue}: simulated, or left out for having no steady state. */
sealed interface QueueLevel permits QueueRun, QueueLevel.Unstable {
    /** The number of servers, c. */
    int servers();

    /** The level's figures, for JSON output. */
    Map<String, Object> toJson();

    /**
     * A level offered rho = lambda * E[S] / c >= 1 in a steady-state run: the queue grows without bound, so there is no
     * steady state to simulate or set beside theory. A session ({@code --hours}) simulates it.
     */
    record Unstable(int servers, double offeredUtilization) implements QueueLevel {
        /** What the level's JSON says about it. */
        static final String NOTE = "unstable: rho >= 1, no steady state; use --hours for a session";
        /** What its row says in the table, whose notes below say the rest. */
        static final String CELL = "unstable: no steady state";

        @Override
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("servers", servers);
            m.put("offeredUtilization", offeredUtilization);
            m.put("stable", false);
            m.put("note", NOTE);
            return m;
        }
    }
}
