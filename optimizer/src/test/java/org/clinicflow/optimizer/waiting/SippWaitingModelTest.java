package org.clinicflow.optimizer.waiting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.SplittableRandom;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.junit.jupiter.api.Test;

/** Waiting tables from the SIPP approximation: exact where queueing theory is, finite and well shaped elsewhere. */
class SippWaitingModelTest {
    private final SippWaitingModel model = new SippWaitingModel();

    private static BucketLoad load(double perMinute, double taskMinutes, double scv, double adminMinutes) {
        return new BucketLoad("podA", DayOfWeek.MONDAY, 16, perMinute, taskMinutes, scv, adminMinutes, 100);
    }

    @Test
    void exponentialTasksGiveErlangCWaits() {
        // one erlang of 8-minute tasks over an hour: 7.5 patients; Erlang C(2,1)=1/3, C(3,1)=1/11, C(4,1)=1/49
        WaitingCurve curve = model.curve(load(1 / 8.0, 8, 1, 0), 60, 4);
        assertEquals(7.5 * (1 / 3.0) * 8 / 1, curve.patientMinutes(2), 1e-9);
        assertEquals(7.5 * (1 / 11.0) * 8 / 2, curve.patientMinutes(3), 1e-9);
        assertEquals(7.5 * (1 / 49.0) * 8 / 3, curve.patientMinutes(4), 1e-9);
        assertEquals(1.0, curve.offeredErlangs(), 1e-12);
    }

    @Test
    void twoErlangsOnThreeMasMatchErlangC() {
        // C(3,2) = 4/9; Wq = C * S / (c - a)
        WaitingCurve curve = model.curve(load(2 / 6.0, 6, 1, 0), 30, 3);
        assertEquals(10 * (4 / 9.0) * 6, curve.patientMinutes(3), 1e-9);
    }

    @Test
    void lessVariableTasksWaitLessByAllenCunneen() {
        WaitingCurve exponential = model.curve(load(1 / 8.0, 8, 1, 0), 60, 4);
        WaitingCurve fixed = model.curve(load(1 / 8.0, 8, 0, 0), 60, 4);
        assertEquals(exponential.patientMinutes(3) / 2, fixed.patientMinutes(3), 1e-9, "(ca2 + cs2) / 2 = 1/2");
    }

    @Test
    void adminWorkAddsToTheLoadPatientsSee() {
        WaitingCurve patientsOnly = model.curve(load(1 / 8.0, 8, 1, 0), 60, 4);
        WaitingCurve withAdmin = model.curve(load(1 / 8.0, 8, 1, 30), 60, 4);
        assertEquals(1.5, withAdmin.offeredErlangs(), 1e-12, "30 admin minutes an hour is half an MA");
        assertTrue(withAdmin.patientMinutes(3) > patientsOnly.patientMinutes(3));
    }

    @Test
    void patientsComeBeforeAdminWorkAsInANonPreemptivePriorityQueue() {
        // 0.8 erlangs of patients and 0.6 of admin work on 2 MAs, exponential 8-minute tasks: a patient waits with
        // probability C(2, 1.4) = 0.57647 and then for the patients ahead only: Wq1 = C x 8 / (2 - 0.8)
        // (Kella and Yechiali 1985, first class)
        WaitingCurve curve = model.curve(load(0.1, 8, 1, 18), 30, 3);
        double erlangC = 2 * 0.28994 / (2 - 1.4 * (1 - 0.28994));
        assertEquals(3 * erlangC * 8 / 1.2, curve.patientMinutes(2), 1e-3);
    }

    @Test
    void aBacklogOfAdminWorkDoesNotHoldPatientsUp() {
        // five MAs' worth of admin work on two MAs: patients still come first, at the capped chance of waiting
        WaitingCurve swamped = model.curve(load(0.5 / 8, 8, 1, 150), 30, 2);
        double capped = org.clinicflow.simulator.queueing.QueueingFormulas.erlangC(2, 1.8);
        assertEquals(0.5 / 8 * 30 * capped * 8 / 1.5, swamped.patientMinutes(2), 1e-9);
        assertTrue(swamped.patientMinutes(2) < 15 * 0.5 / 8 * 30, "well under half a bucket each");
    }

    @Test
    void noPatientsNoWaiting() {
        WaitingCurve curve = model.curve(load(0, 0, 0, 20), 30, 3);
        for (int c = 0; c <= 3; c++) {
            assertEquals(0, curve.patientMinutes(c));
        }
    }

    @Test
    void overloadStaysFiniteAndNobodyOnDutyIsWorst() {
        // 3 erlangs of work: one MA cannot keep up
        WaitingCurve curve = model.curve(load(3 / 8.0, 8, 1, 0), 30, 5);
        for (int c = 0; c <= 5; c++) {
            assertTrue(Double.isFinite(curve.patientMinutes(c)), "finite at " + c);
        }
        assertTrue(curve.patientMinutes(0) >= 11.25 * 15, "everyone waits at least to the end of the bucket");
        assertTrue(curve.patientMinutes(0) > curve.patientMinutes(1));
    }

    @Test
    void beyondTheLastLevelTheCurveStaysFlat() {
        WaitingCurve curve = model.curve(load(1 / 8.0, 8, 1, 0), 60, 2);
        assertEquals(curve.patientMinutes(2), curve.patientMinutes(7));
        assertEquals(2, curve.maxMas());
    }

    @Test
    void everyCurveIsDecreasingAndConvex() {
        SplittableRandom random = new SplittableRandom(20260105);
        for (int trial = 0; trial < 2000; trial++) {
            double taskMinutes = 1 + random.nextDouble() * 20;
            double erlangs = random.nextDouble() * 6;
            double scv = random.nextDouble() * 2;
            double admin = random.nextBoolean() ? 0 : random.nextDouble() * 40;
            int bucket = random.nextBoolean() ? 30 : 60;
            WaitingCurve curve = model.curve(load(erlangs / taskMinutes, taskMinutes, scv, admin), bucket, 8);
            for (int c = 0; c < 8; c++) {
                double drop = curve.patientMinutes(c) - curve.patientMinutes(c + 1);
                assertTrue(drop >= 0, "decreasing: " + curve);
                if (c < 7) {
                    double nextDrop = curve.patientMinutes(c + 1) - curve.patientMinutes(c + 2);
                    assertTrue(drop >= nextDrop - 1e-9, "convex: " + curve);
                }
                assertTrue(Double.isFinite(curve.patientMinutes(c)));
            }
        }
    }

    @Test
    void repairOnlyRaisesValues() {
        double[] raw = {5, 10, 4, 3, 2.5};
        SippWaitingModel.makeDecreasingAndConvex(raw);
        assertArrayEquals(new double[] {16, 10, 4, 3, 2.5}, raw, 1e-12);
    }

    @Test
    void capMustBeAUtilization() {
        assertThrows(ModelInputException.class, () -> new SippWaitingModel(1.0));
        assertThrows(ModelInputException.class, () -> new SippWaitingModel(0));
    }
}
