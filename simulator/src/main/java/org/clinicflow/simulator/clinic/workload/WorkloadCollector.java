package org.clinicflow.simulator.clinic.workload;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;

/**
 * Builds a {@link WorkloadProfile} from the MA tasks of simulated clinic days. A task counts in the bucket of the
 * minute it was requested (its arrival to the station's queue), on the weekday of that minute. Tasks whose id is one
 * of the clinic's admin task types are admin work; all others (rooming, procedures, turnover, check-in and checkout)
 * are patient tasks. Averages are per occurrence of a weekday: each {@link ClinicDayRecord} counts one occurrence, so
 * one collector may observe many replications in turn. Replications run on other threads each get their own collector,
 * combined with {@link #merge}. Not thread-safe.
 */
public final class WorkloadCollector implements ClinicObserver {
    private final LocalDate startDate;
    private final Set<String> adminTaskIds;
    private final int bucketMinutes;
    private final Map<Key, Sums> sums = new HashMap<>();
    private final Map<DayOfWeek, Integer> clinicDays = new EnumMap<>(DayOfWeek.class);
    private final Set<Integer> taskDays = new HashSet<>();

    /**
     * @param startDate the date of simulated day 0
     * @param adminTaskIds task ids that are admin (non-patient) work
     * @param bucketMinutes bucket length, a divisor of 1440
     */
    public WorkloadCollector(LocalDate startDate, Set<String> adminTaskIds, int bucketMinutes) {
        this.startDate = startDate;
        this.adminTaskIds = Set.copyOf(adminTaskIds);
        this.bucketMinutes = WorkloadProfile.requireBucketMinutes(bucketMinutes);
    }

    /** A collector for {@code clinic}'s days and admin task types. */
    public static WorkloadCollector forClinic(Clinic clinic, int bucketMinutes) {
        Set<String> admin = new HashSet<>();
        for (AdminTaskType type : clinic.adminTasks()) {
            admin.add(type.id());
        }
        return new WorkloadCollector(clinic.startDate(), admin, bucketMinutes);
    }

    @Override
    public void clinicDay(ClinicDayRecord record) {
        clinicDays.merge(weekday(record.day()), 1, Integer::sum);
    }

    @Override
    public void maTask(MaTaskRecord record) {
        int day = (int) Math.floor(record.requested() / 1440);
        double minuteOfDay = record.requested() - day * 1440.0;
        int bucket = Math.min((int) (minuteOfDay / bucketMinutes), 1440 / bucketMinutes - 1);
        Sums s = sums.computeIfAbsent(new Key(record.stationId(), weekday(day), bucket), k -> new Sums());
        if (adminTaskIds.contains(record.task())) {
            s.adminMinutes += record.durationMinutes();
        } else {
            s.tasks++;
            s.minutes += record.durationMinutes();
            s.squaredMinutes += record.durationMinutes() * record.durationMinutes();
        }
        taskDays.add(day);
    }

    /** Adds what {@code other} observed (another replication's collector with the same settings). */
    public void merge(WorkloadCollector other) {
        if (other.bucketMinutes != bucketMinutes || !other.startDate.equals(startDate)) {
            throw new IllegalArgumentException("cannot merge workload collectors with different buckets or start dates");
        }
        other.sums.forEach((key, s) -> sums.computeIfAbsent(key, k -> new Sums()).add(s));
        other.clinicDays.forEach((day, n) -> clinicDays.merge(day, n, Integer::sum));
        taskDays.addAll(other.taskDays);
    }

    /**
     * The profile of everything observed so far. A weekday with tasks but no clinic-day record counts the distinct days
     * its tasks fell on instead.
     */
    public WorkloadProfile profile() {
        Map<DayOfWeek, Integer> occurrences = new EnumMap<>(clinicDays);
        for (int day : taskDays) {
            occurrences.putIfAbsent(weekday(day), 0);
        }
        for (DayOfWeek weekday : occurrences.keySet()) {
            if (occurrences.get(weekday) == 0) {
                occurrences.put(weekday, (int) taskDays.stream().filter(d -> weekday(d) == weekday).count());
            }
        }
        List<BucketLoad> loads = new ArrayList<>();
        sums.forEach((key, s) -> loads.add(s.load(key, occurrences.get(key.weekday()), bucketMinutes)));
        return new WorkloadProfile(bucketMinutes, loads, occurrences);
    }

    private DayOfWeek weekday(int day) {
        return startDate.getDayOfWeek().plus(Math.floorMod(day, 7));
    }

    private record Key(String stationId, DayOfWeek weekday, int bucket) {
    }

    /** Running sums for one bucket. */
    private static final class Sums {
        long tasks;
        double minutes;
        double squaredMinutes;
        double adminMinutes;

        void add(Sums other) {
            tasks += other.tasks;
            minutes += other.minutes;
            squaredMinutes += other.squaredMinutes;
            adminMinutes += other.adminMinutes;
        }

        BucketLoad load(Key key, int days, int bucketMinutes) {
            double mean = tasks == 0 ? 0 : minutes / tasks;
            double variance = tasks == 0 ? 0 : Math.max(0, squaredMinutes / tasks - mean * mean);
            double scv = mean > 0 ? variance / (mean * mean) : 0;
            return new BucketLoad(key.stationId(), key.weekday(), key.bucket(), tasks / ((double) days * bucketMinutes),
                    mean, scv, adminMinutes / days, tasks);
        }
    }
}
