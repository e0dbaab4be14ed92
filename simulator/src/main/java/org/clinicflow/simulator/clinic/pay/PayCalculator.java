package org.clinicflow.simulator.clinic.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Credential;

/**
 * Pays one MA's workweek. Every paid hour earns the straight-time rate: hourly rate x (1 + differential). Overtime
 * follows the FLSA regular-rate rule (29 CFR 778.115): the workweek's regular rate is its straight-time pay, differentials
 * included, divided by all hours worked, and each overtime hour earns (multiplier - 1) x regular rate on top of its
 * straight-time pay. So with no differential an overtime hour costs exactly multiplier x hourly rate, and an evening or
 * weekend differential raises the overtime pay of the whole week, not only of the differential hours.
 */
public final class PayCalculator {
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(PaidHours.MILLIS_PER_HOUR);

    private final Workweeks weeks;
    private final WorkweekClassifier classifier;

    /** Pay by {@code rules} for a run whose day 0 is {@code startDate}; throws a clear input error for bad rules. */
    public PayCalculator(PayRules rules, LocalDate startDate) {
        validate(rules);
        this.weeks = new Workweeks(startDate, rules.workweekStart());
        this.classifier = new WorkweekClassifier(rules, weeks);
    }

    public Workweeks weeks() {
        return weeks;
    }

    /** The pay at {@code hourlyRate} (before differentials) for {@code shifts}, all of one MA in one workweek. */
    public WorkweekPay workweek(BigDecimal hourlyRate, List<WorkedShift> shifts) {
        List<PaidHours> hours = classifier.classify(shifts);
        long[] millis = new long[HourKind.values().length];
        long differentialMillis = 0;
        long totalMillis = 0;
        BigDecimal straight = BigDecimal.ZERO; // rate x millis: exact, divided by the hour length once at the end
        BigDecimal overtimeStraight = BigDecimal.ZERO;
        BigDecimal premiumMillis = BigDecimal.ZERO; // sum of (multiplier - 1) x millis over overtime hours
        for (PaidHours h : hours) {
            BigDecimal ms = BigDecimal.valueOf(h.millis());
            BigDecimal pay = hourlyRate.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(h.differential()))).multiply(ms);
            straight = straight.add(pay);
            if (h.kind() != HourKind.REGULAR) {
                overtimeStraight = overtimeStraight.add(pay);
                premiumMillis = premiumMillis.add(BigDecimal.valueOf(h.multiplier()).subtract(BigDecimal.ONE).multiply(ms));
            }
            millis[h.kind().ordinal()] += h.millis();
            differentialMillis += h.differential() > 0 ? h.millis() : 0;
            totalMillis += h.millis();
        }
        if (totalMillis == 0) {
            return WorkweekPay.NONE;
        }
        // premium = (m - 1) x regular rate x hours, with regular rate = straight / totalMillis (both per millisecond)
        BigDecimal premium = straight.multiply(premiumMillis).divide(BigDecimal.valueOf(totalMillis), ClinicMoney.DIVISION);
        return new WorkweekPay(millis[HourKind.REGULAR.ordinal()], millis[HourKind.OVERTIME.ordinal()],
                millis[HourKind.DOUBLE_TIME.ordinal()], differentialMillis,
                straight.add(premium).divide(MILLIS_PER_HOUR, ClinicMoney.DIVISION),
                overtimeStraight.add(premium).divide(MILLIS_PER_HOUR, ClinicMoney.DIVISION));
    }

    private static void validate(PayRules rules) {
        if (rules == null || rules.overtime() == null) {
            throw new ModelInputException("payRules.overtime", "is missing; use federal, california, alaska or a rule");
        }
        OvertimeRule r = rules.overtime();
        String at = "payRules.overtime";
        atLeastOne(at + ".dailyMultiplier", r.dailyMultiplier());
        atLeastOne(at + ".doubleMultiplier", r.doubleMultiplier());
        atLeastOne(at + ".weeklyMultiplier", r.weeklyMultiplier());
        positiveOrAbsent(at + ".dailyAfterHours", r.dailyAfterHours());
        positiveOrAbsent(at + ".dailyDoubleAfterHours", r.dailyDoubleAfterHours());
        positiveOrAbsent(at + ".weeklyAfterHours", r.weeklyAfterHours());
        if (r.dailyAfterHours() != null && r.dailyDoubleAfterHours() != null
                && r.dailyDoubleAfterHours() < r.dailyAfterHours()) {
            throw new ModelInputException(at + ".dailyDoubleAfterHours", "must be at least dailyAfterHours ("
                    + r.dailyAfterHours() + "), got " + r.dailyDoubleAfterHours());
        }
        ModelInputException.requireNonNegative("payRules.eveningDifferential", rules.eveningDifferential());
        ModelInputException.requireNonNegative("payRules.weekendDifferential", rules.weekendDifferential());
        for (Map.Entry<Credential, Double> e : rules.credentialPremium().entrySet()) {
            ModelInputException.requireNonNegative("payRules.credentialPremium." + e.getKey(), e.getValue());
        }
        if (rules.workweekStart() == null) {
            throw new ModelInputException("payRules.workweekStart", "is missing; give a weekday such as MONDAY");
        }
    }

    private static void atLeastOne(String parameter, double multiplier) {
        if (!(multiplier >= 1) || Double.isInfinite(multiplier)) {
            throw new ModelInputException(parameter, "must be a multiplier of 1 or more, got " + multiplier);
        }
    }

    private static void positiveOrAbsent(String parameter, Double hours) {
        if (hours != null && !(hours > 0 && hours <= 168)) {
            throw new ModelInputException(parameter, "must be hours between 0 and 168 (or absent), got " + hours);
        }
    }
}
