package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of every chart and of the HTML report: the Okabe-Ito palette, which people with the common colour-vision
 * deficiencies can tell apart, in an order that keeps neighbours distinct; it repeats after eight.
 */
public final class Palette {
    private static final List<Color> COLOURS = List.of(
            new Color(0x0072B2), // blue
            new Color(0xD55E00), // vermillion
            new Color(0x009E73), // bluish green
            new Color(0xE69F00), // orange
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0x8C7A00), // dark yellow: Okabe-Ito's yellow is too light on white
            new Color(0x555555)); // grey

    private Palette() {
    }

    /** The i-th colour. */
    public static Color colour(int i) {
        return COLOURS.get(Math.floorMod(i, COLOURS.size()));
    }

    /** A colour per key, in the keys' order: stations keep one colour across the Gantt chart and the roster grid. */
    public static Map<String, Color> byKey(List<String> keys) {
        Map<String, Color> map = new LinkedHashMap<>();
        for (String k : keys) {
            map.putIfAbsent(k, colour(map.size()));
        }
        return map;
    }

    /** The colour as CSS {@code #rrggbb}. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** The colour mixed with white: {@code share} 0 is white, 1 the colour itself (light tints print well). */
    public static Color tint(Color c, double share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    /** The colour made see-through, for bands and overlapping bars. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Black or white, whichever reads better on {@code background} (by its relative luminance). */
    public static Color textOn(Color background) {
        double luminance = 0.2126 * linear(background.getRed()) + 0.7152 * linear(background.getGreen())
                + 0.0722 * linear(background.getBlue());
        return luminance > 0.179 ? new Color(0x111111) : Color.WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(255 - (255 - channel) * share);
    }
}
