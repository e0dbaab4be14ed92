package org.clinicflow.optimizer.explain;

import java.time.LocalDate;
import org.clinicflow.optimizer.domain.TimeText;

/**
 * A stretch of time a station could not be staffed to its minimum ("cannot staff"): where, when, how many MAs it
 * needs with which skills, how many it has, and why no one else could be rostered.
 */
public record StaffingGap(String stationId, String stationName, LocalDate date, int fromMinuteOfDay,
                          int toMinuteOfDay, int needed, int onDuty, String skills, String reason) {

    /** E.g. "cannot staff Lab on Wed 2026-01-07 07:30-09:00: needs 1 MA with phlebotomy, none available (...)". */
    public String describe() {
        return "cannot staff " + stationName + " on " + TimeText.day(date) + " "
                + TimeText.range(fromMinuteOfDay, toMinuteOfDay) + ": needs " + needed + (needed == 1 ? " MA" : " MAs")
                + (skills.isEmpty() ? "" : " with " + skills) + ", " + (onDuty == 0 ? "none" : onDuty + " on duty")
                + " — " + reason;
    }
}
