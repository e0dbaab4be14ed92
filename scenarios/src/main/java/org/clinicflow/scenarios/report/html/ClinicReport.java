package org.clinicflow.scenarios.report.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicflow.scenarios.report.AtomicFiles;
import org.clinicflow.scenarios.report.chart.RenderedChart;

/**
 * Writes a report as one self-contained HTML page: the style sheet inline, charts as inline SVG, no scripts, and no
 * address outside the page but relative links to the charts' own PNG and SVG files. It opens from the file without
 * a network and prints one section per page.
 */
public final class ClinicReport {
    private ClinicReport() {
    }

    /** Writes the page to {@code file}, whole or not at all. */
    public static void write(Path file, ReportContent content) {
        AtomicFiles.writeString(file, render(content, file.toAbsolutePath().getParent()));
    }

    /** The page; links to chart files are relative to {@code baseDir} (the folder of the page; null for none). */
    public static String render(ReportContent content, Path baseDir) {
        HtmlWriter h = new HtmlWriter();
        h.trusted("<!DOCTYPE html>").newline();
        h.open("html", "lang", "en").newline().open("head").newline();
        h.voidElement("meta", "charset", "utf-8").newline();
        h.voidElement("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        h.element("title", content.title()).newline();
        h.open("style").trusted(ReportStyle.CSS).close("style").newline();
        h.close("head").newline().open("body").newline();

        List<String> ids = sectionIds(content.sections());
        h.open("header").element("h1", content.title());
        if (content.subtitle() != null && !content.subtitle().isBlank()) {
            h.element("p", content.subtitle(), "class", "subtitle");
        }
        h.open("nav", "aria-label", "Contents").open("ol");
        for (int i = 0; i < ids.size(); i++) {
            h.open("li").element("a", content.sections().get(i).heading(), "href", "#" + ids.get(i)).close("li");
        }
        h.close("ol").close("nav").close("header").newline();

        h.open("main").newline();
        for (int i = 0; i < ids.size(); i++) {
            ReportSection s = content.sections().get(i);
            h.open("section", "id", ids.get(i)).element("h2", s.heading()).newline();
            if (s instanceof TableSection t) {
                table(h, t, baseDir);
            } else if (s instanceof ChartSection c) {
                charts(h, c, baseDir);
            } else if (s instanceof RosterSection r) {
                roster(h, r);
            } else if (s instanceof TextSection t) {
                text(h, t);
            }
            h.close("section").newline();
        }
        h.close("main").newline();
        h.open("footer").text("Made by ClinicFlow. This page is self-contained: it loads nothing from anywhere.")
                .close("footer").newline();
        h.close("body").newline().close("html").newline();
        return h.finish();
    }

    private static void table(HtmlWriter h, TableSection t, Path baseDir) {
        paragraph(h, t.intro(), null);
        h.open("table").open("thead").open("tr");
        for (int c = 0; c < t.header().size(); c++) {
            h.element("th", t.header().get(c), "class", t.numeric(c) ? "num" : null, "scope", "col");
        }
        h.close("tr").close("thead").newline().open("tbody").newline();
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            h.open("tr");
            for (int c = 0; c < row.size(); c++) {
                Path target = t.link(r, c);
                if (target != null && baseDir != null) {
                    h.open("td", "class", t.numeric(c) ? "num" : null).element("a", row.get(c), "href",
                            link(baseDir, target)).close("td");
                } else {
                    h.element("td", row.get(c), "class", t.numeric(c) ? "num" : null);
                }
            }
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
        paragraph(h, t.note(), "caption");
    }

    private static void charts(HtmlWriter h, ChartSection section, Path baseDir) {
        paragraph(h, section.caption(), "caption");
        for (RenderedChart chart : section.charts()) {
            h.open("figure").trusted(chart.inlineSvg()).open("figcaption").text(chart.title());
            if (baseDir != null) {
                h.text(" — ").element("a", "PNG", "href", link(baseDir, chart.png())).text(" · ")
                        .element("a", "SVG", "href", link(baseDir, chart.svg()));
            }
            h.close("figcaption").close("figure").newline();
        }
    }

    private static void roster(HtmlWriter h, RosterSection section) {
        RosterGrid grid = section.grid();
        paragraph(h, section.intro(), null);
        h.open("ul", "class", "legend");
        for (RosterGrid.StationKey key : grid.stations()) {
            h.open("li").trusted("<span class=\"swatch\" style=\"background:" + HtmlWriter.escape(key.colour())
                    + "\"></span>").text(key.name()).close("li");
        }
        h.close("ul").newline();
        h.open("table", "class", "roster").open("thead").open("tr").element("th", "Medical assistant", "scope", "col");
        for (String day : grid.days()) {
            h.element("th", day, "scope", "col");
        }
        h.element("th", "Paid h/week", "class", "num", "scope", "col").close("tr").close("thead").newline();
        h.open("tbody").newline();
        for (RosterGrid.Row row : grid.rows()) {
            h.open("tr").element("th", row.name(), "scope", "row");
            for (List<RosterGrid.Cell> cell : row.days()) {
                h.open("td");
                if (cell.isEmpty()) {
                    h.element("span", "off", "class", "off");
                }
                for (RosterGrid.Cell shift : cell) {
                    String colour = grid.colour(shift.stationId());
                    h.open("div", "class", "shift", "style", "border-color:" + colour + ";background:" + colour + "1f")
                            .element("b", shift.shift()).text(" ").element("span", shift.time(), "class", "time")
                            .voidElement("br")
                            .text(shift.stationName()).close("div");
                }
                h.close("td");
            }
            h.element("td", String.format(Locale.ROOT, "%.1f", row.paidHoursPerWeek()), "class", "num");
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private static void text(HtmlWriter h, TextSection t) {
        if (t.preformatted()) {
            h.element("pre", t.text().strip());
            return;
        }
        for (String block : t.text().strip().split("\\R\\s*\\R")) {
            List<String> lines = block.lines().map(String::strip).toList();
            if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                h.open("ul");
                lines.forEach(l -> h.element("li", l.substring(2)));
                h.close("ul");
            } else {
                h.element("p", String.join(" ", lines));
            }
            h.newline();
        }
    }

    private static void paragraph(HtmlWriter h, String text, String cssClass) {
        if (text != null && !text.isBlank()) {
            h.element("p", text, "class", cssClass).newline();
        }
    }

    /** Section anchors from the headings: lower-case words joined by dashes, numbered when repeated. */
    static List<String> sectionIds(List<ReportSection> sections) {
        Set<String> used = new HashSet<>();
        return sections.stream().map(s -> {
            String base = s.heading().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            base = base.isEmpty() ? "section" : base;
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }).toList();
    }

    /** A relative link from the page's folder to a file, with each path segment escaped. */
    private static String link(Path baseDir, Path file) {
        String relative = baseDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + file + ": " + e.getMessage(), e);
        }
    }
}
