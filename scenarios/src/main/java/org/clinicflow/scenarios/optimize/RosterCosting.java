package org.clinicflow.scenarios.optimize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.pay.ClinicMoney;
import org.clinicflow.simulator.clinic.pay.PayCalculator;
import org.clinicflow.simulator.clinic.pay.WorkedShift;

/**
 * Prices every shift of a roster by the clinic's pay rules, worked as planned: the wage with the credential premium,
 * evening and weekend differentials, daily and weekly overtime. Overtime belongs to a workweek, not to one shift, so
 * each shift costs what it adds to its MA's workweek in the order worked — the shift that crosses 40 hours carries
 * the weekly premium — and the rounded shift costs add up to the rounded week exactly.
 */
final class RosterCosting {
    private RosterCosting() {
    }

    /** One line per assignment of one cycle of the roster, by date, then MA. */
    static List<RosterLine> lines(Clinic clinic, Roster roster) {
        PayCalculator pay = new PayCalculator(clinic.payRules(), clinic.startDate());
        CurrencyUnit currency = ClinicMoney.currency(clinic.currency());
        Map<String, List<ShiftAssignment>> byWeek = new LinkedHashMap<>();
        for (ShiftAssignment a : roster.assignments()) {
            byWeek.computeIfAbsent(a.maId() + "/" + pay.weeks().firstDayOfWorkweek(a.day()), k -> new ArrayList<>())
                    .add(a);
        }
        Map<ShiftAssignment, MonetaryAmount> costs = new IdentityHashMap<>();
        for (List<ShiftAssignment> week : byWeek.values()) {
            week.sort(Comparator.comparingDouble(ShiftAssignment::startMinute));
            BigDecimal rate = rate(clinic, week.get(0).maId());
            List<WorkedShift> worked = new ArrayList<>();
            MonetaryAmount before = ClinicMoney.zero(currency);
            for (ShiftAssignment a : week) {
                worked.add(worked(a));
                MonetaryAmount upToHere = ClinicMoney.round(pay.workweek(rate, worked).pay(), currency);
                costs.put(a, upToHere.subtract(before));
                before = upToHere;
            }
        }
        List<RosterLine> lines = new ArrayList<>();
        for (ShiftAssignment a : roster.assignments()) {
            lines.add(new RosterLine(a.maId(), maName(clinic, a.maId()), clinic.startDate().plusDays(a.day()), a.day(),
                    a.shift(), a.stationId(), stationName(clinic, a.stationId()), a.shift().paidHours(),
                    costs.get(a)));
        }
        return lines;
    }

    private static WorkedShift worked(ShiftAssignment a) {
        double start = a.startMinute();
        return new WorkedShift(a.maId(), a.day(), start, a.endMinute(), start + a.shift().breakStartOffsetMinutes(),
                a.shift().unpaidBreakMinutes());
    }

    private static BigDecimal rate(Clinic clinic, String maId) {
        MedicalAssistant ma = clinic.medicalAssistant(maId).orElseThrow(
                () -> new IllegalArgumentException("MA " + maId + " is not on the team"));
        return clinic.payRules().hourlyRate(ma);
    }

    static String maName(Clinic clinic, String maId) {
        return clinic.medicalAssistant(maId).map(MedicalAssistant::name).filter(n -> n != null && !n.isBlank())
                .orElse(maId);
    }

    static String stationName(Clinic clinic, String stationId) {
        return clinic.station(stationId).map(Station::name).filter(n -> n != null && !n.isBlank()).orElse(stationId);
    }
}
