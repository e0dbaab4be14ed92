package org.clinicflow.scenarios.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clinicflow.simulator.ModelInputException;
import org.junit.jupiter.api.Test;

/** A validation covers both rosters' cycles whole. */
class ValidationDaysTest {
    @Test
    void theCommonCycleIsTheLeastCommonMultiple() {
        assertEquals(7, ValidationDays.commonCycle(7, 7));
        assertEquals(28, ValidationDays.commonCycle(7, 28));
        assertEquals(42, ValidationDays.commonCycle(14, 21));
    }

    @Test
    void defaultsAreTheFirstMultipleOfAtLeastFourWeeks() {
        assertEquals(28, ValidationDays.defaultDays(7));
        assertEquals(28, ValidationDays.defaultDays(14));
        assertEquals(42, ValidationDays.defaultDays(21));
        assertEquals(42, ValidationDays.defaultDays(42));
    }

    @Test
    void daysThatCutACycleAreRefused() {
        ValidationDays.check(56, 28);
        ModelInputException e = assertThrows(ModelInputException.class, () -> ValidationDays.check(30, 7));
        assertEquals("days", e.parameter());
        assertThrows(ModelInputException.class, () -> ValidationDays.check(14, 28));
    }
}
