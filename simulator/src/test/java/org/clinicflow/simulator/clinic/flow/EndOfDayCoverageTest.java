package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.ProcedureTiming;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * A patient who needs a skill late in the day gets it: the MA who has it stays in overtime, or a colleague who has it
 * takes over; nobody stays who is not needed. Every time in these clinics is fixed, so the expected times are exact.
 */
class EndOfDayCoverageTest {
    private static final double DAY0 = 0;

    private static double at(String hhmm) {
        String[] p = hhmm.split(":");
        return DAY0 + Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
    }

    private static ClinicRecords run(Clinic clinic) {
        ClinicRecords records = new ClinicRecords();
        OccupancyChecker checker = new OccupancyChecker();
        new ClinicSimulation(clinic, 1, new RandomStreams(1, 0), records, checker).run();
        assertEquals(List.of(), checker.violations);
        assertEquals(0, checker.stillHeld(), "every room and MA is free at the end");
        return records;
    }

    private static MaShiftRecord shiftOf(ClinicRecords r, String ma) {
        return r.shifts.stream().filter(s -> s.maId().equals(ma)).findFirst().orElseThrow();
    }

    private static List<MaTaskRecord> draws(ClinicRecords r) {
        return r.tasks.stream().filter(t -> t.task().equals("venipuncture")).toList();
    }

    @Test
    void aBloodDrawAfterALateExamIsDoneByTheOnlyPhlebotomistInOvertime() {
        // Patients at 16:00 and 16:30, 40-minute exams: the second exam ends at 17:25, when both MAs' shifts are over.
        // The phlebotomist comes first in the team, so her shift end is handled first: a hold blind to skills lets her
        // go (the pod MA is still on duty) and keeps the pod MA, who cannot draw.
        Clinic clinic = new LabCoverageClinic()
                .ma("lee", true, "lab", "08:00", "17:00")
                .ma("pat", false, "pod", "08:00", "17:00")
                .build();
        ClinicRecords r = run(clinic);

        assertEquals(2, r.patients.size());
        for (PatientRecord p : r.patients) {
            assertEquals(PatientOutcome.COMPLETED, p.outcome(), p.toString());
            assertEquals(1, p.proceduresDone(), "the blood draw was done: " + p);
        }
        PatientRecord last = r.patients.stream().filter(p -> p.appointment() == at("16:30")).findFirst().orElseThrow();
        assertEquals(at("17:25"), last.providerEnd(), 1e-9);
        assertEquals(at("17:30"), last.departure(), 1e-9, "drawn from 17:25 to 17:30, then gone");

        MaTaskRecord lateDraw = draws(r).stream().filter(t -> t.started() >= at("17:00")).findFirst().orElseThrow();
        assertEquals("lee", lateDraw.maId());
        assertEquals(at("17:25"), lateDraw.started(), 1e-9, "at once: no wait for the draw");
        assertEquals(30, shiftOf(r, "lee").overtimeMinutes(), 1e-9, "the phlebotomist stays until the draw is done");
        assertEquals(0, shiftOf(r, "pat").overtimeMinutes(), 1e-9, "the pod MA is not needed and goes at 17:00");
    }

    @Test
    void aDrawWaitingForTheLabWhenTheLabMaGoesHomeIsTakenAtOnceByAQualifiedPodMa() {
        // Lab-only visits at 15:45, 15:50 and 15:55 (2 minutes of rooming, a 15-minute draw in one of two chairs). The
        // lab MA draws the first from 15:47 to 16:02; the second waits for her from 15:52, the lab's MA being on duty.
        // Her shift ends at 16:00: the draw goes to the pod MA who can draw (not to the one who cannot).
        Clinic clinic = new LabCoverageClinic()
                .sessions(5, TimeWindow.of("15:45", "16:00"))
                .visit(2, null)
                .draw(15, ProcedureTiming.AFTER_PROVIDER)
                .labChairs(2)
                .ma("lee", true, "lab", "08:00", "16:00")
                .ma("pat", true, "pod", "08:00", "17:00")
                .ma("ned", false, "pod", "08:00", "17:00")
                .build();
        ClinicRecords r = run(clinic);

        assertEquals(3, r.patients.size());
        assertTrue(r.patients.stream().allMatch(p -> p.outcome() == PatientOutcome.COMPLETED), r.patients.toString());
        List<MaTaskRecord> draws = draws(r);
        assertEquals(3, draws.size());
        MaTaskRecord first = draws.stream().filter(t -> t.requested() == at("15:47")).findFirst().orElseThrow();
        MaTaskRecord second = draws.stream().filter(t -> t.requested() == at("15:52")).findFirst().orElseThrow();
        assertEquals("lee", first.maId());
        assertEquals("pat", second.maId(), "the pod MA with phlebotomy takes the lab's waiting draw");
        assertEquals(at("16:00"), second.started(), 1e-9, "when the lab MA's shift ends, not when she is free");
        assertEquals(at("16:02"), shiftOf(r, "lee").left(), 1e-9, "the lab MA finishes her own draw and goes");
        assertTrue(draws.stream().noneMatch(t -> t.maId().equals("ned")), "the MA who cannot draw never does");
    }

    @Test
    void aPatientOfAnEarlierSessionStillToSeeKeepsTheProviderPastTheLastSession() {
        // One patient, booked at 08:00 into the first session (08:00-08:30); the second (09:00-09:20) is too short for
        // a 30-minute slot, so nobody is booked into it. Roomed by 08:05, the patient has an 80-minute procedure before
        // the provider and is ready for the exam at 09:25, after both sessions have ended.
        Clinic clinic = new LabCoverageClinic()
                .sessions(30, TimeWindow.of("08:00", "08:30"), TimeWindow.of("09:00", "09:20"))
                .visit(5, 10.0)
                .draw(80, ProcedureTiming.BEFORE_PROVIDER)
                .ma("lee", true, "lab", "07:00", "17:00")
                .build();
        ClinicRecords r = run(clinic);

        assertEquals(1, r.patients.size());
        PatientRecord p = r.patients.get(0);
        assertEquals(PatientOutcome.COMPLETED, p.outcome(), p.toString());
        assertEquals(at("09:25"), p.providerStart(), 1e-9, "the provider is still there");
        assertEquals(2, r.sessions.size());
        assertEquals(at("09:35"), r.sessions.get(1).lastPatientDone(), 1e-9,
                "the provider stays past the second session until the first session's patient is seen");
    }
}
