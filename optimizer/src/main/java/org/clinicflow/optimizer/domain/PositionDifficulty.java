package org.clinicflow.optimizer.domain;

import java.util.Comparator;

/**
 * Orders positions for the construction heuristic, hardest last (it fills the hardest first): the first slot of each
 * kind before extra slots, so minimum staffing is met before extra help is added; among those,
 * stations whose skills few MAs hold before common ones, so scarce skills are not spent on pods; then shifts that
 * cover needed time few other templates cover (the only shift reaching closing time goes first), then shifts that
 * cover more of the minimum staffing, then positions fewer MAs can fill.
 */
public final class PositionDifficulty implements Comparator<ShiftPosition> {
    private static final Comparator<ShiftPosition> ORDER = Comparator
            .comparingInt((ShiftPosition p) -> -p.slot())
            .thenComparingInt(p -> -p.qualifiedOnTeam())
            .thenComparingInt(p -> -p.fewestAlternatives())
            .thenComparingInt(ShiftPosition::requiredBuckets)
            .thenComparingInt(p -> -p.eligible().size())
            .thenComparing(ShiftPosition::id, Comparator.reverseOrder());

    @Override
    public int compare(ShiftPosition a, ShiftPosition b) {
        return ORDER.compare(a, b);
    }
}
