package org.clinicflow.optimizer.plan;

import java.time.LocalDate;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * When a station must have its minimum staff: while it is open <em>and</em> patients it serves are being seen — a
 * provider of its pod (a pod station) or any provider (every other station) is in session. Before the first session,
 * over lunch and after the last one the station may still be staffed, but only because the waiting it saves is worth
 * the pay: the minimum is a rule for clinic hours, not for the doors-open margins. A clinic without providers (a plain
 * queue) needs the minimum whenever the station is open.
 *
 * <p>Why: the simulator sends a task to any MA with the skills when nobody is posted at its station, so a lab draw
 * during the lab MA's lunch or a turnover at 17:15 is done by someone; requiring a posted MA then forced the solver to
 * spend scarce contract hours on the margins (a second lab MA for the lunch hour, a 09:00-18:00 shift for the last
 * half-hour) at the cost of the morning peak. Every built-in baseline roster left those margins uncovered.
 */
final class StaffingHours {
    private final Clinic clinic;

    StaffingHours(Clinic clinic) {
        this.clinic = clinic;
    }

    /** True when {@code station} needs its minimum staff at {@code minuteOfDay} of {@code date}. */
    boolean minimumApplies(Station station, LocalDate date, double minuteOfDay) {
        if (!RosterPlanBuilder.openAt(station, date, minuteOfDay)) {
            return false;
        }
        if (clinic.providers().isEmpty()) {
            return true;
        }
        for (Provider p : clinic.providers()) {
            boolean serves = station.kind() != StationKind.POD || station.podId() == null
                    || station.podId().equals(p.podId());
            if (serves && inSession(p, date, minuteOfDay)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSession(Provider p, LocalDate date, double minuteOfDay) {
        if (any(p.sessionsOn(date.getDayOfWeek()), minuteOfDay)) {
            return true;
        }
        for (TimeWindow w : p.sessionsOn(date.minusDays(1).getDayOfWeek())) {
            if (w.crossesMidnight() && w.contains(minuteOfDay + 1440)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(List<TimeWindow> windows, double minuteOfDay) {
        return windows.stream().anyMatch(w -> w.contains(minuteOfDay));
    }
}
