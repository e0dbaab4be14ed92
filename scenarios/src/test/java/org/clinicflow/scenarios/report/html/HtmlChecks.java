package org.clinicflow.scenarios.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a report page is balanced and self-contained, for the report tests and the command's test. */
public final class HtmlChecks {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(/?)>");
    private static final Set<String> VOID = Set.of("meta", "br", "link", "img", "hr", "input");

    private HtmlChecks() {
    }

    /** Every element outside inline SVG closes in order, and nothing refers to anything outside the page. */
    public static void assertSelfContained(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String banned : List.of("http:", "https:", "<script", "<link", "<img", "<iframe", "@import", "url(http",
                "src=")) {
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains(banned), "the page holds " + banned);
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html.substring(html.indexOf('>') + 1));
        while (m.find()) {
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            boolean selfClosing = !m.group(4).isEmpty();
            if (closing) {
                assertEquals(name, open.poll(), "closing </" + name + "> matches what is open");
            } else if (!selfClosing && !VOID.contains(name)) {
                open.push(name);
            }
        }
        assertTrue(open.isEmpty(), "unclosed: " + open);
    }

    /** The ids of the page's sections, in order. */
    public static List<String> sectionIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<section id=\"([^\"]+)\">").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** How often {@code part} occurs. */
    public static int count(String html, String part) {
        int n = 0;
        for (int i = html.indexOf(part); i >= 0; i = html.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
