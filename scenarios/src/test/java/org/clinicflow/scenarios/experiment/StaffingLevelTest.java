package org.clinicflow.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.junit.jupiter.api.Test;

/** The {@code mas} knob: the baseline roster's positions kept in team order, or copied in that order. */
class StaffingLevelTest {
    private static final Clinic FM = ScenarioLoader.load("family-medicine").clinic();

    private static List<String> rostered(Clinic c) {
        return StaffingLevel.positions(c).stream().map(MedicalAssistant::id).toList();
    }

    private static List<ShiftAssignment> shiftsOf(Clinic c, String ma) {
        return c.baselineRoster().assignments().stream().filter(a -> a.maId().equals(ma)).toList();
    }

    @Test
    void thePositionsAreTheRosteredMasInTeamOrder() {
        assertEquals(List.of("ana", "ben", "carla", "diego", "emily", "fatima", "grace", "hannah"), rostered(FM),
                "ivan is on the team but has no baseline shift");
        assertEquals(FM.baselineRoster(), StaffingLevel.withMedicalAssistants(FM, 8).baselineRoster());
    }

    @Test
    void fewerKeepsTheFirstPositions() {
        Clinic six = StaffingLevel.withMedicalAssistants(FM, 6);
        assertEquals(List.of("ana", "ben", "carla", "diego", "emily", "fatima"), rostered(six));
        assertEquals(FM.medicalAssistants(), six.medicalAssistants(), "the others stay on the team");
        assertEquals(shiftsOf(FM, "ana"), shiftsOf(six, "ana"));
    }

    @Test
    void moreAddsCopiesOfThePositionsInOrder() {
        Clinic eleven = StaffingLevel.withMedicalAssistants(FM, 11);
        assertEquals(11, rostered(eleven).size());
        assertEquals(List.of("ana-2", "ben-2", "carla-2"), rostered(eleven).subList(8, 11));
        MedicalAssistant ana2 = eleven.medicalAssistant("ana-2").orElseThrow();
        MedicalAssistant ana = FM.medicalAssistant("ana").orElseThrow();
        assertEquals(ana.credential(), ana2.credential());
        assertEquals(ana.skills(), ana2.skills());
        assertEquals(ana.hourlyWage(), ana2.hourlyWage());
        List<ShiftAssignment> copies = shiftsOf(eleven, "ana-2");
        assertEquals(shiftsOf(FM, "ana").size(), copies.size());
        for (int i = 0; i < copies.size(); i++) {
            ShiftAssignment original = shiftsOf(FM, "ana").get(i);
            assertEquals(original.day(), copies.get(i).day());
            assertEquals(original.shift(), copies.get(i).shift());
            assertEquals(original.stationId(), copies.get(i).stationId());
        }
        Clinic twenty = StaffingLevel.withMedicalAssistants(FM, 20);
        assertTrue(rostered(twenty).containsAll(List.of("hannah-2", "ana-3", "ben-3", "carla-3", "diego-3")),
                "the second round of copies");
    }

    @Test
    void aSweepSettingIsTheScenarioItselfOnTheSameRandomNumbers() {
        ExperimentPlan plan = new ExperimentPlan(2, 0, 2, 11, 0);
        SweepResult sweep = Sweep.run("fm", StaffingLevel.PARAMETER, StaffingLevel.LABEL, List.of(
                new SweepPoint(7, StaffingLevel.withMedicalAssistants(FM, 7)),
                new SweepPoint(8, StaffingLevel.withMedicalAssistants(FM, 8))), plan, java.util.Optional.empty(),
                java.util.Optional.empty(), done -> { });
        assertEquals(ClinicExperiment.run("fm", FM, plan).summary().estimates(),
                sweep.results().get(1).summary().estimates(), "mas = 8 is the baseline, replication by replication");
        assertEquals(List.of(7.0, 8.0), sweep.values());
        assertEquals(2, sweep.series(org.clinicflow.simulator.clinic.results.Kpi.LABOR_COST).size());
    }

    @Test
    void zeroOrAnEmptyRosterIsRefused() {
        assertThrows(ModelInputException.class, () -> StaffingLevel.withMedicalAssistants(FM, 0));
        Clinic nobody = FM.withRoster(new org.clinicflow.simulator.clinic.Roster(1, List.of()));
        assertTrue(assertThrows(ModelInputException.class, () -> StaffingLevel.withMedicalAssistants(nobody, 3))
                .getMessage().contains("gives no MA a shift"));
    }
}
