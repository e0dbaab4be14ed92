package org.clinicflow.scenarios.report.html;

import java.util.List;
import java.util.Set;

/**
 * A table of text: the first column and the {@code textColumns} left-aligned (names, definitions), the others
 * right-aligned (numbers); an optional explanation above ({@code intro}) and below ({@code note}), either null for none.
 */
public record TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                           Set<Integer> textColumns) implements ReportSection {
    /** A table whose columns after the first all hold numbers. */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note) {
        this(heading, intro, header, rows, note, Set.of());
    }

    public TableSection {
        textColumns = Set.copyOf(textColumns);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of '" + heading + "' has " + r.size() + " cells, the header "
                        + header.size());
            }
        }
    }

    /** True when column {@code c} holds numbers (right-aligned). */
    public boolean numeric(int c) {
        return c > 0 && !textColumns.contains(c);
    }
}
