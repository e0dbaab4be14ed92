package org.clinicflow.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed forms the simulator is checked against, checked themselves against known values and each other. */
class QueueingFormulasTest {

    /** Erlang C by the textbook sum: (a^c / c!) (c / (c - a)) / (sum_{k<c} a^k / k! + (a^c / c!) (c / (c - a))). */
    private static double erlangCBySum(int c, double a) {
        double term = 1; // a^k / k!
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (sum + top);
    }

    /** With one server the probability of waiting is the load itself. */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.1, 0.5, 0.85, 0.99})
    void erlangCWithOneServerIsTheLoad(double rho) {
        assertEquals(rho, QueueingFormulas.erlangC(1, rho), 1e-15);
    }

    /** Textbook values: C(2, 1) = 1/3, C(3, 2) = 4/9; Erlang B(2, 1) = 1/5. */
    @Test
    void erlangKnownValues() {
        assertEquals(1.0 / 3, QueueingFormulas.erlangC(2, 1), 1e-15);
        assertEquals(4.0 / 9, QueueingFormulas.erlangC(3, 2), 1e-15);
        assertEquals(0.2, QueueingFormulas.erlangB(2, 1), 1e-15);
    }

    /** The stable recursion agrees with the direct sum, up to large staffs at high load. */
    @ParameterizedTest
    @CsvSource({"4, 3.6", "10, 9.5", "25, 20", "50, 49", "80, 70"})
    void erlangCRecursionMatchesDirectSum(int c, double a) {
        assertEquals(erlangCBySum(c, a), QueueingFormulas.erlangC(c, a), 1e-12);
    }

    /** M/M/1: Wq = rho E[S] / (1 - rho). */
    @Test
    void mm1MeanWait() {
        assertEquals(0.6 * 6 / 0.4, QueueingFormulas.mmcMeanWait(0.1, 6, 1), 1e-12);
    }

    /** Pollaczek-Khinchine gives the M/M/1 wait for exponential service and half of it for fixed service. */
    @Test
    void pollaczekKhinchineSpecialCases() {
        double lambda = 0.12;
        double s = 5;
        double mm1 = QueueingFormulas.mmcMeanWait(lambda, s, 1);
        assertEquals(mm1, QueueingFormulas.mg1MeanWait(lambda, s, 2 * s * s), 1e-12);
        assertEquals(mm1 / 2, QueueingFormulas.mg1MeanWait(lambda, s, s * s), 1e-12);
    }

    /** Allen-Cunneen is exact where it should be: Pollaczek-Khinchine for M/G/1, Erlang C for M/M/c. */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0, 1.7})
    void allenCunneenReducesToPollaczekKhinchineForOneServer(double serviceCv) {
        double lambda = 0.15;
        double s = 5;
        double secondMoment = (1 + serviceCv * serviceCv) * s * s;
        assertEquals(QueueingFormulas.mg1MeanWait(lambda, s, secondMoment),
                QueueingFormulas.allenCunneenMeanWait(lambda, s, 1, 1.0, serviceCv), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 10})
    void allenCunneenReducesToErlangCForExponentialService(int c) {
        double lambda = 0.9 * c / 6;
        assertEquals(QueueingFormulas.mmcMeanWait(lambda, 6, c),
                QueueingFormulas.allenCunneenMeanWait(lambda, 6, c, 1.0, 1.0), 1e-12);
    }

    /** No steady state at or above full load, and no queue without servers. */
    @Test
    void rejectsUnstableLoadAndNoServers() {
        assertEquals("offered load",
                assertThrows(ModelInputException.class, () -> QueueingFormulas.erlangC(4, 4.0)).parameter());
        assertEquals("offered load",
                assertThrows(ModelInputException.class, () -> QueueingFormulas.mg1MeanWait(0.2, 5, 50)).parameter());
        assertEquals("servers",
                assertThrows(ModelInputException.class, () -> QueueingFormulas.erlangC(0, 0.5)).parameter());
    }

    /** QueueTheory picks Erlang C for M/M/c, Pollaczek-Khinchine for M/G/1, Allen-Cunneen (inexact) otherwise. */
    @Test
    void queueTheoryPicksTheRightFormula() {
        QueueTheory mmc = QueueTheory.of(QueueModelSpec.poisson(0.6, new Distribution.Exponential(6), 4, 100, 0))
                .orElseThrow();
        assertTrue(mmc.exact());
        assertEquals(QueueingFormulas.mmcMeanWait(0.6, 6, 4), mmc.meanWait(), 1e-12);
        assertEquals(QueueingFormulas.erlangC(4, 3.6), mmc.probabilityOfWaiting(), 1e-12);

        QueueTheory md1 = QueueTheory.of(QueueModelSpec.poisson(0.16, new Distribution.Fixed(5), 1, 100, 0))
                .orElseThrow();
        assertTrue(md1.exact());
        assertEquals(QueueingFormulas.mg1MeanWait(0.16, 5, 25), md1.meanWait(), 1e-12);
        assertEquals(0.8, md1.probabilityOfWaiting(), 1e-12);

        QueueTheory mg3 = QueueTheory.of(QueueModelSpec.poisson(0.4, new Distribution.Fixed(5), 3, 100, 0))
                .orElseThrow();
        assertFalse(mg3.exact());

        QueueModelSpec overloaded = new QueueModelSpec(new ArrivalProcess.Poisson(1), new Distribution.Fixed(5), 3,
                0, 480, 0);
        assertTrue(QueueTheory.of(overloaded).isEmpty());
    }
}
