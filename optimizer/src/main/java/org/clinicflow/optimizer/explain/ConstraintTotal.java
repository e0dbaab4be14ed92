package org.clinicflow.optimizer.explain;

/** What one rule adds to the score: hard, medium and soft (cents) parts and how many times it matched. */
public record ConstraintTotal(String name, long hard, long medium, long soft, int matches) {
}
