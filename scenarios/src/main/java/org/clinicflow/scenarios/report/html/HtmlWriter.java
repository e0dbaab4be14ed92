package org.clinicflow.scenarios.report.html;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Builds an HTML document: elements opened and closed in order (closing the wrong one is an error), text and attribute
 * values escaped, and markup inserted as-is only through {@link #trusted}.
 */
final class HtmlWriter {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /** Text escaped for element content and attribute values. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Opens an element; {@code attributes} are name, value pairs (a null value leaves the attribute out). */
    HtmlWriter open(String tag, String... attributes) {
        startTag(tag, attributes);
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element, which must be {@code tag}. */
    HtmlWriter close(String tag) {
        String top = open.poll();
        if (!tag.equals(top)) {
            throw new IllegalStateException("closing <" + tag + "> but <" + top + "> is open");
        }
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    HtmlWriter element(String tag, String text, String... attributes) {
        startTag(tag, attributes);
        out.append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** An element with no content and no end tag (meta, br). */
    HtmlWriter voidElement(String tag, String... attributes) {
        startTag(tag, attributes);
        return this;
    }

    HtmlWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Markup this program made itself (the style sheet, a chart's SVG), inserted unescaped. */
    HtmlWriter trusted(String markup) {
        out.append(markup);
        return this;
    }

    HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** The document; every element must be closed. */
    String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
    }
}
