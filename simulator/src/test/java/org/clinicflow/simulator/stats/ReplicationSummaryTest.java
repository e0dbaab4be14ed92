package org.clinicflow.simulator.stats;

import static org.clinicflow.simulator.StatisticalAssertions.atConfidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.clinicflow.simulator.StatisticalAssertions;
import org.clinicflow.simulator.queueing.QueueModelSpec;
import org.clinicflow.simulator.queueing.QueueReplications;
import org.clinicflow.simulator.queueing.QueueingFormulas;
import org.clinicflow.simulator.random.Distribution;
import org.junit.jupiter.api.Test;

/** Across-replication estimates are Student-t intervals, and paired differences exploit common random numbers. */
class ReplicationSummaryTest {

    private static Responses waits(double wait) {
        return Responses.builder().put("wait", wait).build();
    }

    /** Mean 4.2, SD sqrt(13.3 / 4), half-width t(0.975, 4) * SD / sqrt(5), as by hand with Commons Math. */
    @Test
    void estimateIsTheStudentTInterval() {
        ReplicationSummary s = new ReplicationSummary(
                List.of(waits(2.0), waits(4.0), waits(4.5), waits(7.0), waits(3.5)));
        Estimate e = s.get("wait");

        double sd = Math.sqrt(13.3 / 4);
        double t = new TDistribution(4).inverseCumulativeProbability(0.975);
        assertEquals(2.776445, t, 1e-6); // the table value
        assertEquals(5, e.n());
        assertEquals(4.2, e.mean(), 1e-12);
        assertEquals(sd, e.standardDeviation(), 1e-12);
        assertEquals(t * sd / Math.sqrt(5), e.halfWidth(), 1e-12);
        assertEquals(4.2 - e.halfWidth(), e.lower(), 1e-12);
        assertTrue(e.covers(e.upper()) && !e.covers(Math.nextUp(e.upper())));
        // The tests' wider intervals are built the same way.
        assertEquals(e, atConfidence(e, ReplicationSummary.CONFIDENCE));
    }

    /** Replications that did not report a response, or reported NaN or infinity, are left out of its estimate. */
    @Test
    void missingAndNonFiniteValuesAreLeftOut() {
        Responses other = Responses.builder().put("utilization", 0.8).build();
        ReplicationSummary s = new ReplicationSummary(
                List.of(waits(1), waits(Double.NaN), waits(3), other, waits(Double.POSITIVE_INFINITY)));
        assertEquals(2, s.get("wait").n());
        assertEquals(2, s.get("wait").mean(), 1e-12);
        assertEquals(1, s.get("utilization").n());
        assertTrue(Double.isNaN(s.get("utilization").halfWidth()));
        assertEquals("0.80", s.get("utilization").format(2));
        assertEquals(0, ReplicationSummary.estimate("none", new double[] {Double.NaN}).n());
        assertEquals("n/a", ReplicationSummary.estimate("none", new double[0]).format(2));
        assertThrows(IllegalArgumentException.class, () -> s.get("no such response"));
    }

    @Test
    void formatShowsMeanAndHalfWidth() {
        assertEquals("12.35 ± 0.56", new Estimate("x", 10, 12.346, 1, 0.5649).format(2));
    }

    /**
     * Common random numbers: M/M/4 vs M/M/5 on the same seeds. The paired interval of the change in Wq is narrower than
     * the one two independent intervals give, lies below zero, and covers the Erlang C difference (99.9%).
     */
    @Test
    void pairedDifferenceUnderCommonRandomNumbersIsNarrower() {
        double lambda = 0.8 * 4 / 6.0;
        Distribution service = new Distribution.Exponential(6);
        ReplicationSummary four = QueueReplications.summarise(
                QueueModelSpec.poisson(lambda, service, 4, 20_000, 1_200), 5_551L, 20);
        ReplicationSummary five = QueueReplications.summarise(
                QueueModelSpec.poisson(lambda, service, 5, 20_000, 1_200), 5_551L, 20);

        Estimate paired = four.pairedDifference(five, "queue.wait");
        Estimate a = four.get("queue.wait");
        Estimate b = five.get("queue.wait");
        double independent = Math.hypot(a.halfWidth(), b.halfWidth());
        StatisticalAssertions.print(String.format(Locale.ROOT,
                "CRN 4 -> 5 servers: paired change in Wq %.4f ± %.4f, independent ± %.4f (ratio %.3f)",
                paired.mean(), paired.halfWidth(), independent, paired.halfWidth() / independent));

        assertEquals(b.mean() - a.mean(), paired.mean(), 1e-12);
        assertTrue(paired.halfWidth() < independent, paired + " vs independent ± " + independent);
        assertTrue(paired.upper() < 0, "a fifth server must cut the wait: " + paired);
        double theory = QueueingFormulas.mmcMeanWait(lambda, 6, 5) - QueueingFormulas.mmcMeanWait(lambda, 6, 4);
        assertTrue(atConfidence(paired, StatisticalAssertions.COVERAGE_CONFIDENCE).covers(theory),
                paired + " vs theory " + theory);
    }

    /** Pairing needs one replication of each experiment per pair. */
    @Test
    void pairedDifferenceNeedsEqualReplicationCounts() {
        ReplicationSummary two = new ReplicationSummary(List.of(waits(1), waits(2)));
        ReplicationSummary three = new ReplicationSummary(List.of(waits(1), waits(2), waits(3)));
        assertThrows(IllegalArgumentException.class, () -> two.pairedDifference(three, "wait"));
        assertFalse(Double.isNaN(two.pairedDifference(two, "wait").mean()));
    }
}
