package org.clinicflow.optimizer.domain;

/**
 * The part of a shift that falls in one workweek: its paid minutes and, of those, the straight-time minutes (not
 * already paid as daily overtime), which count toward weekly overtime.
 */
public record WeekShare(int week, int paidMinutes, int straightMinutes) {
}
