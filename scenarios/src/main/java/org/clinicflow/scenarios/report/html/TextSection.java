package org.clinicflow.scenarios.report.html;

/**
 * Plain text: paragraphs separated by blank lines, lines starting with "- " as a list; or, {@code preformatted}, shown
 * as written in a fixed-width font (a solver's score explanation keeps its indentation).
 */
public record TextSection(String heading, String text, boolean preformatted) implements ReportSection {
    /** Paragraphs and lists. */
    public static TextSection paragraphs(String heading, String text) {
        return new TextSection(heading, text, false);
    }

    /** Text shown as written. */
    public static TextSection preformatted(String heading, String text) {
        return new TextSection(heading, text, true);
    }
}
