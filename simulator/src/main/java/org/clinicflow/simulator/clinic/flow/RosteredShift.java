package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.engine.DutyBreak;
import org.clinicflow.simulator.engine.DutyPeriod;

/** One shift as the simulation runs it: simulated day, absolute start and end, and the unpaid break. */
record RosteredShift(int day, double start, double end, double breakStart, double breakMinutes) {

    DutyPeriod dutyPeriod() {
        return breakMinutes > 0
                ? new DutyPeriod(start, end, List.of(new DutyBreak(breakStart, breakMinutes)))
                : new DutyPeriod(start, end);
    }
}
