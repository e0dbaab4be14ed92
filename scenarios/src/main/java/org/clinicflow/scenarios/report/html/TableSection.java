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
 * {@code rowLinks}, when not empty, holds a file per row (null for none) that the row's first cell links to, such as
 * each scenario's own report from a batch's index; {@code columnLinks} the same for other columns, by column index
 * (a file per row, null for none).
 */
public record TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                           Set<Integer> textColumns, List<Path> rowLinks, Map<Integer, List<Path>> columnLinks)
        implements ReportSection {
    /** A table whose first cells may link to files. */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                        Set<Integer> textColumns, List<Path> rowLinks) {
        this(heading, intro, header, rows, note, textColumns, rowLinks, Map.of());
    }

    /** A table whose columns after the first all hold numbers. */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note) {
        this(heading, intro, header, rows, note, Set.of());
    }

    /** A table without links. */
    public TableSection(String heading, String intro, List<String> header, List<List<String>> rows, String note,
                        Set<Integer> textColumns) {
        this(heading, intro, header, rows, note, textColumns, List.of());
    }

    public TableSection {
        textColumns = Set.copyOf(textColumns);
        rowLinks = Collections.unmodifiableList(new ArrayList<>(rowLinks)); // null entries allowed: rows without a link
        if (!rowLinks.isEmpty() && rowLinks.size() != rows.size()) {
            throw new IllegalArgumentException("'" + heading + "' has " + rows.size() + " rows and " + rowLinks.size()
                    + " row links");
        }
        Map<Integer, List<Path>> links = new HashMap<>();
        for (Map.Entry<Integer, List<Path>> e : columnLinks.entrySet()) {
            if (e.getValue().size() != rows.size()) {
                throw new IllegalArgumentException("'" + heading + "' has " + rows.size() + " rows and "
                        + e.getValue().size() + " links in column " + e.getKey());
            }
            links.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        columnLinks = Collections.unmodifiableMap(links);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of '" + heading + "' has " + r.size() + " cells, the header "
                        + header.size());
            }
        }
    }

    /** The file row {@code r}'s first cell links to, or null. */
    public Path link(int r) {
        return rowLinks.isEmpty() ? null : rowLinks.get(r);
    }

    /** The file the cell at row {@code r}, column {@code c} links to, or null. */
    public Path link(int r, int c) {
        if (c == 0) {
            return link(r);
        }
        List<Path> l = columnLinks.get(c);
        return l == null ? null : l.get(r);
    }

    /** True when column {@code c} holds numbers (right-aligned). */
    public boolean numeric(int c) {
        return c > 0 && !textColumns.contains(c);
    }
}
