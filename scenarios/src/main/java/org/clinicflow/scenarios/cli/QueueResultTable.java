package org.clinicflow.scenarios.cli;

import java.util.List;
import org.clinicflow.scenarios.report.TextTable;

/** Prints queue runs side by side with theory: one row per staffing level, an unstable one saying so. */
final class QueueResultTable {
    private QueueResultTable() {
    }

    static String render(List<? extends QueueLevel> levels) {
        TextTable t = new TextTable("servers", "utilization", "P(wait) simulated", "P(wait) theory",
                "mean wait (min)", "theory (min)", "p90 wait (min)", "formula");
        for (QueueLevel level : levels) {
            if (level instanceof QueueLevel.Unstable u) {
                t.row(u.servers(), "rho " + QueueRun.fmt(u.offeredUtilization(), 3), "-", "-", "-", "-", "-",
                        QueueLevel.Unstable.CELL);
                continue;
            }
            QueueRun r = (QueueRun) level;
            t.row(r.spec().servers(),
                    r.utilization().format(3),
                    r.probabilityOfWaiting().format(3),
                    r.theory().map(th -> QueueRun.fmt(th.probabilityOfWaiting(), 3)).orElse("-"),
                    r.meanWait().format(2),
                    r.theory().map(th -> QueueRun.fmt(th.meanWait(), 2)).orElse("-"),
                    r.summary().get("queue.wait.p90").format(1),
                    r.theory().map(th -> th.formula()).orElse("none"));
        }
        return t.render();
    }
}
