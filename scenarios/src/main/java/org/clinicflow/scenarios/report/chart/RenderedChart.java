package org.clinicflow.scenarios.report.chart;

import java.nio.file.Path;

/** A chart written to disk: its title, its PNG and SVG files, and its SVG element for inlining in an HTML page. */
public record RenderedChart(String name, String title, Path png, Path svg, String inlineSvg) {
}
