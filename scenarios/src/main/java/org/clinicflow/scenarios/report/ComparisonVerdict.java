package org.clinicflow.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * A comparison in words: what a scenario changes against the base on the main KPIs, each change with the 95% interval
 * of the paired difference, e.g. "extra MA cuts mean waiting-room time by 6.2 min [4.9, 7.5]; no clear difference in
 * MA overtime per shift". A difference whose interval covers 0 is "no clear difference", never a change; one that is
 * exactly 0 in every replication is "unchanged".
 */
public final class ComparisonVerdict {
    /** The KPIs a verdict speaks of: the waits, the service level, overtime and what it costs. */
    public static final List<Kpi> MAIN = List.of(Kpi.WAITING_ROOM_MINUTES, Kpi.TOTAL_WAIT_MINUTES,
            Kpi.CYCLE_TIME_MINUTES, Kpi.ROOMED_WITHIN_15_MIN_PCT, Kpi.MA_OVERTIME_MINUTES, Kpi.CLINIC_OVERRUN_MINUTES,
            Kpi.LABOR_COST);

    private static final Map<Kpi, String> WORDS = Map.ofEntries(
            Map.entry(Kpi.WAITING_ROOM_MINUTES, "mean waiting-room time"),
            Map.entry(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, "mean wait past the appointment"),
            Map.entry(Kpi.TOTAL_WAIT_MINUTES, "mean total wait"),
            Map.entry(Kpi.CYCLE_TIME_MINUTES, "mean cycle time"),
            Map.entry(Kpi.ROOMED_WITHIN_15_MIN_PCT, "the share roomed within 15 min"),
            Map.entry(Kpi.MA_OVERTIME_MINUTES, "MA overtime per shift"),
            Map.entry(Kpi.CLINIC_OVERRUN_MINUTES, "clinic overrun"),
            Map.entry(Kpi.LABOR_COST, "labor cost"),
            Map.entry(Kpi.OVERTIME_COST, "overtime cost"),
            Map.entry(Kpi.MA_UTILIZATION_PCT, "MA utilization"),
            Map.entry(Kpi.VISITS_COMPLETED, "visits completed"));

    /** How one difference reads. */
    public enum Reading {
        /** The interval excludes 0: a real change. */
        CHANGED,
        /** The interval covers 0 (or there is none, from one replication). */
        NO_CLEAR_DIFFERENCE,
        /** 0 in every replication. */
        UNCHANGED,
        /** Neither scenario measured it. */
        NOT_MEASURED
    }

    private ComparisonVerdict() {
    }

    public static Reading reading(Estimate d) {
        if (Double.isNaN(d.mean())) {
            return Reading.NOT_MEASURED;
        }
        if (d.mean() == 0 && (d.halfWidth() == 0 || d.n() == 1)) {
            return Reading.UNCHANGED;
        }
        if (Double.isNaN(d.halfWidth()) || d.covers(0)) {
            return Reading.NO_CLEAR_DIFFERENCE;
        }
        return Reading.CHANGED;
    }

    /** The verdict on scenario {@code i} of the comparison against its base, over {@code kpis}. */
    public static String sentence(Comparison c, int i, List<Kpi> kpis) {
        List<String> changed = new ArrayList<>();
        List<String> unclear = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Kpi k : kpis) {
            Estimate d = c.difference(i, k);
            switch (reading(d)) {
                case CHANGED -> changed.add(change(k, d, c.currency()));
                case NO_CLEAR_DIFFERENCE -> unclear.add(words(k));
                case UNCHANGED -> unchanged.add(words(k));
                case NOT_MEASURED -> { }
            }
        }
        String name = c.scenarios().get(i).scenario();
        if (changed.isEmpty() && unclear.isEmpty()) {
            return name + " gives the same results as " + c.base().scenario()
                    + " in every replication: every difference is 0.";
        }
        List<String> parts = new ArrayList<>();
        if (!changed.isEmpty()) {
            parts.add(name + " " + join(changed, "and"));
        }
        if (!unclear.isEmpty()) {
            parts.add((changed.isEmpty() ? name + ": " : "") + "no clear difference in " + join(unclear, "or"));
        }
        if (!unchanged.isEmpty()) {
            parts.add(join(unchanged, "and") + " unchanged");
        }
        return String.join("; ", parts) + ".";
    }

    /** "cuts mean waiting-room time by 6.2 min [4.9, 7.5]" or "raises labor cost by USD 1,180.00 [...]". */
    public static String change(Kpi kpi, Estimate d, String currency) {
        boolean up = d.mean() > 0;
        double lo = up ? d.lower() : -d.upper();
        double hi = up ? d.upper() : -d.lower();
        String f = "%,." + KpiFormat.decimals(kpi) + "f";
        String amount = String.format(Locale.ROOT, f, Math.abs(d.mean()));
        String interval = String.format(Locale.ROOT, " [" + f + ", " + f + "]", lo, hi);
        String unit = switch (kpi.unit()) {
            case MINUTES -> " min";
            case PERCENT -> " points";
            case HOURS -> " h";
            case PER_DAY -> " a day";
            case COUNT, MONEY -> "";
        };
        String money = kpi.unit() == Kpi.Unit.MONEY ? currency + " " : "";
        return (up ? "raises " : "cuts ") + words(kpi) + " by " + money + amount + unit + interval;
    }

    /** The KPI in words ("mean waiting-room time"), or its key. */
    public static String words(Kpi kpi) {
        return WORDS.getOrDefault(kpi, kpi.key());
    }

    private static String join(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}
