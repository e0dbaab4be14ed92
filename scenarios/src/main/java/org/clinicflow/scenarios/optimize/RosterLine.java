package org.clinicflow.scenarios.optimize;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.clinicflow.simulator.clinic.ShiftTemplate;

/**
 * One MA-shift of a roster as people read it: who, the date (roster day {@code day} from the clinic's start date),
 * the shift, where, the paid hours (the shift less its unpaid break) and what it costs by the pay rules.
 */
public record RosterLine(String maId, String maName, LocalDate date, int day, ShiftTemplate shift, String stationId,
                         String stationName, double paidHours, MonetaryAmount cost) {
}
