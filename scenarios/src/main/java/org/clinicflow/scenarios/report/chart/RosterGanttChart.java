package org.clinicflow.scenarios.report.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A roster week as a Gantt chart: one row per MA, one panel per rostered day side by side, each shift a bar coloured
 * by station and named by its shift, the unpaid break a pale gap inside it.
 */
public final class RosterGanttChart {
    /** The chart title. */
    public static final String TITLE = "Roster";
    /** The MA axis label. */
    public static final String MA_AXIS = "Medical assistant";
    static final String BREAK = "Unpaid break";
    private static final double BAR_HALF_HEIGHT = 0.36;
    private static final Color BREAK_COLOUR = new Color(0xF2F2F2);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private RosterGanttChart() {
    }

    /** Week {@code week} (0 = the first) of the roster; days of that week without shifts are left out. */
    public static JFreeChart create(RosterGantt roster, int week, String subtitle) {
        if (week < 0 || week >= roster.weeks()) {
            throw new IllegalArgumentException("the roster has " + roster.weeks() + " week(s), asked for week "
                    + (week + 1));
        }
        Map<String, Color> colours = Palette.byKey(roster.stations().stream().map(RosterGantt.Row::id).toList());
        List<String> maIds = roster.mas().stream().map(RosterGantt.Row::id).toList();
        SymbolAxis mas = new SymbolAxis(MA_AXIS, roster.mas().stream().map(RosterGantt.Row::name)
                .toArray(String[]::new));
        mas.setInverted(true); // the first MA at the top
        mas.setRange(-0.5, roster.mas().size() - 0.5); // every MA, also those without a shift this week
        mas.setGridBandsVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(mas);
        plot.setGap(16);
        double[] hours = hourSpan(roster.shifts());
        int panels = 0;
        for (int d = 7 * week; d < 7 * (week + 1); d++) {
            List<RosterGantt.Shift> shifts = roster.on(d);
            if (!shifts.isEmpty()) {
                plot.add(dayPanel(roster, shifts, roster.firstDate().plusDays(d), maIds, colours, hours), 1);
                panels++;
            }
        }
        if (panels == 0) {
            throw new IllegalArgumentException("week " + (week + 1) + " of the roster has no shifts");
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL); // after adding: sets every panel's orientation too
        plot.setFixedLegendItems(legend(roster, colours));
        String title = roster.weeks() > 1 ? TITLE + ", week " + (week + 1) + " of " + roster.weeks() : TITLE;
        return ChartStyle.chart(title, subtitle, plot, true);
    }

    private static XYPlot dayPanel(RosterGantt roster, List<RosterGantt.Shift> shifts, LocalDate date,
                                   List<String> maIds, Map<String, Color> colours, double[] hours) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        List<String> stationIds = List.copyOf(colours.keySet());
        for (int s = 0; s < stationIds.size(); s++) {
            XYIntervalSeries bars = new XYIntervalSeries(stationIds.get(s), false, true);
            for (RosterGantt.Shift shift : shifts) {
                if (shift.stationId().equals(stationIds.get(s))) {
                    bar(bars, maIds.indexOf(shift.maId()), shift.startMinute(), shift.endMinute(), BAR_HALF_HEIGHT);
                }
            }
            data.addSeries(bars);
            renderer.setSeriesPaint(s, colours.get(stationIds.get(s)));
            renderer.setSeriesItemLabelPaint(s, Palette.textOn(colours.get(stationIds.get(s))));
        }
        XYIntervalSeries breaks = new XYIntervalSeries(BREAK, false, true);
        for (RosterGantt.Shift shift : shifts) {
            if (shift.breakMinutes() > 0) {
                bar(breaks, maIds.indexOf(shift.maId()), shift.breakStartMinute(),
                        shift.breakStartMinute() + shift.breakMinutes(), BAR_HALF_HEIGHT * 0.55);
            }
        }
        data.addSeries(breaks);
        renderer.setSeriesPaint(stationIds.size(), BREAK_COLOUR);
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> series == stationIds.size() ? null
                : label(shifts, stationIds.get(series), item));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.LABELS);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9,
                TextAnchor.CENTER_LEFT));
        NumberAxis time = new NumberAxis(DAY.format(date));
        time.setRange(hours[0], hours[1]);
        time.setTickUnit(new NumberTickUnit(hours[1] - hours[0] > 12 ? 4 : 2));
        XYPlot panel = new XYPlot(data, null, time, renderer);
        panel.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // breaks over the shifts
        panel.setDomainGridlinesVisible(false);
        return panel;
    }

    /** A bar for row {@code row} from minute {@code from} to {@code to} of the day (in hours on the axis). */
    private static void bar(XYIntervalSeries series, int row, double from, double to, double halfHeight) {
        double start = from / 60;
        double end = to / 60;
        series.add(row, row - halfHeight, row + halfHeight, (start + end) / 2, start, end);
    }

    /** The label of the item-th shift at this station on this day: the shift's name. */
    private static String label(List<RosterGantt.Shift> shifts, String stationId, int item) {
        return shifts.stream().filter(s -> s.stationId().equals(stationId)).skip(item).findFirst()
                .map(RosterGantt.Shift::label).orElse(null);
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
