package org.clinicflow.optimizer.plan;

import java.util.Set;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.workload.WorkloadProfile;

/**
 * What to roster: a clinic (team, stations, shift templates, pay rules) for {@code weeks} weeks from its start date,
 * priced against a workload profile; optionally a published roster to stay close to (null = none), whose days in
 * {@code pinnedDays} (horizon day indices) may not change — no assignment moves, no empty position is filled; the
 * waiting tables corrected by {@code calibration}.
 */
public record RosterProblem(Clinic clinic, int weeks, WorkloadProfile workload, Roster published,
                            Set<Integer> pinnedDays, WaitingCalibration calibration) {
    public RosterProblem {
        if (weeks < 1 || weeks > 6) {
            throw new ModelInputException("weeks", "must be between 1 and 6, got " + weeks);
        }
        pinnedDays = Set.copyOf(pinnedDays);
        calibration = calibration == null ? WaitingCalibration.NONE : calibration;
    }

    /** A problem with the waiting tables as computed (no calibration). */
    public RosterProblem(Clinic clinic, int weeks, WorkloadProfile workload, Roster published,
                         Set<Integer> pinnedDays) {
        this(clinic, weeks, workload, published, pinnedDays, WaitingCalibration.NONE);
    }

    /** The same problem with the waiting tables corrected by {@code newCalibration}. */
    public RosterProblem withCalibration(WaitingCalibration newCalibration) {
        return new RosterProblem(clinic, weeks, workload, published, pinnedDays, newCalibration);
    }

    /** The same problem against a published roster whose assignments on {@code newPinnedDays} may not move. */
    public RosterProblem withPublished(Roster newPublished, Set<Integer> newPinnedDays) {
        return new RosterProblem(clinic, weeks, workload, newPublished, newPinnedDays, calibration);
    }

    /** A fresh roster with nothing published. */
    public static RosterProblem fresh(Clinic clinic, int weeks, WorkloadProfile workload) {
        return new RosterProblem(clinic, weeks, workload, null, Set.of());
    }

    public int days() {
        return 7 * weeks;
    }
}
