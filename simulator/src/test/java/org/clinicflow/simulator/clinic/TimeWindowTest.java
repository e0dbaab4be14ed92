package org.clinicflow.simulator.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Windows of a day: across midnight, all day, and how they read. */
class TimeWindowTest {
    @Test
    void anEndAtOrBeforeTheStartIsTheNextDay() {
        TimeWindow night = TimeWindow.of("22:00", "06:00");
        assertEquals(480, night.minutes(), 1e-9);
        assertTrue(night.crossesMidnight());
        assertEquals("22:00-06:00", night.toString());
    }

    /** A manager reads 00:00-24:00 as all day; 00:00-00:00 reads as no time at all. */
    @Test
    void aWindowEndingAtMidnightReadsAs2400() {
        TimeWindow allDay = TimeWindow.of("00:00", "00:00");
        assertEquals(1440, allDay.minutes(), 1e-9);
        assertEquals("00:00-24:00", allDay.toString());
        assertEquals("16:00-24:00", TimeWindow.of("16:00", "00:00").toString());
        assertEquals("08:00-17:00", TimeWindow.of("08:00", "17:00").toString());
    }
}
