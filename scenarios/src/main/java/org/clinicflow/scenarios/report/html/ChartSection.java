package org.clinicflow.scenarios.report.html;

import java.util.List;
import org.clinicflow.scenarios.report.chart.RenderedChart;

/** One or more charts (embedded as SVG, with links to their PNG and SVG files) and a caption saying how to read them. */
public record ChartSection(String heading, String caption, List<RenderedChart> charts) implements ReportSection {
    public ChartSection {
        charts = List.copyOf(charts);
    }
}
