package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.queueing.QueueingFormulas;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/**
 * The whole clinic machinery reduced to a plain queue (walk-ins around the clock at a constant rate, one triage station,
 * exponential rooming, c MAs, nothing else) must be an M/M/c queue: its mean wait to rooming and probability of waiting
 * match Erlang C within the replications' 95% confidence intervals.
 */
class PlainQueueErlangCTest {
    private static final double LAMBDA = 0.4; // per minute: 24 walk-ins an hour
    private static final double MEAN_ROOMING = 7.5;
    private static final int MAS = 4; // offered load 3 erlangs, utilization 0.75
    private static final int DAYS = 30;
    private static final int REPLICATIONS = 20;

    @Test
    void waitToRoomingMatchesErlangC() {
        Clinic clinic = PlainQueueClinic.of(LAMBDA, MEAN_ROOMING, MAS);
        List<Responses> reps = new ArrayList<>();
        for (int r = 0; r < REPLICATIONS; r++) {
            ClinicRecords records = new ClinicRecords();
            new ClinicSimulation(clinic, DAYS, new RandomStreams(2026, r), records).run();
            assertEquals(records.patients.size(), records.count(PatientOutcome.COMPLETED), "everyone is roomed");
            // The first day is warm-up: the queue starts empty.
            List<PatientRecord> measured = records.patients.stream().filter(p -> p.arrival() >= 1440).toList();
            reps.add(Responses.builder()
                    .put("wait", measured.stream().mapToDouble(PatientRecord::waitingRoomMinutes).average().orElseThrow())
                    .put("waited", measured.stream().filter(p -> p.waitingRoomMinutes() > 0).count()
                            / (double) measured.size())
                    .build());
        }
        ReplicationSummary summary = new ReplicationSummary(reps);
        double a = LAMBDA * MEAN_ROOMING;
        double theoryWait = QueueingFormulas.mmcMeanWait(LAMBDA, MEAN_ROOMING, MAS);
        double theoryWaited = QueueingFormulas.erlangC(MAS, a);
        Estimate wait = summary.get("wait");
        Estimate waited = summary.get("waited");
        assertTrue(wait.halfWidth() < 0.1 * theoryWait, "precise enough to mean something: " + wait.format(3));
        assertTrue(wait.covers(theoryWait), "mean wait " + wait.format(3) + " vs Erlang C " + theoryWait);
        assertTrue(waited.covers(theoryWaited), "P(wait) " + waited.format(4) + " vs Erlang C " + theoryWaited);
    }
}
