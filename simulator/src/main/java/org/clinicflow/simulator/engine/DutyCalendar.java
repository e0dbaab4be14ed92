package org.clinicflow.simulator.engine;

import java.util.Comparator;
import java.util.List;
import org.clinicflow.simulator.ModelInputException;

/** When one server is on duty: non-overlapping duty periods, each with its breaks. */
public record DutyCalendar(List<DutyPeriod> periods) {
    public DutyCalendar {
        periods = periods.stream().sorted(Comparator.comparingDouble(DutyPeriod::start)).toList();
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start() < periods.get(i - 1).end()) {
                throw new ModelInputException("shifts", "overlap: one ends at " + periods.get(i - 1).end()
                        + " but the next starts at " + periods.get(i).start());
            }
        }
    }

    public static DutyCalendar of(DutyPeriod... periods) {
        return new DutyCalendar(List.of(periods));
    }

    /** Total scheduled duty minutes, breaks included. */
    public double scheduledMinutes() {
        return periods.stream().mapToDouble(DutyPeriod::length).sum();
    }
}
