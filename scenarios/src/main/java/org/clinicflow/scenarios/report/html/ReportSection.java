package org.clinicflow.scenarios.report.html;

/** One section of a {@link ReportContent}: a heading and what it shows. Each prints on its own page. */
public sealed interface ReportSection permits TableSection, ChartSection, RosterSection, TextSection {
    String heading();
}
