package org.clinicflow.scenarios.scenario;

import static org.clinicflow.scenarios.scenario.ScenarioTexts.assertProblem;
import static org.clinicflow.scenarios.scenario.ScenarioTexts.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.random.Distribution;
import org.junit.jupiter.api.Test;

/** Weekdays, windows and durations read the way people write them, in either form. */
class ScenarioSyntaxTest {

    @Test
    void weekdaySpecsCoverRangesListsAndTheWeekend() {
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), CalendarSyntax.weekdays("mon-fri"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                CalendarSyntax.weekdays("mon, wed,fri"));
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                CalendarSyntax.weekdays("fri-mon"));
        assertNull(CalendarSyntax.weekdays("Mon"));
        assertNull(CalendarSyntax.weekdays("mon-fri-sat"));
        assertNull(CalendarSyntax.weekdays("weekdays"));
    }

    @Test
    void windowsMayRunPastMidnightOrCoverTheWholeDay() {
        Clinic c = ScenarioLoader.read(replace("  mon-fri: 08:00-17:00", "  mon-thu: 08:00-17:00\n  fri: 00:00-24:00\n"
                + "  sat: 22:00-06:00"), "clinic.yaml");
        assertEquals(1440, c.openingHours().on(DayOfWeek.FRIDAY).orElseThrow().minutes());
        TimeWindow night = c.openingHours().on(DayOfWeek.SATURDAY).orElseThrow();
        assertEquals(480, night.minutes());
        assertEquals(true, night.crossesMidnight());
        assertProblem(replace("mon-fri: 08:00-17:00", "mon-fri: 08:00-08:00"), "openingHours.mon-fri", "08:00-08:00",
                "starts and ends at the same time");
    }

    @Test
    void aDurationIsANumberACompactDistributionOrAMap() {
        String base = "rooming: lognormal(7.5, 3)";
        assertEquals(new Distribution.LogNormal(7.5, 3), rooming(base));
        assertEquals(new Distribution.LogNormal(7.5, 3), rooming("rooming: {distribution: lognormal, mean: 7.5, sd: 3}"));
        assertEquals(new Distribution.Fixed(6), rooming("rooming: 6"));
        assertEquals(new Distribution.Gamma(7.5, 0.5), rooming("rooming: {distribution: gamma, mean: 7.5, cv: 0.5}"));
        assertEquals(new Distribution.Empirical(java.util.List.of(5.0, 7.0), java.util.List.of(1.0, 3.0)),
                rooming("rooming: \"empirical(5:1, 7:3)\""));
    }

    @Test
    void distributionMapsSayWhichParametersTheyTake() {
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: {distribution: lognormal, mean: 7.5, sdev: 3}"),
                "visitTypes[0].rooming.sdev", "sdev", "unknown key 'sdev'", "allowed here: distribution, mean, sd");
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: {distribution: lognormal, mean: 7.5}"),
                "visitTypes[0].rooming.sd", "rooming:", "is required");
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: {distribution: lognormale, mean: 7.5}"),
                "visitTypes[0].rooming.distribution", "rooming:", "'lognormale' is not allowed (did you mean 'lognormal'?)");
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: lognormal(7.5)"), "visitTypes[0].rooming",
                "rooming:", "lognormal takes 2 numbers (mean, sd), got 1");
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: weibull(7.5, 3)"), "visitTypes[0].rooming",
                "rooming:", "unknown distribution 'weibull'");
    }

    private static Distribution rooming(String line) {
        return ScenarioLoader.read(replace("rooming: lognormal(7.5, 3)", line), "clinic.yaml").visitTypes().get(0)
                .rooming();
    }
}
