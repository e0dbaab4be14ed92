package org.clinicflow.scenarios.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of text: the first column and the {@code textColumns} left-aligned (names, definitions), the others
 * right-aligned (numbers); an optional explanation above ({@code intro}) and below ({@code note}), either null for none.
 * {@code links} maps a column index to a file per row (null for none) that the row's cell in that column links to,
 * such as each scenario's own report from a batch's index.
 */
public record TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                           Set<Integer> textColumns, Map<Integer, List<Path>> links) implements ReportSection {
    /** A table whose first cells may link to files ({@code rowLinks} empty for none). */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                        Set<Integer> textColumns, List<Path> rowLinks) {
        this(heading, intro, header, rows, note, textColumns, rowLinks.isEmpty() ? Map.of() : Map.of(0, rowLinks));
    }

    /** A table whose columns after the first all hold numbers. */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note) {
        this(heading, intro, header, rows, note, Set.of());
    }

    /** A table without links. */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                        Set<Integer> textColumns) {
        this(heading, intro, header, rows, note, textColumns, Map.of());
    }

    public TableSection {
        textColumns = Set.copyOf(textColumns);
        Map<Integer, List<Path>> copied = new HashMap<>();
        for (Map.Entry<Integer, List<Path>> e : links.entrySet()) {
            if (e.getValue().size() != rows.size()) {
                throw new IllegalArgumentException("'" + heading + "' has " + rows.size() + " rows and "
                        + e.getValue().size() + " links in column " + e.getKey());
            }
            // null entries allowed: rows without a link
            copied.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        links = Collections.unmodifiableMap(copied);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of '" + heading + "' has " + r.size() + " cells, the header "
                        + header.size());
            }
        }
    }

    /** The file the cell at row {@code r}, column {@code c} links to, or null. */
    public Path link(int r, int c) {
        List<Path> column = links.get(c);
        return column == null ? null : column.get(r);
    }

    /** True when column {@code c} holds numbers (right-aligned). */
    public boolean numeric(int c) {
        return c > 0 && !textColumns.contains(c);
    }
}
