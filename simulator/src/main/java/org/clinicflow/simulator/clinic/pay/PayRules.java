package org.clinicflow.simulator.clinic.pay;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.clinicflow.simulator.clinic.Credential;

/**
 * How MAs are paid: the overtime rule, the premium on the base wage per credential (0.08 = +8%), the differential for
 * hours worked from {@code eveningStart} until midnight and for weekend hours (0.10 = +10%; the larger one applies when
 * both do), and the first day of the workweek for weekly overtime.
 */
public record PayRules(OvertimeRule overtime, Map<Credential, Double> credentialPremium, double eveningDifferential,
                       LocalTime eveningStart, double weekendDifferential, DayOfWeek workweekStart) {
    public PayRules {
        credentialPremium = Map.copyOf(credentialPremium);
    }

    public double premium(Credential credential) {
        return credentialPremium.getOrDefault(credential, 0.0);
    }
}
