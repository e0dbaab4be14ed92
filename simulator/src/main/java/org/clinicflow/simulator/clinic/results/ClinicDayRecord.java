package org.clinicflow.simulator.clinic.results;

import java.time.LocalDate;

/**
 * One open clinic day: closing time and the last patient's departure (NaN if nobody came), in minutes from the start
 * of the horizon, and the exam-room occupancy (minutes rooms were held by patients or turnover) against room capacity.
 */
public record ClinicDayRecord(int day, LocalDate date, double opening, double closing, double lastDeparture,
                              double examRoomOccupiedMinutes, double examRoomCapacityMinutes) {

    /** Last departure past closing (clinicOverrunMinutes), 0 if the clinic emptied in time. */
    public double overrunMinutes() {
        return Double.isNaN(lastDeparture) ? 0 : Math.max(0, lastDeparture - closing);
    }
}
