package org.clinicflow.simulator.clinic.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.junit.jupiter.api.Test;

/** The workload profile averages MA tasks per weekday occurrence, station and bucket. */
class WorkloadCollectorTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);

    private static WorkloadCollector collector() {
        return new WorkloadCollector(MONDAY, Set.of("refill"), 30);
    }

    private static void openDay(WorkloadCollector c, int day) {
        c.clinicDay(new ClinicDayRecord(day, MONDAY.plusDays(day), day * 1440 + 480, day * 1440 + 1020, Double.NaN,
                0, 0));
    }

    private static void task(WorkloadCollector c, String task, String station, int day, double minuteOfDay,
                             double minutes) {
        double requested = day * 1440 + minuteOfDay;
        c.maTask(new MaTaskRecord(task, station, "ana", day, requested, requested + 1, minutes));
    }

    /** Two Mondays: three roomings (6, 10, 8 min) and one 12-minute admin task between 08:00 and 08:30. */
    private static WorkloadCollector twoMondays() {
        WorkloadCollector c = collector();
        openDay(c, 0);
        openDay(c, 7);
        task(c, "rooming", "podA", 0, 490, 6);
        task(c, "rooming", "podA", 0, 505, 10);
        task(c, "rooming", "podA", 7, 481, 8);
        task(c, "refill", "podA", 7, 500, 12);
        return c;
    }

    @Test
    void averagesPatientTasksPerWeekdayOccurrence() {
        BucketLoad load = twoMondays().profile().index().load("podA", DayOfWeek.MONDAY, 16);
        assertEquals(3.0 / (2 * 30), load.arrivalsPerMinute(), 1e-12, "3 tasks over two 30-minute buckets");
        assertEquals(8, load.meanTaskMinutes(), 1e-12);
        double variance = (4 + 4 + 0) / 3.0;
        assertEquals(variance / 64, load.taskScv(), 1e-12, "variance over mean squared");
        assertEquals(3, load.samples());
        assertEquals(0.4, load.patientErlangs(), 1e-12, "0.05 tasks a minute of 8 minutes");
    }

    @Test
    void adminWorkIsKeptApartFromPatientTasks() {
        BucketLoad load = twoMondays().profile().index().load("podA", DayOfWeek.MONDAY, 16);
        assertEquals(6, load.adminMinutes(), 1e-12, "12 admin minutes over two Mondays");
        assertEquals(0.2, load.adminErlangs(30), 1e-12);
        assertEquals(3, load.samples(), "the admin task is not a patient task");
    }

    @Test
    void bucketsAndWeekdaysFollowTheRequestTime() {
        WorkloadCollector c = collector();
        openDay(c, 1);
        openDay(c, 2);
        task(c, "turnover", "podA", 1, 600, 3);
        task(c, "checkin", "front", 1, 1440 + 10, 2); // requested after midnight: Wednesday's first bucket
        WorkloadProfile profile = c.profile();
        assertEquals(1 / 30.0, profile.index().load("podA", DayOfWeek.TUESDAY, 20).arrivalsPerMinute(), 1e-12);
        assertEquals(1 / 30.0, profile.index().load("front", DayOfWeek.WEDNESDAY, 0).arrivalsPerMinute(), 1e-12);
        assertTrue(profile.index().load("front", DayOfWeek.TUESDAY, 0).idle());
        assertEquals(Set.of("front", "podA"), profile.stationIds());
    }

    @Test
    void weekdaysCountFromTheStartDate() {
        WorkloadCollector c = new WorkloadCollector(MONDAY.minusDays(1), Set.of(), 60);
        task(c, "rooming", "podA", 0, 540, 5);
        WorkloadProfile profile = c.profile();
        assertEquals(1 / 60.0, profile.index().load("podA", DayOfWeek.SUNDAY, 9).arrivalsPerMinute(), 1e-12);
        assertEquals(Map.of(DayOfWeek.SUNDAY, 1), profile.daysObserved(), "without day records, task days count");
    }

    @Test
    void mergingReplicationsEqualsObservingThemInTurn() {
        WorkloadCollector first = collector();
        openDay(first, 0);
        task(first, "rooming", "podA", 0, 490, 6);
        WorkloadCollector second = collector();
        openDay(second, 0);
        task(second, "rooming", "podA", 0, 500, 10);
        first.merge(second);

        WorkloadCollector inTurn = collector();
        openDay(inTurn, 0);
        task(inTurn, "rooming", "podA", 0, 490, 6);
        openDay(inTurn, 0);
        task(inTurn, "rooming", "podA", 0, 500, 10);
        assertEquals(inTurn.profile(), first.profile());
        assertEquals(1 / 30.0, first.profile().index().load("podA", DayOfWeek.MONDAY, 16).arrivalsPerMinute(),
                1e-12, "two tasks over two Mondays");
    }

    @Test
    void bucketLengthMustDivideTheDay() {
        ModelInputException e = assertThrows(ModelInputException.class,
                () -> new WorkloadCollector(MONDAY, Set.of(), 7));
        assertEquals("bucket minutes", e.parameter());
    }

    @Test
    void profileRejectsDuplicateBuckets() {
        BucketLoad load = new BucketLoad("podA", DayOfWeek.MONDAY, 3, 0.1, 5, 1, 0, 10);
        assertThrows(ModelInputException.class,
                () -> new WorkloadProfile(60, java.util.List.of(load, load), Map.of()));
        assertThrows(ModelInputException.class, () -> new WorkloadProfile(60,
                java.util.List.of(new BucketLoad("podA", DayOfWeek.MONDAY, 24, 0.1, 5, 1, 0, 10)), Map.of()));
    }
}
