package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Overtime an MA is rostered for: which rule (daily, weekly, seventh day), the period (a date or a workweek), the
 * minutes at a premium and the premium in cents (above straight time).
 */
public record OvertimeJustification(String maId, String maName, String rule, String period, int minutes,
                                    long cents) implements ConstraintJustification {
}
