package org.clinicflow.simulator.random;

import static org.clinicflow.simulator.ModelInputException.requireNonNegative;
import static org.clinicflow.simulator.ModelInputException.requirePositive;

import java.util.List;
import org.clinicflow.simulator.ModelInputException;

/** How arrivals come: at a constant Poisson rate, from a rate profile over the day, on a fixed list, or renewal. */
public sealed interface ArrivalProcess {

    /** Arrival times drawn with {@code rng}. */
    ArrivalTimes times(RandomStream rng);

    /** Expected number of arrivals in [from, to). */
    double expectedArrivals(double from, double to);

    /** A Poisson process with {@code ratePerMinute} arrivals per minute on average. */
    record Poisson(double ratePerMinute) implements ArrivalProcess {
        public Poisson {
            requirePositive("arrival rate", ratePerMinute);
        }

        @Override
        public ArrivalTimes times(RandomStream rng) {
            Sampler gap = new Distribution.Exponential(1 / ratePerMinute).sampler(rng);
            return now -> now + gap.sample();
        }

        @Override
        public double expectedArrivals(double from, double to) {
            return ratePerMinute * Math.max(0, to - from);
        }
    }

    /**
     * A nonhomogeneous Poisson process whose rate is constant within each period (an hourly profile when
     * {@code periodMinutes} is 60): period k covers [start + k*period, start + (k+1)*period). With {@code cyclic} the
     * profile repeats (e.g. every day); otherwise no arrivals come after the last period. Times are drawn exactly, by
     * inverting the cumulative rate, not by thinning.
     */
    record RateProfile(double start, double periodMinutes, List<Double> ratesPerMinute, boolean cyclic)
            implements ArrivalProcess {
        public RateProfile {
            ratesPerMinute = List.copyOf(ratesPerMinute);
            requireNonNegative("rate profile start", start);
            requirePositive("rate profile period", periodMinutes);
            if (ratesPerMinute.isEmpty()) {
                throw new ModelInputException("arrival rates", "the profile is empty: give at least one rate");
            }
            double total = 0;
            for (int i = 0; i < ratesPerMinute.size(); i++) {
                total += requireNonNegative("arrival rates[" + i + "]", ratesPerMinute.get(i));
            }
            if (!(total > 0)) {
                throw new ModelInputException("arrival rates", "are all zero: at least one period needs a rate above 0");
            }
        }

        @Override
        public ArrivalTimes times(RandomStream rng) {
            double[] rates = ratesPerMinute.stream().mapToDouble(Double::doubleValue).toArray();
            Sampler unitExp = new Distribution.Exponential(1).sampler(rng);
            return now -> {
                double t = Math.max(now, start);
                double need = unitExp.sample(); // cumulative intensity still to cover
                // Walk period by period by index, never re-deriving the period from t, so rounding cannot stall.
                for (long k = periodIndex(t); cyclic || k < rates.length; k++) {
                    double periodEnd = start + (k + 1) * periodMinutes;
                    double rate = rates[(int) (k % rates.length)];
                    double room = periodEnd - t;
                    if (rate > 0 && need <= rate * room) {
                        return t + need / rate;
                    }
                    need -= rate * room;
                    t = periodEnd;
                }
                return Double.POSITIVE_INFINITY;
            };
        }

        @Override
        public double expectedArrivals(double from, double to) {
            double total = 0;
            double t = Math.max(from, start);
            for (long k = periodIndex(t); t < to && (cyclic || k < ratesPerMinute.size()); k++) {
                double periodEnd = Math.min(to, start + (k + 1) * periodMinutes);
                total += ratesPerMinute.get((int) (k % ratesPerMinute.size())) * (periodEnd - t);
                t = periodEnd;
            }
            return total;
        }

        /** Index of the period containing t (t >= start), corrected for rounding at period ends. */
        private long periodIndex(double t) {
            long k = (long) Math.floor((t - start) / periodMinutes);
            while (start + (k + 1) * periodMinutes <= t) {
                k++;
            }
            while (k > 0 && start + k * periodMinutes > t) {
                k--;
            }
            return k;
        }
    }

    /** Arrivals at exactly the listed times (minutes, in any order). */
    record Scheduled(List<Double> times) implements ArrivalProcess {
        public Scheduled {
            for (int i = 0; i < times.size(); i++) {
                requireNonNegative("arrival times[" + i + "]", times.get(i));
            }
            times = times.stream().sorted().toList();
        }

        @Override
        public ArrivalTimes times(RandomStream rng) {
            double[] t = times.stream().mapToDouble(Double::doubleValue).toArray();
            int[] next = {0};
            return now -> {
                while (next[0] < t.length && t[next[0]] < now) {
                    next[0]++;
                }
                return next[0] < t.length ? t[next[0]++] : Double.POSITIVE_INFINITY;
            };
        }

        @Override
        public double expectedArrivals(double from, double to) {
            return times.stream().filter(x -> x >= from && x < to).count();
        }
    }

    /** A renewal process: independent gaps between arrivals drawn from {@code interarrival}. */
    record Renewal(Distribution interarrival) implements ArrivalProcess {
        public Renewal {
            requirePositive("interarrival mean", interarrival.mean());
        }

        @Override
        public ArrivalTimes times(RandomStream rng) {
            Sampler gap = interarrival.sampler(rng);
            return now -> now + gap.sample();
        }

        @Override
        public double expectedArrivals(double from, double to) {
            return Math.max(0, to - from) / interarrival.mean();
        }
    }
}
