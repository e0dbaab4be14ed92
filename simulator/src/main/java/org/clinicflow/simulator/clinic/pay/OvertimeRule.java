package org.clinicflow.simulator.clinic.pay;

/**
 * When hours become overtime. Daily: hours beyond {@code dailyAfterHours} in a workday are paid at
 * {@code dailyMultiplier}, beyond {@code dailyDoubleAfterHours} at {@code doubleMultiplier}. Weekly: straight-time hours
 * beyond {@code weeklyAfterHours} in a workweek are paid at {@code weeklyMultiplier}. The seventh consecutive workday in
 * a workweek pays its first 8 hours at the daily multiplier and the rest at the double multiplier. A null threshold
 * means the rule does not apply.
 */
public record OvertimeRule(String name, Double dailyAfterHours, double dailyMultiplier, Double dailyDoubleAfterHours,
                           double doubleMultiplier, Double weeklyAfterHours, double weeklyMultiplier,
                           boolean seventhDayRule) {

    /** FLSA: 1.5x beyond 40 hours a week. */
    public static final OvertimeRule FEDERAL = new OvertimeRule("federal", null, 1.5, null, 2.0, 40.0, 1.5, false);

    /** California Labor Code 510: 1.5x beyond 8 h/day and 40 h/week, 2x beyond 12 h/day, seventh-day rule. */
    public static final OvertimeRule CALIFORNIA =
            new OvertimeRule("california", 8.0, 1.5, 12.0, 2.0, 40.0, 1.5, true);

    /** Alaska: 1.5x beyond 8 h/day and 40 h/week. */
    public static final OvertimeRule ALASKA = new OvertimeRule("alaska", 8.0, 1.5, null, 2.0, 40.0, 1.5, false);

    /** A preset by name (federal, california, alaska), or null. */
    public static OvertimeRule preset(String name) {
        return switch (name) {
            case "federal" -> FEDERAL;
            case "california" -> CALIFORNIA;
            case "alaska" -> ALASKA;
            default -> null;
        };
    }
}
