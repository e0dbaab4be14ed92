package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.WalkIns;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.ArrivalTimes;
import org.clinicflow.simulator.random.RandomStream;
import org.clinicflow.simulator.random.RandomStreams;

/**
 * The day's walk-ins: a nonhomogeneous Poisson process over the walk-in hours with the weekday's expected count, spread
 * by the hourly shares of those hours (renormalised over them; an hour open in part counts in part), each walk-in's
 * visit type drawn from the mix. Walk-in hours are the opening hours while a provider who sees walk-ins is in session:
 * the front desk does not take walk-ins nobody can see. Arrival times and visit types have their own streams.
 */
final class WalkInArrivals {
    private final WalkIns walkIns;
    private final ClinicDays days;
    private final RandomStream times;
    private final RandomStream mix;
    private final List<Provider> walkInProviders;
    private final int[] mixTypes;
    private final double[] mixCumulative;

    WalkInArrivals(WalkIns walkIns, ClinicDays days, ClinicIndex index, RandomStreams streams) {
        this.walkIns = walkIns;
        this.days = days;
        this.times = streams.stream("walkins");
        this.mix = streams.stream("walkins.visitType");
        this.walkInProviders = index.providers.stream().filter(Provider::acceptsWalkIns).toList();
        if (walkIns.hourlyShare().size() != 24) {
            throw new ModelInputException("walkIns.hourlyShare",
                    "needs 24 shares (hour 0 = midnight), got " + walkIns.hourlyShare().size());
        }
        Map<String, Double> sorted = new TreeMap<>(walkIns.visitMix());
        mixTypes = new int[sorted.size()];
        mixCumulative = new double[sorted.size()];
        double total = 0;
        int i = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            mixTypes[i] = index.visitType(e.getKey(), "walkIns.visitMix");
            total += ModelInputException.requireNonNegative("walkIns.visitMix[" + e.getKey() + "]", e.getValue());
            mixCumulative[i++] = total;
        }
        if (!(total > 0)) {
            throw new ModelInputException("walkIns.visitMix", "needs at least one visit type with a weight above 0");
        }
    }

    /** The walk-ins of simulated day {@code d}, in arrival order. */
    List<WalkIn> day(int d) {
        List<WalkIn> out = new ArrayList<>();
        double expected = walkIns.perDay().getOrDefault(days.weekday(d), 0.0);
        TimeWindow hours = days.hours(d);
        if (!(expected > 0) || hours == null) {
            return out;
        }
        ArrivalProcess.RateProfile profile = profile(walkInHours(hours, d), ClinicDays.start(d), expected);
        if (profile == null) {
            return out;
        }
        ArrivalTimes arrivals = profile.times(times);
        for (double t = arrivals.next(ClinicDays.start(d)); t != Double.POSITIVE_INFINITY; t = arrivals.next(t)) {
            out.add(new WalkIn(t, visitType()));
        }
        return out;
    }

    /**
     * The opening hours of day {@code d} while a walk-in provider is in session, as minute ranges of the day; the whole
     * opening hours when no provider is marked for walk-ins (a walk-in-only clinic without sessions, a plain queue).
     */
    private List<double[]> walkInHours(TimeWindow hours, int d) {
        double open = hours.startMinute();
        double close = hours.endMinute();
        if (walkInProviders.isEmpty()) {
            return List.of(new double[] {open, close});
        }
        List<double[]> sessions = new ArrayList<>();
        for (Provider p : walkInProviders) {
            for (TimeWindow w : p.sessionsOn(days.weekday(d))) {
                double from = Math.max(open, w.startMinute());
                double to = Math.min(close, w.endMinute());
                if (to > from) {
                    sessions.add(new double[] {from, to});
                }
            }
        }
        return sessions;
    }

    /**
     * Rates on a grid fine enough for every boundary minute (gcd with the hour): within the part of hour h that lies in
     * the walk-in hours the rate is expected * share_h / (sum of shares weighted by that fraction of each hour) / 60.
     */
    private ArrivalProcess.RateProfile profile(List<double[]> windows, double dayStart, double expected) {
        if (windows.isEmpty()) {
            return null;
        }
        int grid = 60;
        double close = 0;
        for (double[] w : windows) {
            grid = gcd(grid, gcd((int) Math.round(w[0]) % 60, (int) Math.round(w[1]) % 60));
            close = Math.max(close, w[1]);
        }
        int cells = (int) Math.ceil(close / grid);
        List<Double> rates = new ArrayList<>(cells);
        double weight = 0;
        for (int c = 0; c < cells; c++) {
            double from = c * (double) grid;
            double overlap = covered(windows, from, from + grid);
            double share = walkIns.hourlyShare().get((int) (from / 60) % 24);
            weight += share * overlap / 60;
            rates.add(overlap > 0 ? share : 0.0);
        }
        if (!(weight > 0)) {
            return null;
        }
        double scale = expected / weight / 60;
        return new ArrivalProcess.RateProfile(dayStart, grid, rates.stream().map(r -> r * scale).toList(), false);
    }

    /** Minutes of [from, to) inside any of the windows (overlapping windows counted once). */
    private static double covered(List<double[]> windows, double from, double to) {
        List<double[]> parts = new ArrayList<>();
        for (double[] w : windows) {
            double a = Math.max(from, w[0]);
            double b = Math.min(to, w[1]);
            if (b > a) {
                parts.add(new double[] {a, b});
            }
        }
        parts.sort((x, y) -> Double.compare(x[0], y[0]));
        double total = 0;
        double reach = from;
        for (double[] p : parts) {
            double a = Math.max(p[0], reach);
            if (p[1] > a) {
                total += p[1] - a;
                reach = p[1];
            }
        }
        return total;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private int visitType() {
        double u = mix.nextDouble() * mixCumulative[mixCumulative.length - 1];
        for (int i = 0; i < mixCumulative.length; i++) {
            if (u < mixCumulative[i]) {
                return mixTypes[i];
            }
        }
        return mixTypes[mixTypes.length - 1];
    }
}
