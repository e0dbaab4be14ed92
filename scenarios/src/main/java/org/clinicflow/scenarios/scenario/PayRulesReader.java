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

    /** Premiums and differentials are shares of the base wage, at most all of it again (double pay). */
    static final double MAX_SHARE = 1;
    static final String SHARE_MEANING = "a share of the base wage: 0.09 = +9%, 1 = +100%";
    /** Overtime pays at most triple time. */
    static final double MAX_MULTIPLIER = 3;

    private PayRulesReader() {
    }

    static PayRules payRules(YamlValue v) {
        v.fields("overtime", "credentialPremium", "eveningDifferential", "eveningStart", "weekendDifferential",
                "workweekStart");
        OvertimeRule overtime = overtime(v.get("overtime"));
        Map<Credential, Double> premium = premium(v.get("credentialPremium"));
        double evening = v.get("eveningDifferential").between(0, MAX_SHARE, SHARE_MEANING, 0);
        YamlValue startValue = v.get("eveningStart");
        LocalTime eveningStart = startValue.present() ? CalendarSyntax.time(startValue) : null;
        double weekend = v.get("weekendDifferential").between(0, MAX_SHARE, SHARE_MEANING, 0);
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
        Double daily = hours(v.get("dailyAfterHours"), 24, "hours in a day");
        double dailyMultiplier = multiplier(v.get("dailyMultiplier"), 1.5);
        YamlValue doubleValue = v.get("dailyDoubleAfterHours");
        Double dailyDouble = hours(doubleValue, 24, "hours in a day");
        if (daily != null && dailyDouble != null && dailyDouble <= daily) {
            doubleValue.problem("must be more than dailyAfterHours (" + YamlValue.fmt(daily) + ")");
        }
        double doubleMultiplier = multiplier(v.get("doubleMultiplier"), 2.0);
        Double weekly = hours(v.get("weeklyAfterHours"), 168, "hours in a week");
        double weeklyMultiplier = multiplier(v.get("weeklyMultiplier"), 1.5);
        boolean seventh = v.get("seventhDayRule").bool(false);
        return new OvertimeRule(name, daily, dailyMultiplier, dailyDouble, doubleMultiplier, weekly, weeklyMultiplier,
                seventh);
    }

    private static Double hours(YamlValue v, double max, String meaning) {
        if (!v.present()) {
            return null;
        }
        double h = v.positiveAtMost(max, meaning, Double.NaN);
        return Double.isNaN(h) ? null : h;
    }

    private static double multiplier(YamlValue v, double fallback) {
        return v.between(1, MAX_MULTIPLIER, "1.5 = time and a half, 2 = double time", fallback);
    }

    private static Map<Credential, Double> premium(YamlValue v) {
        Map<Credential, Double> out = new EnumMap<>(Credential.class);
        if (!v.present()) {
            return out;
        }
        if (!v.isMap()) {
            double share = v.between(0, MAX_SHARE, SHARE_MEANING, 0);
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
                out.put(c, v.get(c.name()).between(0, MAX_SHARE, SHARE_MEANING, 0));
            }
        }
        return out;
    }
}
