package org.clinicflow.simulator.clinic.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Map;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Credential;
import org.junit.jupiter.api.Test;

/** Pay rules a payroll cannot honour are input errors naming the field and what is allowed. */
class PayRulesValidationTest {
    @Test
    void aMultiplierBelowOneIsRejected() {
        OvertimeRule cheap = new OvertimeRule("cheap", 8.0, 0.9, null, 2.0, 40.0, 1.5, false);
        assertProblem("payRules.overtime.dailyMultiplier", "1 or more", rules(cheap, 0, 0));
    }

    @Test
    void doubleTimeBeforeOvertimeIsRejected() {
        OvertimeRule odd = new OvertimeRule("odd", 10.0, 1.5, 8.0, 2.0, 40.0, 1.5, false);
        assertProblem("payRules.overtime.dailyDoubleAfterHours", "at least dailyAfterHours", rules(odd, 0, 0));
    }

    @Test
    void aZeroThresholdIsRejected() {
        OvertimeRule zero = new OvertimeRule("zero", null, 1.5, null, 2.0, 0.0, 1.5, false);
        assertProblem("payRules.overtime.weeklyAfterHours", "between 0 and 168", rules(zero, 0, 0));
    }

    @Test
    void aNegativeDifferentialIsRejected() {
        assertProblem("payRules.weekendDifferential", "0 or greater", rules(OvertimeRule.FEDERAL, 0.1, -0.1));
    }

    @Test
    void aNegativeCredentialPremiumIsRejected() {
        PayRules r = new PayRules(OvertimeRule.FEDERAL, Map.of(Credential.CMA, -0.05), 0, null, 0, DayOfWeek.MONDAY);
        assertProblem("payRules.credentialPremium.CMA", "0 or greater", r);
    }

    @Test
    void missingRulesAreRejected() {
        assertProblem("payRules.overtime", "federal, california, alaska",
                new PayRules(null, Map.of(), 0, null, 0, DayOfWeek.MONDAY));
        assertProblem("payRules.workweekStart", "MONDAY",
                new PayRules(OvertimeRule.FEDERAL, Map.of(), 0, null, 0, null));
    }

    @Test
    void thePresetsAreValid() {
        for (String name : new String[] {"federal", "california", "alaska"}) {
            new PayCalculator(rules(OvertimeRule.preset(name), 0.1, 0.1), PayFixtures.MONDAY);
        }
    }

    private static PayRules rules(OvertimeRule rule, double evening, double weekend) {
        return new PayRules(rule, Map.of(), evening, null, weekend, DayOfWeek.MONDAY);
    }

    private static void assertProblem(String parameter, String allowed, PayRules rules) {
        ModelInputException e = assertThrows(ModelInputException.class,
                () -> new PayCalculator(rules, PayFixtures.MONDAY));
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().contains(allowed), e.getMessage());
    }
}
