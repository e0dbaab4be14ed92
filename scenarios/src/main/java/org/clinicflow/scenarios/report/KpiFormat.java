package org.clinicflow.scenarios.report;

import java.util.Locale;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/** How a KPI's numbers are shown to people: decimals and unit by the KPI's kind, money with its currency. */
public final class KpiFormat {
    private KpiFormat() {
    }

    public static int decimals(Kpi kpi) {
        return switch (kpi.unit()) {
            case MINUTES, PERCENT, HOURS, PER_DAY -> 1;
            case COUNT -> 0;
            case MONEY -> 2;
        };
    }

    /** "12.3 ± 0.4" (or "USD 1,234.56 ± 12.00" for money). */
    public static String estimate(Kpi kpi, Estimate e, String currency) {
        if (Double.isNaN(e.mean())) {
            return "n/a";
        }
        int d = decimals(kpi);
        String pattern = "%,." + d + "f";
        String mean = String.format(Locale.ROOT, pattern, e.mean());
        String body = Double.isNaN(e.halfWidth()) ? mean
                : mean + " ± " + String.format(Locale.ROOT, pattern, e.halfWidth());
        return kpi.unit() == Kpi.Unit.MONEY ? currency + " " + body : body;
    }

    /** A signed difference, e.g. "-6.2 [-7.5, -4.9]". */
    public static String difference(Kpi kpi, Estimate d, String currency) {
        if (Double.isNaN(d.mean())) {
            return "n/a";
        }
        int decimals = decimals(kpi);
        String pattern = "%+,." + decimals + "f";
        String mean = String.format(Locale.ROOT, pattern, unsignedZero(d.mean(), decimals));
        String ci = Double.isNaN(d.halfWidth()) ? ""
                : String.format(Locale.ROOT, " [" + pattern.replace("+", "") + ", " + pattern.replace("+", "") + "]",
                        unsignedZero(d.lower(), decimals), unsignedZero(d.upper(), decimals));
        return (kpi.unit() == Kpi.Unit.MONEY ? currency + " " : "") + mean + ci;
    }

    /** 0 for a value that rounds to zero, so a bound of -0.3 shows as "0" rather than "-0". */
    static double unsignedZero(double v, int decimals) {
        return Math.abs(v) < 0.5 * Math.pow(10, -decimals) ? 0.0 : v;
    }

    /** A number without trailing zeros: 34, 0.5, 12.25. */
    public static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The unit as a column label. */
    public static String unit(Kpi kpi, String currency) {
        return switch (kpi.unit()) {
            case MINUTES -> "min";
            case PERCENT -> "%";
            case COUNT -> "count";
            case PER_DAY -> "per day";
            case HOURS -> "hours";
            case MONEY -> currency;
        };
    }
}
