package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.engine.DutyCalendar;

/**
 * One person at one station over the whole run, as one server of a pool: an MA's shifts at that station (MA index),
 * or a front-desk staff member's days during opening hours (MA index -1, no station).
 */
record StaffPost(int ma, String personId, Station station, List<RosteredShift> shifts) {

    DutyCalendar calendar() {
        try {
            return new DutyCalendar(shifts.stream().map(RosteredShift::dutyPeriod).toList());
        } catch (ModelInputException e) {
            throw new ModelInputException("roster", personId + " at station " + stationId() + ": " + e.getMessage());
        }
    }

    /** The station's id; front-desk staff, who are not rostered, have none and are reported as "front desk". */
    String stationId() {
        return station == null ? "front desk" : station.id();
    }

    boolean isMedicalAssistant() {
        return ma >= 0;
    }
}
