package org.clinicflow.optimizer.solver;

import java.time.LocalDate;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.optimizer.domain.TimeText;

/** Why one bucket costs waiting: the MAs on duty against the expected load, and the patient-minutes that follow. */
public record BucketWaiting(String stationId, String stationName, LocalDate date, int startMinuteOfDay,
                            int minutes, int masOnDuty, double offeredErlangs, double patientMinutes,
                            long cents) {

    static BucketWaiting of(StationBucket bucket, int masOnDuty) {
        return new BucketWaiting(bucket.station().id(), bucket.station().name(), bucket.date(),
                bucket.startMinute() - bucket.day() * 1440, bucket.minutes(), masOnDuty,
                bucket.waiting().offeredErlangs(), bucket.waiting().patientMinutes(masOnDuty),
                bucket.waitingCents(masOnDuty));
    }

    /** E.g. "Tue 2026-01-06 16:00-16:30 Pod B: 1 MA for an expected load of 2.3 — about 14 patient-minutes of waiting". */
    public String describe() {
        return TimeText.day(date) + " " + TimeText.range(startMinuteOfDay, startMinuteOfDay + minutes) + " "
                + stationName + ": " + masOnDuty + (masOnDuty == 1 ? " MA" : " MAs") + " for an expected load of "
                + String.format(java.util.Locale.US, "%.1f", offeredErlangs) + " — about "
                + Math.round(patientMinutes) + " patient-minutes of waiting";
    }
}
