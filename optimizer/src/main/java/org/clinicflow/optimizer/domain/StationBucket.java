package org.clinicflow.optimizer.domain;

import java.time.LocalDate;
import org.clinicflow.optimizer.waiting.WaitingCurve;
import org.clinicflow.simulator.clinic.Station;

/**
 * One station's time bucket on one day of the horizon: when it starts (minutes from the horizon's start), how long it
 * is, the minimum staff it needs (0 when the station is closed then), the most MAs it holds, and the expected patient
 * waiting and its price in cents for each number of MAs on duty.
 */
public final class StationBucket {
    private final Station station;
    private final int day;
    private final LocalDate date;
    private final int startMinute;
    private final int minutes;
    private final int minStaff;
    private final WaitingCurve waiting;
    private final long[] waitingCents;
    private StationTimeline timeline;
    private int index;

    public StationBucket(Station station, int day, LocalDate date, int startMinute, int minutes, int minStaff,
                         WaitingCurve waiting, double centsPerPatientMinute) {
        this.station = station;
        this.day = day;
        this.date = date;
        this.startMinute = startMinute;
        this.minutes = minutes;
        this.minStaff = minStaff;
        this.waiting = waiting;
        int levels = Math.max(waiting.maxMas(), station.maxStaff()) + 1;
        waitingCents = new long[levels];
        for (int c = 0; c < levels; c++) {
            waitingCents[c] = Math.round(waiting.patientMinutes(c) * centsPerPatientMinute);
        }
    }

    /** Places this bucket in its station's timeline (done once by the timeline). */
    void placeIn(StationTimeline timeline, int index) {
        this.timeline = timeline;
        this.index = index;
    }

    public StationTimeline timeline() {
        return timeline;
    }

    /** This bucket's position in its station's timeline. */
    public int index() {
        return index;
    }

    /** MA-minutes short of the minimum with {@code mas} on duty. */
    public int shortMinutes(int mas) {
        return Math.max(0, minStaff - mas) * minutes;
    }

    /** MA-minutes beyond what the station holds with {@code mas} on duty. */
    public int excessMinutes(int mas) {
        return Math.max(0, mas - station.maxStaff()) * minutes;
    }

    public Station station() {
        return station;
    }

    public int day() {
        return day;
    }

    public LocalDate date() {
        return date;
    }

    public int startMinute() {
        return startMinute;
    }

    public int endMinute() {
        return startMinute + minutes;
    }

    public int minutes() {
        return minutes;
    }

    /** The bucket's middle: an MA on duty then counts as on duty for the bucket. */
    public double midpoint() {
        return startMinute + minutes / 2.0;
    }

    public int minStaff() {
        return minStaff;
    }

    public int maxStaff() {
        return station.maxStaff();
    }

    public WaitingCurve waiting() {
        return waiting;
    }

    /** Price of the expected waiting with {@code mas} MAs on duty. */
    public long waitingCents(int mas) {
        return waitingCents[Math.min(mas, waitingCents.length - 1)];
    }

    @Override
    public String toString() {
        return station.id() + "@" + day + "+" + (startMinute - day * 1440);
    }
}
