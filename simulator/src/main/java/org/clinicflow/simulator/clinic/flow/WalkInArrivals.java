package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.WalkIns;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.ArrivalTimes;
import org.clinicflow.simulator.random.RandomStream;
import org.clinicflow.simulator.random.RandomStreams;

/**
 * The day's walk-ins: a nonhomogeneous Poisson process over the opening hours with the weekday's expected count, spread
 * by the hourly shares of the open hours (renormalised over them; an hour open in part counts in part), each walk-in's
 * visit type drawn from the mix. Arrival times and visit types have their own streams.
 */
final class WalkInArrivals {
    private final WalkIns walkIns;
    private final ClinicDays days;
    private final RandomStream times;
    private final RandomStream mix;
    private final int[] mixTypes;
    private final double[] mixCumulative;

    WalkInArrivals(WalkIns walkIns, ClinicDays days, ClinicIndex index, RandomStreams streams) {
        this.walkIns = walkIns;
        this.days = days;
        this.times = streams.stream("walkins");
        this.mix = streams.stream("walkins.visitType");
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
        ArrivalProcess.RateProfile profile = profile(hours, ClinicDays.start(d), expected);
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
     * Rates on a grid fine enough for the opening and closing minutes (gcd with the hour): within the open part of
     * hour h the rate is expected * share_h / (sum of shares weighted by the open fraction of each hour) / 60.
     */
    private ArrivalProcess.RateProfile profile(TimeWindow hours, double dayStart, double expected) {
        double open = hours.startMinute();
        double close = hours.endMinute();
        int grid = gcd(60, gcd((int) Math.round(open) % 60, (int) Math.round(close) % 60));
        int cells = (int) Math.ceil(close / grid);
        List<Double> rates = new ArrayList<>(cells);
        double weight = 0;
        for (int c = 0; c < cells; c++) {
            double from = c * (double) grid;
            double overlap = Math.max(0, Math.min(from + grid, close) - Math.max(from, open));
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
