package org.clinicflow.scenarios.optimize;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;

/**
 * Who can cover {@code absent}'s shift on {@code date} in a published roster (day 0 = the clinic's start date): the
 * scenario, the roster, the solver settings for re-solving, and how the workload that prices waiting is measured.
 */
public record CoverRequest(String source, Clinic clinic, Roster published, MedicalAssistant absent, LocalDate date,
                           OptimizerSettings solver, WorkloadSampling workload, int threads) {
    public CoverRequest {
        LocalDate first = clinic.startDate();
        LocalDate last = first.plusDays(published.cycleDays() - 1L);
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new ModelInputException("date", date + " is outside the roster, which runs from " + first + " to "
                    + last);
        }
        if (shift(published, absent.id(), day(clinic, date)) == null) {
            List<String> worked = published.assignments().stream().filter(a -> a.maId().equals(absent.id()))
                    .map(a -> first.plusDays(a.day()).toString()).toList();
            throw new ModelInputException("date", absent.name() + " (" + absent.id() + ") has no shift on "
                    + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date
                    + (worked.isEmpty() ? "; they have no shift in the roster at all"
                            : "; their shifts: " + String.join(", ", worked)));
        }
    }

    /**
     * A request naming the MA as the manager does ({@code ma}: id, full name or a unique first name); the workload is
     * measured as {@code optimize} measures it for {@code seed}, so both price waiting alike.
     */
    public static CoverRequest of(String source, Clinic clinic, Roster published, String ma, LocalDate date,
                                  OptimizerSettings solver, long seed, int threads) {
        return new CoverRequest(source, clinic, published, TeamLookup.find(clinic, ma, "ma"), date, solver,
                WorkloadSampling.forSeed(seed), threads);
    }

    /** The horizon day of {@code date}. */
    public int day() {
        return day(clinic, date);
    }

    /** The published shift to cover. */
    public ShiftAssignment vacated() {
        return shift(published, absent.id(), day());
    }

    private static int day(Clinic clinic, LocalDate date) {
        return (int) (date.toEpochDay() - clinic.startDate().toEpochDay());
    }

    private static ShiftAssignment shift(Roster roster, String maId, int day) {
        return roster.assignments().stream().filter(a -> a.day() == day && a.maId().equals(maId)).findFirst()
                .orElse(null);
    }
}
