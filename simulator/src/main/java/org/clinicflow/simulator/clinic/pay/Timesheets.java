package org.clinicflow.simulator.clinic.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;

/**
 * Collects the MA-shifts of a run and pays them by the clinic's pay rules. Memory stays bounded over long runs: each MA
 * keeps only its two latest workweeks open (records may arrive out of order within that window, as an overnight shift
 * ending in the next workweek does); older workweeks are paid and folded into a running sum.
 */
public final class Timesheets {
    private final Clinic clinic;
    private final CurrencyUnit currency;
    private final Workweeks weeks;
    private final PayCalculator calculator;
    private final Map<String, Ledger> ledgers = new LinkedHashMap<>();

    public Timesheets(Clinic clinic) {
        this.clinic = clinic;
        this.currency = ClinicMoney.currency(clinic.currency());
        PayRules rules = clinic.payRules();
        this.calculator = new PayCalculator(rules, clinic.startDate());
        this.weeks = calculator.weeks();
        for (MedicalAssistant ma : clinic.medicalAssistants()) {
            ledgers.put(ma.id(), new Ledger(rules.hourlyRate(ma)));
        }
    }

    /** The payroll of {@code records}, in any order. */
    public static Payroll payroll(Clinic clinic, Collection<MaShiftRecord> records) {
        Timesheets sheets = new Timesheets(clinic);
        records.stream().sorted(Comparator.comparingInt(MaShiftRecord::day)).forEach(sheets::add);
        return sheets.payroll();
    }

    /** The payroll of working the clinic's roster as planned for {@code days} days (every MA leaves on time). */
    public static Payroll planned(Clinic clinic, int days) {
        Timesheets sheets = new Timesheets(clinic);
        for (int day = 0; day < days; day++) {
            for (ShiftAssignment a : clinic.baselineRoster().on(day)) {
                double start = day * 1440.0 + a.shift().window().startMinute();
                double end = day * 1440.0 + a.shift().window().endMinute();
                sheets.add(new MaShiftRecord(a.maId(), day, a.stationId(), start, end, end, 0,
                        a.shift().unpaidBreakMinutes()));
            }
        }
        return sheets.payroll();
    }

    public CurrencyUnit currency() {
        return currency;
    }

    public void add(MaShiftRecord record) {
        Ledger ledger = ledgers.get(record.maId());
        if (ledger == null) {
            throw new IllegalArgumentException("MA shift record for '" + record.maId() + "' on day " + record.day()
                    + ", who is not on the clinic's MA team " + ledgers.keySet());
        }
        ledger.add(WorkedShift.of(record, clinic.baselineRoster()), weeks.firstDayOfWorkweek(record.day()));
    }

    /** The pay so far; collecting may continue afterwards. */
    public Payroll payroll() {
        List<MaPay> pays = new ArrayList<>(ledgers.size());
        ledgers.forEach((id, ledger) -> pays.add(MaPay.of(id, ledger.total(), currency)));
        return new Payroll(currency, pays);
    }

    /** One MA's open workweeks and the pay of the closed ones. */
    private final class Ledger {
        private final BigDecimal hourlyRate;
        private final TreeMap<Integer, List<WorkedShift>> open = new TreeMap<>();
        private WorkweekPay closed = WorkweekPay.NONE;
        private int closedThrough = Integer.MIN_VALUE;

        Ledger(BigDecimal hourlyRate) {
            this.hourlyRate = hourlyRate;
        }

        void add(WorkedShift shift, int week) {
            if (week <= closedThrough) {
                throw new IllegalStateException("MA shift of '" + shift.maId() + "' on day " + shift.workday()
                        + " arrived after its workweek was paid; records must come within a week of their order");
            }
            open.computeIfAbsent(week, w -> new ArrayList<>()).add(shift);
            while (open.firstKey() < open.lastKey() - 7) {
                Map.Entry<Integer, List<WorkedShift>> oldest = open.pollFirstEntry();
                closed = closed.plus(calculator.workweek(hourlyRate, oldest.getValue()));
                closedThrough = oldest.getKey();
            }
        }

        WorkweekPay total() {
            WorkweekPay total = closed;
            for (List<WorkedShift> week : open.values()) {
                total = total.plus(calculator.workweek(hourlyRate, week));
            }
            return total;
        }
    }
}
