package org.clinicflow.scenarios.report.chart;

/** The pixel size a chart is drawn at; {@link #SLIDE} (1600x900, 16:9) suits a slide or a report page. */
public record ChartSize(int width, int height) {
    /** A 16:9 slide. */
    public static final ChartSize SLIDE = new ChartSize(1600, 900);

    public ChartSize {
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("a chart needs at least 100x100 pixels, got " + width + "x" + height);
        }
    }
}
