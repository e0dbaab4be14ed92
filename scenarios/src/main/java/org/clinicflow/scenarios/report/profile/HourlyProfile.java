package org.clinicflow.scenarios.report.profile;

import java.time.DayOfWeek;
import java.util.List;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;

/**
 * Workload, staffing and busy time of one replication per weekday and hour of the day, in fixed memory (7 x 24 cells
 * per measure), from the records as they come:
 * <ul>
 *   <li>MA work requested: each MA task's minutes, in the hour it was requested (offered load);</li>
 *   <li>MA busy and on duty: task minutes as worked; shift minutes from start to leaving, less the planned unpaid
 *       break (looked up in the roster: the record does not say when the break was taken);</li>
 *   <li>provider busy: each patient's time with the provider; provider on duty: each session from its start to the
 *       later of its end and the last patient done;</li>
 *   <li>exam rooms held: each patient's rooming start to departure (a patient's room is kept until they leave it
 *       for checkout, then turned over: this is the hourly shape, {@link ClinicProfile} rescales it to the exact
 *       occupied minutes of the day records); rooms open: the exam rooms times the opening hours.</li>
 * </ul>
 * Days before {@code firstDay} (warm-up) are left out, like the KPIs. Not thread-safe: one per replication.
 */
public final class HourlyProfile implements ClinicObserver {
    final WeekHours maRequested;
    final WeekHours maBusy;
    final WeekHours maOnDuty;
    final WeekHours providerBusy;
    final WeekHours providerOnDuty;
    final WeekHours roomsHeld;
    final WeekHours roomsOpen;
    double roomsOccupiedExact;
    private final Roster roster;
    private final int firstDay;

    /** A profile of days {@code [firstDay, endDay)} of a run whose day 0 is {@code dayZero}, staffed by {@code roster}. */
    public HourlyProfile(DayOfWeek dayZero, int firstDay, int endDay, Roster roster) {
        this.roster = roster;
        this.firstDay = firstDay;
        maRequested = new WeekHours(dayZero, firstDay, endDay);
        maBusy = new WeekHours(dayZero, firstDay, endDay);
        maOnDuty = new WeekHours(dayZero, firstDay, endDay);
        providerBusy = new WeekHours(dayZero, firstDay, endDay);
        providerOnDuty = new WeekHours(dayZero, firstDay, endDay);
        roomsHeld = new WeekHours(dayZero, firstDay, endDay);
        roomsOpen = new WeekHours(dayZero, firstDay, endDay);
    }

    @Override
    public void maTask(MaTaskRecord r) {
        maRequested.addAt(r.requested(), r.durationMinutes());
        maBusy.addInterval(r.started(), r.started() + r.durationMinutes());
    }

    @Override
    public void maShift(MaShiftRecord r) {
        double end = Math.max(r.scheduledEnd(), r.left());
        if (r.unpaidBreakMinutes() <= 0) {
            maOnDuty.addInterval(r.scheduledStart(), end);
            return;
        }
        double breakStart = plannedBreakStart(r);
        double breakEnd = breakStart + r.unpaidBreakMinutes();
        maOnDuty.addInterval(r.scheduledStart(), Math.min(breakStart, end));
        maOnDuty.addInterval(Math.max(breakEnd, r.scheduledStart()), end);
    }

    @Override
    public void patient(PatientRecord r) {
        if (Double.isFinite(r.providerStart()) && Double.isFinite(r.providerEnd())) {
            providerBusy.addInterval(r.providerStart(), r.providerEnd());
        }
        if (Double.isFinite(r.roomingStart()) && Double.isFinite(r.departure())) {
            roomsHeld.addInterval(r.roomingStart(), r.departure());
        }
    }

    @Override
    public void providerSession(ProviderSessionRecord r) {
        providerOnDuty.addInterval(r.start(), Math.max(r.end(), r.lastPatientDone()));
    }

    @Override
    public void clinicDay(ClinicDayRecord r) {
        double openMinutes = r.closing() - r.opening();
        if (r.day() < firstDay || openMinutes <= 0 || r.examRoomCapacityMinutes() <= 0) {
            return;
        }
        roomsOpen.addInterval(r.opening(), r.closing(), r.examRoomCapacityMinutes() / openMinutes);
        roomsOccupiedExact += r.examRoomOccupiedMinutes();
    }

    /** Adds another replication's profile (the same days observed). */
    void add(HourlyProfile other) {
        maRequested.add(other.maRequested);
        maBusy.add(other.maBusy);
        maOnDuty.add(other.maOnDuty);
        providerBusy.add(other.providerBusy);
        providerOnDuty.add(other.providerOnDuty);
        roomsHeld.add(other.roomsHeld);
        roomsOpen.add(other.roomsOpen);
        roomsOccupiedExact += other.roomsOccupiedExact;
    }

    /**
     * Where the roster planned this shift's unpaid break: the start offset of the assignment of this MA on this roster
     * day that starts when the record says; the middle of the shift if the roster has no such assignment.
     */
    private double plannedBreakStart(MaShiftRecord r) {
        int rosterDay = Math.floorMod(r.day(), roster.cycleDays());
        double startOfDay = r.scheduledStart() - r.day() * 1440.0 + rosterDay * 1440.0;
        List<ShiftAssignment> today = roster.on(rosterDay);
        for (ShiftAssignment a : today) {
            if (a.maId().equals(r.maId()) && Math.abs(a.startMinute() - startOfDay) < 1e-6) {
                return r.scheduledStart() + a.shift().breakStartOffsetMinutes();
            }
        }
        return (r.scheduledStart() + r.scheduledEnd() - r.unpaidBreakMinutes()) / 2;
    }
}
