package org.clinicflow.scenarios.report.html;

/** A roster as a grid of MAs by day, with an optional explanation above it (null for none). */
public record RosterSection(String heading, String intro, RosterGrid grid) implements ReportSection {
}
