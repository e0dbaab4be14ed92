package org.clinicflow.scenarios.report.html;

import java.util.List;

/** What an HTML report shows: a title, a line under it (scenario, run), and the sections in order. */
public record ReportContent(String title, String subtitle, List<ReportSection> sections) {
    public ReportContent {
        sections = List.copyOf(sections);
    }
}
