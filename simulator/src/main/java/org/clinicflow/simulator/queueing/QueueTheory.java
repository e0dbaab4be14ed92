package org.clinicflow.simulator.queueing;

import java.util.Optional;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.Distribution;

/**
 * What queueing theory says about a {@link QueueModelSpec} in steady state, when it says anything: Erlang C for M/M/c
 * (exact), Pollaczek-Khinchine for M/G/1 (exact), Allen-Cunneen for M/G/c (an approximation). Probability of waiting is
 * NaN where no closed form is used.
 */
public record QueueTheory(String formula, boolean exact, double meanWait, double probabilityOfWaiting,
                          double utilization) {

    /** The theory for a spec with Poisson arrivals and a stable load; empty otherwise. */
    public static Optional<QueueTheory> of(QueueModelSpec spec) {
        if (!(spec.arrivals() instanceof ArrivalProcess.Poisson p)) {
            return Optional.empty();
        }
        double lambda = p.ratePerMinute();
        Distribution s = spec.service();
        int c = spec.servers();
        double rho = lambda * s.mean() / c;
        if (rho >= 1) {
            return Optional.empty();
        }
        if (s instanceof Distribution.Exponential) {
            return Optional.of(new QueueTheory("Erlang C (M/M/" + c + ")", true,
                    QueueingFormulas.mmcMeanWait(lambda, s.mean(), c),
                    QueueingFormulas.erlangC(c, lambda * s.mean()), rho));
        }
        if (c == 1) {
            return Optional.of(new QueueTheory("Pollaczek-Khinchine (M/G/1)", true,
                    QueueingFormulas.mg1MeanWait(lambda, s.mean(), s.secondMoment()), rho, rho));
        }
        return Optional.of(new QueueTheory("Allen-Cunneen (M/G/" + c + ", approximate)", false,
                QueueingFormulas.allenCunneenMeanWait(lambda, s.mean(), c, 1.0, s.cv()), Double.NaN, rho));
    }
}
