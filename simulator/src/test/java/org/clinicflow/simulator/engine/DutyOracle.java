package org.clinicflow.simulator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Test fixture: what one server's duty calendar means, computed independently of {@link ServerPool} from the calendar
 * and the server's service intervals. On duty in [start, end) of a period; a break planned at b for d minutes is taken
 * at b if the server is free then, otherwise as soon as its task ends, and is cut short by the period end; a break that
 * would start at or after the period end is dropped. Only valid when breaks cannot run into each other (see
 * {@link PoolWorkload}) and service ends never coincide with calendar instants. Methods that take only a time can be
 * asked during the run; break windows need the whole log, so build the oracle after the run for those.
 */
final class DutyOracle {
    private final DutyCalendar calendar; // null: on duty throughout
    private final List<double[]> tasks;
    private final List<double[]> breakWindows = new ArrayList<>();

    DutyOracle(PoolDriver driver, int server) {
        this.calendar = driver.calendarOf(server);
        this.tasks = driver.tasksOf(server);
        if (calendar != null) {
            for (DutyPeriod p : calendar.periods()) {
                for (DutyBreak b : p.breaks()) {
                    double[] task = taskAt(b.start());
                    double from = task == null ? b.start() : task[1];
                    if (from < p.end()) {
                        breakWindows.add(new double[] {from, Math.min(from + b.duration(), p.end())});
                    }
                }
            }
        }
    }

    boolean hasCalendar() {
        return calendar != null;
    }

    /** The task in service at {@code t} (started at or before t, not yet released), or null. */
    double[] taskAt(double t) {
        for (double[] task : tasks) {
            if (task[0] <= t && t < task[1]) {
                return task;
            }
        }
        return null;
    }

    boolean onDuty(double t) {
        return calendar == null || calendar.periods().stream().anyMatch(p -> p.start() <= t && t < p.end());
    }

    /** Within a period for sure, whatever the order of events at its boundaries: start < t < end. */
    boolean inShiftSurely(double t) {
        return calendar == null || calendar.periods().stream().anyMatch(p -> p.start() < t && t < p.end());
    }

    /** Within a period or at one of its boundaries: start <= t <= end. */
    boolean inShiftPossibly(double t) {
        return calendar == null || calendar.periods().stream().anyMatch(p -> p.start() <= t && t <= p.end());
    }

    /** Whether one of the server's periods ends exactly at {@code t}. */
    boolean isPeriodEnd(double t) {
        return calendar != null && calendar.periods().stream().anyMatch(p -> p.end() == t);
    }

    /** Number of periods that ended at or before {@code t}. */
    long periodsEndedBy(double t) {
        return calendar == null ? 0 : calendar.periods().stream().filter(p -> p.end() <= t).count();
    }

    boolean onBreak(double t) {
        return breakWindows.stream().anyMatch(w -> w[0] <= t && t < w[1]);
    }

    /** Available as the pool defines it: on duty and not on break, or finishing a task. */
    boolean available(double t, boolean holdingTask) {
        return holdingTask || (onDuty(t) && !onBreak(t));
    }

    List<double[]> breakWindows() {
        return breakWindows;
    }

    /** Minutes in [from, to] during which the server counts as available. */
    double availableMinutes(double from, double to) {
        List<double[]> on = new ArrayList<>();
        if (calendar == null) {
            on.add(new double[] {from, to});
        } else {
            for (DutyPeriod p : calendar.periods()) {
                double start = p.start();
                List<double[]> inside = breakWindows.stream()
                        .filter(w -> w[0] >= p.start() && w[0] < p.end())
                        .sorted(Comparator.comparingDouble(w -> w[0])).toList();
                for (double[] w : inside) {
                    on.add(new double[] {start, w[0]});
                    start = w[1];
                }
                on.add(new double[] {start, p.end()});
            }
            on.addAll(tasks);
        }
        return unionLength(on, from, to);
    }

    static double unionLength(List<double[]> intervals, double from, double to) {
        List<double[]> clipped = new ArrayList<>();
        for (double[] i : intervals) {
            double a = Math.max(i[0], from);
            double b = Math.min(i[1], to);
            if (b > a) {
                clipped.add(new double[] {a, b});
            }
        }
        clipped.sort(Comparator.comparingDouble(i -> i[0]));
        double total = 0;
        double curStart = Double.NaN;
        double curEnd = Double.NEGATIVE_INFINITY;
        for (double[] i : clipped) {
            if (i[0] > curEnd) {
                if (curEnd > curStart) {
                    total += curEnd - curStart;
                }
                curStart = i[0];
                curEnd = i[1];
            } else {
                curEnd = Math.max(curEnd, i[1]);
            }
        }
        if (curEnd > curStart) {
            total += curEnd - curStart;
        }
        return total;
    }
}
