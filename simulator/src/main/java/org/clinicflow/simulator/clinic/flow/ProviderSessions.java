package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.engine.DutyCalendar;
import org.clinicflow.simulator.engine.DutyPeriod;

/** Every provider's sessions over the run, in time order (start, end, simulated day), and lookups by time. */
final class ProviderSessions {
    private final DutyCalendar[] calendars;
    private final double[][] start;
    private final double[][] end;
    private final int[][] day;

    ProviderSessions(List<Provider> providers, ClinicDays days) {
        int n = providers.size();
        calendars = new DutyCalendar[n];
        start = new double[n][];
        end = new double[n][];
        day = new int[n][];
        for (int p = 0; p < n; p++) {
            List<DutyPeriod> periods = new ArrayList<>();
            for (int d = 0; d < days.count(); d++) {
                for (TimeWindow w : providers.get(p).sessionsOn(days.weekday(d))) {
                    periods.add(new DutyPeriod(ClinicDays.start(d) + w.startMinute(),
                            ClinicDays.start(d) + w.endMinute()));
                }
            }
            try {
                calendars[p] = new DutyCalendar(periods);
            } catch (ModelInputException e) {
                throw new ModelInputException("providers[" + providers.get(p).id() + "].sessions", e.getMessage());
            }
            List<DutyPeriod> sorted = calendars[p].periods();
            start[p] = sorted.stream().mapToDouble(DutyPeriod::start).toArray();
            end[p] = sorted.stream().mapToDouble(DutyPeriod::end).toArray();
            day[p] = sorted.stream().mapToInt(x -> ClinicDays.dayOf(x.start())).toArray();
        }
    }

    DutyCalendar calendar(int p) {
        return calendars[p];
    }

    int count(int p) {
        return start[p].length;
    }

    double start(int p, int k) {
        return start[p][k];
    }

    double end(int p, int k) {
        return end[p][k];
    }

    int day(int p, int k) {
        return day[p][k];
    }

    /** True if provider {@code p} has a session on simulated day {@code d}. */
    boolean hasSessionOn(int p, int d) {
        int i = Arrays.binarySearch(day[p], d);
        return i >= 0;
    }

    /** The session of provider {@code p} running at {@code time}, or -1. */
    int sessionAt(int p, double time) {
        int i = Arrays.binarySearch(start[p], time);
        int k = i >= 0 ? i : -i - 2;
        return k >= 0 && time < end[p][k] ? k : -1;
    }

    /** The first session of provider {@code p} starting after {@code time} on the same day, or -1. */
    int nextSessionToday(int p, double time) {
        int i = Arrays.binarySearch(start[p], time);
        int k = i >= 0 ? i + 1 : -i - 1;
        return k < start[p].length && day[p][k] == ClinicDays.dayOf(time) ? k : -1;
    }
}
