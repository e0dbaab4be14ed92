package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A roster week as a Gantt chart: one row per MA, one panel per rostered day side by side, each shift a bar coloured
 * by station and named by its shift where the name fits, the unpaid break a pale gap inside it.
 */
public final class RosterGanttChart {
    /** The chart title. */
    public static final String TITLE = "Roster";
    /** The MA axis label. */
    public static final String MA_AXIS = "Medical assistant";
    static final String BREAK = "Unpaid break";
    private static final double BAR_HALF_HEIGHT = 0.36;
    /** Roughly the width of the plot area of a slide-sized chart, and of one character of a bar label. */
    private static final double PLOT_WIDTH = 1300;
    private static final double LABEL_CHAR_PIXELS = 11.5;
    private static final Color BREAK_COLOUR = new Color(0xDDDDDD);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private RosterGanttChart() {
    }

    /** Week {@code week} (0 = the first) of the roster; days of that week without shifts are left out. */
    public static JFreeChart create(RosterGantt roster, int week, String subtitle) {
        if (week < 0 || week >= roster.weeks()) {
            throw new IllegalArgumentException("the roster has " + roster.weeks() + " week(s), asked for week "
                    + (week + 1));
        }
        List<Integer> days = new ArrayList<>();
        for (int d = 7 * week; d < 7 * (week + 1); d++) {
            if (!roster.on(d).isEmpty()) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("week " + (week + 1) + " of the roster has no shifts");
        }
        Map<String, Color> colours = Palette.byKey(roster.stations().stream().map(RosterGantt.Row::id).toList());
        SymbolAxis mas = new SymbolAxis(MA_AXIS, roster.mas().stream().map(RosterGantt.Row::name)
                .toArray(String[]::new));
        mas.setInverted(true); // the first MA at the top
        mas.setRange(-0.5, roster.mas().size() - 0.5); // every MA, also those without a shift this week
        mas.setGridBandsVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(mas);
        plot.setGap(16);
        double[] hours = hourSpan(roster.shifts());
        double pixelsPerHour = PLOT_WIDTH / days.size() / (hours[1] - hours[0]);
        for (int d : days) {
            plot.add(new DayPanel(roster, colours, pixelsPerHour).build(d, hours), 1);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL); // after adding: sets every panel's orientation too
        plot.setFixedLegendItems(legend(roster, colours));
        String title = roster.weeks() > 1 ? TITLE + ", week " + (week + 1) + " of " + roster.weeks() : TITLE;
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    /** One day's panel: a series per station (in legend order) and one of breaks, each bar a part of a shift. */
    private record DayPanel(RosterGantt roster, Map<String, Color> colours, double pixelsPerHour) {
        XYPlot build(int day, double[] hours) {
            List<String> maIds = roster.mas().stream().map(RosterGantt.Row::id).toList();
            List<String> stationIds = List.copyOf(colours.keySet());
            List<List<String>> labels = new ArrayList<>();
            XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
            XYBarRenderer renderer = new XYBarRenderer();
            for (int s = 0; s < stationIds.size(); s++) {
                XYIntervalSeries bars = new XYIntervalSeries(stationIds.get(s), false, true);
                List<String> names = new ArrayList<>();
                for (RosterGantt.Shift shift : roster.on(day)) {
                    if (shift.stationId().equals(stationIds.get(s))) {
                        addShift(bars, names, maIds.indexOf(shift.maId()), shift);
                    }
                }
                data.addSeries(bars);
                labels.add(names);
                renderer.setSeriesPaint(s, colours.get(stationIds.get(s)));
                renderer.setSeriesItemLabelPaint(s, Palette.textOn(colours.get(stationIds.get(s))));
            }
            XYIntervalSeries breaks = new XYIntervalSeries(BREAK, false, true);
            for (RosterGantt.Shift shift : roster.on(day)) {
                if (shift.breakMinutes() > 0) {
                    bar(breaks, maIds.indexOf(shift.maId()), shift.breakStartMinute(),
                            shift.breakStartMinute() + shift.breakMinutes());
                }
            }
            data.addSeries(breaks);
            renderer.setSeriesPaint(stationIds.size(), BREAK_COLOUR);
            renderer.setUseYInterval(true);
            renderer.setBarPainter(new StandardXYBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setDefaultItemLabelGenerator((dataset, series, item) -> series < labels.size()
                    ? labels.get(series).get(item) : null);
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartStyle.LABELS);
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER,
                    TextAnchor.CENTER));
            NumberAxis time = new NumberAxis(DAY.format(roster.firstDate().plusDays(day)));
            time.setRange(hours[0], hours[1]);
            time.setTickUnit(new NumberTickUnit(hours[1] - hours[0] > 12 ? 4 : 2));
            XYPlot panel = new XYPlot(data, null, time, renderer);
            panel.setDomainGridlinesVisible(false);
            return panel;
        }

        /**
         * The shift as one bar, or two around its unpaid break; the longer part carries the shift's name if the name
         * fits in it at slide size.
         */
        private void addShift(XYIntervalSeries bars, List<String> names, int row, RosterGantt.Shift shift) {
            double breakStart = shift.breakStartMinute();
            double breakEnd = breakStart + shift.breakMinutes();
            boolean split = shift.breakMinutes() > 0 && breakStart > shift.startMinute()
                    && breakEnd < shift.endMinute();
            double[][] parts = split ? new double[][] {{shift.startMinute(), breakStart}, {breakEnd, shift.endMinute()}}
                    : new double[][] {{shift.startMinute(), shift.endMinute()}};
            int longest = parts.length == 2 && parts[1][1] - parts[1][0] > parts[0][1] - parts[0][0] ? 1 : 0;
            for (int i = 0; i < parts.length; i++) {
                bar(bars, row, parts[i][0], parts[i][1]);
                boolean fits = (parts[i][1] - parts[i][0]) / 60 * pixelsPerHour
                        >= shift.label().length() * LABEL_CHAR_PIXELS + 8;
                names.add(i == longest && fits ? shift.label() : null);
            }
        }
    }

    /** A bar for row {@code row} from minute {@code from} to {@code to} of the day (in hours on the axis). */
    private static void bar(XYIntervalSeries series, int row, double from, double to) {
        double start = from / 60;
        double end = to / 60;
        series.add(row, row - BAR_HALF_HEIGHT, row + BAR_HALF_HEIGHT, (start + end) / 2, start, end);
    }

    /** Whole hours from the earliest shift start to the latest end, at least 8 hours. */
    private static double[] hourSpan(List<RosterGantt.Shift> shifts) {
        double from = shifts.stream().mapToDouble(RosterGantt.Shift::startMinute).min().orElse(8 * 60);
        double to = shifts.stream().mapToDouble(RosterGantt.Shift::endMinute).max().orElse(17 * 60);
        double first = Math.floor(from / 60);
        double last = Math.max(Math.ceil(to / 60), first + 8);
        return new double[] {first, last};
    }

    private static LegendItemCollection legend(RosterGantt roster, Map<String, Color> colours) {
        LegendItemCollection items = new LegendItemCollection();
        for (RosterGantt.Row station : roster.stations()) {
            if (roster.shifts().stream().anyMatch(s -> s.stationId().equals(station.id()))) {
                items.add(ChartStyle.legendBox(station.name(), colours.get(station.id())));
            }
        }
        items.add(ChartStyle.legendBox(BREAK, BREAK_COLOUR));
        return items;
    }
}
