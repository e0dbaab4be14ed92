package org.clinicflow.scenarios.report.profile;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.report.chart.DayCoverage;
import org.clinicflow.scenarios.report.chart.HourlySeries;
import org.clinicflow.scenarios.report.chart.StockTrajectory;
import org.clinicflow.scenarios.report.chart.WaitHistogram;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.SupplyItem;

/**
 * What {@link ProfileCollector} gathered over all replications of an experiment, as the charts take it: MA workload
 * and coverage by weekday and hour, utilization by hour, the waiting-time histogram and supply stock by day. Per-hour
 * figures are means over replications and over the observed occurrences of each weekday.
 */
public final class ClinicProfile {
    private final Clinic clinic;
    private final ExperimentPlan plan;
    private final int replications;
    private final HourlyProfile hours;
    private final WaitingTimes waits;
    private final List<SupplyLevels> supplies;

    ClinicProfile(Clinic clinic, ExperimentPlan plan, int replications, HourlyProfile hours, WaitingTimes waits,
                  List<SupplyLevels> supplies) {
        this.clinic = clinic;
        this.plan = plan;
        this.replications = replications;
        this.hours = hours;
        this.waits = waits;
        this.supplies = List.copyOf(supplies);
    }

    /** The accumulated hours, for tests in this package. */
    HourlyProfile hours() {
        return hours;
    }

    public int replications() {
        return replications;
    }

    /** How many observed days (after warm-up) of one replication fall on {@code day}. */
    public int occurrences(DayOfWeek day) {
        DayOfWeek dayZero = clinic.startDate().getDayOfWeek();
        int n = 0;
        for (int d = plan.warmupDays(); d < plan.days(); d++) {
            n += dayZero.plus(d) == day ? 1 : 0;
        }
        return n;
    }

    /** MA work requested per hour of {@code day} divided by 60: the MAs that would be busy all hour doing it. */
    public double[] masNeeded(DayOfWeek day) {
        double[] out = new double[WeekHours.HOURS];
        double observed = (double) replications * occurrences(day);
        if (observed > 0) {
            for (int h = 0; h < out.length; h++) {
                out[h] = hours.maRequested.get(day, h) / 60 / observed;
            }
        }
        return out;
    }

    /**
     * The roster's MAs on duty against the MA workload for every weekday the clinic opens or the roster staffs or
     * work is requested, Monday first. The roster is the one simulated, or another to judge against this workload.
     */
    public List<DayCoverage> coverage(Roster roster) {
        DayOfWeek dayZero = clinic.startDate().getDayOfWeek();
        List<DayCoverage> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            DayCoverage c = new DayCoverage(day, RosterCoverage.onDuty(roster, dayZero, day), masNeeded(day));
            if (clinic.openingHours().isOpen(day) || !c.isEmpty()) {
                days.add(c);
            }
        }
        return days;
    }

    /**
     * Utilization by hour of the day over all observed days: MAs (busy / on duty), providers (with patients / in
     * session), exam rooms (held / open, rescaled to the exact occupied room-minutes); a resource the clinic lacks is
     * left out, and hours without anyone on duty are NaN.
     */
    public List<HourlySeries> utilization() {
        List<HourlySeries> out = new ArrayList<>();
        out.add(new HourlySeries("Medical assistants", percentByHour(hours.maBusy, hours.maOnDuty, 1)));
        if (hours.providerOnDuty.total() > 0) {
            out.add(new HourlySeries("Providers", percentByHour(hours.providerBusy, hours.providerOnDuty, 1)));
        }
        if (hours.roomsOpen.total() > 0 && hours.roomsHeld.total() > 0) {
            double scale = hours.roomsOccupiedExact / hours.roomsHeld.total();
            out.add(new HourlySeries("Exam rooms", percentByHour(hours.roomsHeld, hours.roomsOpen, scale)));
        }
        return out;
    }

    /** The waiting-room times of completed visits over all replications, named {@code label} for a legend. */
    public WaitHistogram waitingRoom(String label) {
        return waits.histogram(label);
    }

    /** Each supply item's units on hand by day: mean, lowest and highest over replications. */
    public List<StockTrajectory> supplyStock() {
        List<StockTrajectory> out = new ArrayList<>();
        List<SupplyItem> items = clinic.supplies();
        int days = supplies.isEmpty() ? 0 : supplies.get(0).days();
        for (int i = 0; i < items.size(); i++) {
            double[] mean = new double[days];
            double[] min = new double[days];
            double[] max = new double[days];
            for (int d = 0; d < days; d++) {
                double sum = 0;
                int n = 0;
                min[d] = Double.POSITIVE_INFINITY;
                max[d] = Double.NEGATIVE_INFINITY;
                for (SupplyLevels rep : supplies) {
                    int v = rep.onHand(i, d);
                    if (v >= 0) {
                        sum += v;
                        n++;
                        min[d] = Math.min(min[d], v);
                        max[d] = Math.max(max[d], v);
                    }
                }
                mean[d] = n == 0 ? Double.NaN : sum / n;
                if (n == 0) {
                    min[d] = Double.NaN;
                    max[d] = Double.NaN;
                }
            }
            SupplyItem item = items.get(i);
            String name = item.name() == null || item.name().isBlank() ? item.id() : item.name();
            out.add(new StockTrajectory(item.id(), name, item.reorderPoint(), plan.warmupDays(), mean, min, max));
        }
        return out;
    }

    private static double[] percentByHour(WeekHours busy, WeekHours available, double scale) {
        double[] out = new double[WeekHours.HOURS];
        for (int h = 0; h < out.length; h++) {
            double a = available.hourTotal(h);
            out[h] = a > 1e-9 ? 100 * scale * busy.hourTotal(h) / a : Double.NaN;
        }
        return out;
    }
}
