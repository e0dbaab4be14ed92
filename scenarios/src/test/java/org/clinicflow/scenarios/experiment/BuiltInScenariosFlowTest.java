package org.clinicflow.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in clinic, four weeks x 3 replications with its baseline roster, behaves as a clinic does: everybody who
 * comes is seen, leaves of their own accord or is rebooked (each baseline roster has someone for every skill a visit
 * can need while its patients are there, so nobody is sent away unseen; the urgent-care centre's radiographers work to
 * closing), every patient is recorded once, and MAs and the clinic run late by minutes, not hours.
 */
class BuiltInScenariosFlowTest {
    private static final ExperimentPlan PLAN = new ExperimentPlan(28, 0, 3, 2026, 0);

    static Stream<String> names() {
        return ScenarioLibrary.names().stream();
    }

    /** What one replication's records say, counted here rather than by the KPIs under test. */
    private static final class Tally implements ClinicObserver {
        final List<Long> ids = new ArrayList<>();
        long arrived;
        double longestOvertime;

        @Override
        public synchronized void patient(PatientRecord r) {
            ids.add(r.id());
            arrived += Double.isNaN(r.arrival()) ? 0 : 1;
        }

        @Override
        public synchronized void maShift(MaShiftRecord r) {
            longestOvertime = Math.max(longestOvertime, r.overtimeMinutes());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyoneWhoComesIsAccountedForAndNobodyIsLeftUnseen(String name) {
        Tally[] tallies = new Tally[PLAN.replications()];
        ReplicationObservers count = r -> tallies[r] = new Tally();
        ClinicResults results = ClinicExperiment.run(name, ScenarioLoader.load(name).clinic(), PLAN, count, n -> { });

        List<Responses> reps = results.summary().replications();
        for (int r = 0; r < reps.size(); r++) {
            Responses kpis = reps.get(r);
            Tally t = tallies[r];
            String where = name + " replication " + r;
            assertEquals(0, kpis.get(Kpi.PATIENTS_NOT_SEEN.key()), where + ": patients not seen");
            List<Long> ids = t.ids.stream().sorted().toList();
            for (int i = 0; i < ids.size(); i++) {
                assertEquals(i, ids.get(i), where + ": every patient created is recorded exactly once");
            }
            assertEquals(t.arrived, kpis.get(Kpi.VISITS_COMPLETED.key())
                    + kpis.get(Kpi.WALK_INS_LEFT_WITHOUT_BEING_SEEN.key()) + kpis.get(Kpi.RESCHEDULED.key())
                    + kpis.get(Kpi.PATIENTS_NOT_SEEN.key()), 0, where + ": every arrival has one outcome");
            assertEquals(ids.size(), t.arrived + kpis.get(Kpi.NO_SHOWS.key()), 0,
                    where + ": every patient who did not come was a no-show");
            double overtime = kpis.get(Kpi.MA_OVERTIME_MINUTES.key());
            assertTrue(overtime < 30, where + ": MA overtime per shift, mean " + overtime);
            assertTrue(t.longestOvertime < 240, where + ": nobody is kept half a shift: " + t.longestOvertime);
            double overrun = kpis.get(Kpi.CLINIC_OVERRUN_MINUTES.key());
            assertTrue(overrun < 45, where + ": last patient out after closing, mean per day " + overrun);
        }
    }
}
