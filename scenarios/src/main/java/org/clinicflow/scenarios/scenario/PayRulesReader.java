package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;

/**
 * {@code payRules}: the overtime rule (a preset {@code federal}, {@code california}, {@code alaska}, or explicit
 * thresholds), the credential premium (one share for every credential, or one per credential), and evening and weekend
 * differentials. Defaults: federal overtime, no premium, no differentials, evenings from 18:00, weeks from Monday.
 */
final class PayRulesReader {
    static final List<String> PRESETS = List.of("federal", "california", "alaska");
    static final LocalTime DEFAULT_EVENING_START = LocalTime.of(18, 0);

    private PayRulesReader() {
    }

    static PayRules payRules(YamlValue v) {
        v.fields("overtime", "credentialPremium", "eveningDifferential", "eveningStart", "weekendDifferential",
                "workweekStart");
        OvertimeRule overtime = overtime(v.get("overtime"));
        Map<Credential, Double> premium = premium(v.get("credentialPremium"));
        double evening = v.get("eveningDifferential").nonNegative(0);
        YamlValue startValue = v.get("eveningStart");
        LocalTime eveningStart = startValue.present() ? CalendarSyntax.time(startValue) : null;
        double weekend = v.get("weekendDifferential").nonNegative(0);
        YamlValue weekStartValue = v.get("workweekStart");
        DayOfWeek weekStart = DayOfWeek.MONDAY;
        if (weekStartValue.present()) {
            String day = weekStartValue.oneOf(CalendarSyntax.WEEKDAYS, "mon");
            weekStart = DayOfWeek.of(CalendarSyntax.WEEKDAYS.indexOf(day) + 1);
        }
        return new PayRules(overtime, premium, evening, eveningStart == null ? DEFAULT_EVENING_START : eveningStart,
                weekend, weekStart);
    }

    private static OvertimeRule overtime(YamlValue v) {
        if (!v.present()) {
            return OvertimeRule.FEDERAL;
        }
        if (!v.isMap()) {
            String preset = v.oneOf(PRESETS, "federal");
            return OvertimeRule.preset(preset);
        }
        v.fields("name", "dailyAfterHours", "dailyMultiplier", "dailyDoubleAfterHours", "doubleMultiplier",
                "weeklyAfterHours", "weeklyMultiplier", "seventhDayRule");
        String name = v.get("name").text("custom");
        Double daily = hours(v.get("dailyAfterHours"));
        double dailyMultiplier = multiplier(v.get("dailyMultiplier"), 1.5);
        YamlValue doubleValue = v.get("dailyDoubleAfterHours");
        Double dailyDouble = hours(doubleValue);
        if (daily != null && dailyDouble != null && dailyDouble <= daily) {
            doubleValue.problem("must be more than dailyAfterHours (" + YamlValue.fmt(daily) + ")");
        }
        double doubleMultiplier = multiplier(v.get("doubleMultiplier"), 2.0);
        Double weekly = hours(v.get("weeklyAfterHours"));
        double weeklyMultiplier = multiplier(v.get("weeklyMultiplier"), 1.5);
        boolean seventh = v.get("seventhDayRule").bool(false);
        return new OvertimeRule(name, daily, dailyMultiplier, dailyDouble, doubleMultiplier, weekly, weeklyMultiplier,
                seventh);
    }

    private static Double hours(YamlValue v) {
        if (!v.present()) {
            return null;
        }
        double h = v.positive(Double.NaN);
        return Double.isNaN(h) ? null : h;
    }

    private static double multiplier(YamlValue v, double fallback) {
        double m = v.number(fallback);
        if (m < 1) {
            v.problem("must be 1 or more (1.5 = time and a half), got " + YamlValue.fmt(m));
            return fallback;
        }
        return m;
    }

    private static Map<Credential, Double> premium(YamlValue v) {
        Map<Credential, Double> out = new EnumMap<>(Credential.class);
        if (!v.present()) {
            return out;
        }
        if (!v.isMap()) {
            double share = v.nonNegative(0);
            for (Credential c : Credential.values()) {
                if (c.certified()) {
                    out.put(c, share);
                }
            }
            return out;
        }
        v.fields("CMA", "RMA", "CCMA");
        for (Credential c : Credential.values()) {
            if (c.certified()) {
                out.put(c, v.get(c.name()).nonNegative(0));
            }
        }
        return out;
    }
}
