package org.clinicflow.simulator.clinic.pay;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;

/**
 * How MAs are paid: the overtime rule, the premium on the base wage per credential (0.08 = +8%), the differential for
 * hours worked from {@code eveningStart} until midnight and for weekend hours (0.10 = +10%; the larger one applies when
 * both do), and the first day of the workweek for weekly overtime. A null {@code eveningStart} means no evening
 * differential.
 */
public record PayRules(OvertimeRule overtime, Map<Credential, Double> credentialPremium, double eveningDifferential,
                       LocalTime eveningStart, double weekendDifferential, DayOfWeek workweekStart) {
    public PayRules {
        credentialPremium = Map.copyOf(credentialPremium);
    }

    public double premium(Credential credential) {
        return credentialPremium.getOrDefault(credential, 0.0);
    }

    /** The MA's straight-time hourly wage before differentials: base wage x (1 + credential premium), exact. */
    public BigDecimal hourlyRate(MedicalAssistant ma) {
        return ma.hourlyWage().multiply(BigDecimal.ONE.add(BigDecimal.valueOf(premium(ma.credential()))));
    }

    /**
     * The differential for work at {@code time} on {@code day}: the weekend differential on Saturday and Sunday, the
     * evening differential from {@code eveningStart} to midnight, the larger of the two when both apply, else 0.
     */
    public double differentialAt(DayOfWeek day, LocalTime time) {
        double weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? weekendDifferential : 0;
        double evening = eveningStart != null && !time.isBefore(eveningStart) ? eveningDifferential : 0;
        return Math.max(weekend, evening);
    }
}
