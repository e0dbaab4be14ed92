package org.clinicflow.simulator.clinic.results;

import javax.money.MonetaryAmount;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.pay.ClinicMoney;
import org.clinicflow.simulator.clinic.pay.Payroll;
import org.clinicflow.simulator.clinic.pay.Timesheets;
import org.clinicflow.simulator.stats.Responses;
import org.clinicflow.simulator.stats.Tally;

/**
 * Accumulates the KPIs of one clinic replication from its records, in memory that does not grow with the number of
 * patients, and reports them under the {@link Kpi} keys. Money is in the clinic's currency ({@link #currencyCode()}).
 */
public final class ClinicKpis implements ClinicObserver {
    private static final double ROOMED_PROMPTLY_MINUTES = 15;

    private final String currencyCode;
    private final Timesheets timesheets;
    private final SupplyCosts supplies;

    private final Tally waitingRoom = new Tally(Kpi.WAITING_ROOM_MINUTES.key());
    private final Tally waitPastAppointment = new Tally(Kpi.WAIT_PAST_APPOINTMENT_MINUTES.key());
    private final Tally examRoomWait = new Tally(Kpi.EXAM_ROOM_WAIT_MINUTES.key());
    private final Tally totalWait = new Tally(Kpi.TOTAL_WAIT_MINUTES.key());
    private final Tally cycleTime = new Tally(Kpi.CYCLE_TIME_MINUTES.key());
    private long roomedPromptly;
    private long completed;
    private long noShows;
    private long leftWithoutBeingSeen;
    private long rescheduled;
    private long notSeen;
    private long booked;
    private long walkIns;
    private long proceduresCancelled;

    private final Tally providerIdle = new Tally(Kpi.PROVIDER_IDLE_MINUTES.key());
    private final Tally providerOvertime = new Tally(Kpi.PROVIDER_OVERTIME_MINUTES.key());
    private double providerBusyMinutes;
    private double providerSessionMinutes;

    private final Tally maOvertime = new Tally(Kpi.MA_OVERTIME_MINUTES.key());
    private double maOvertimeMinutes;
    private double maBusyMinutes;
    private double maPaidMinutes;

    private final Tally overrun = new Tally(Kpi.CLINIC_OVERRUN_MINUTES.key());
    private double roomOccupiedMinutes;
    private double roomCapacityMinutes;

    private long stockouts;

    public ClinicKpis(Clinic clinic) {
        this.timesheets = new Timesheets(clinic);
        this.supplies = new SupplyCosts(clinic);
        this.currencyCode = timesheets.currency().getCurrencyCode();
    }

    /** The ISO 4217 code of the money KPIs (laborCost, overtimeCost, supplyCost, laborCostPerVisit). */
    public String currencyCode() {
        return currencyCode;
    }

    @Override
    public void patient(PatientRecord r) {
        proceduresCancelled += r.proceduresCancelled();
        if (r.walkIn()) {
            walkIns++;
        } else {
            booked++;
        }
        switch (r.outcome()) {
            case COMPLETED -> completedVisit(r);
            case NO_SHOW -> noShows++;
            case LEFT_WITHOUT_BEING_SEEN -> leftWithoutBeingSeen++;
            case RESCHEDULED -> rescheduled++;
            case NOT_SEEN -> notSeen++;
        }
    }

    private void completedVisit(PatientRecord r) {
        completed++;
        double waiting = r.waitingRoomMinutes();
        if (Double.isFinite(waiting)) {
            waitingRoom.add(waiting);
            // Promptness counts from when the patient was due, not from an early arrival they chose.
            double pastDue = r.waitPastAppointmentMinutes();
            waitPastAppointment.add(pastDue);
            roomedPromptly += pastDue <= ROOMED_PROMPTLY_MINUTES ? 1 : 0;
        }
        addIfFinite(examRoomWait, r.examRoomWaitMinutes());
        addIfFinite(totalWait, r.queueMinutes());
        addIfFinite(cycleTime, r.cycleTimeMinutes());
    }

    @Override
    public void maShift(MaShiftRecord r) {
        timesheets.add(r);
        maOvertime.add(r.overtimeMinutes());
        maOvertimeMinutes += r.overtimeMinutes();
        maBusyMinutes += r.busyMinutes();
        maPaidMinutes += r.paidMinutes();
    }

    @Override
    public void providerSession(ProviderSessionRecord r) {
        providerIdle.add(r.idleMinutes());
        providerOvertime.add(r.overtimeMinutes());
        providerBusyMinutes += r.busyMinutes();
        providerSessionMinutes += r.end() - r.start();
    }

    @Override
    public void clinicDay(ClinicDayRecord r) {
        overrun.add(r.overrunMinutes());
        roomOccupiedMinutes += r.examRoomOccupiedMinutes();
        roomCapacityMinutes += r.examRoomCapacityMinutes();
    }

    @Override
    public void supplyDay(SupplyDayRecord r) {
        supplies.add(r);
        stockouts += r.stockouts();
    }

    /** The MAs' pay so far. */
    public Payroll payroll() {
        return timesheets.payroll();
    }

    /** The cost of supplies used so far. */
    public MonetaryAmount supplyCost() {
        return supplies.total();
    }

    /** Every {@link Kpi}, in declaration order. */
    public Responses report() {
        Payroll pay = timesheets.payroll();
        double laborCost = amount(pay.laborCost());
        long openDays = overrun.count();
        Responses.Builder out = Responses.builder();
        put(out, Kpi.WAITING_ROOM_MINUTES, waitingRoom.mean());
        put(out, Kpi.EXAM_ROOM_WAIT_MINUTES, examRoomWait.mean());
        put(out, Kpi.TOTAL_WAIT_MINUTES, totalWait.mean());
        put(out, Kpi.CYCLE_TIME_MINUTES, cycleTime.mean());
        put(out, Kpi.WAIT_PAST_APPOINTMENT_MINUTES, waitPastAppointment.mean());
        put(out, Kpi.ROOMED_WITHIN_15_MIN_PCT, percent(roomedPromptly, waitingRoom.count()));
        put(out, Kpi.PROVIDER_IDLE_MINUTES, providerIdle.mean());
        put(out, Kpi.PROVIDER_OVERTIME_MINUTES, providerOvertime.mean());
        put(out, Kpi.MA_UTILIZATION_PCT, percent(maBusyMinutes, maPaidMinutes));
        put(out, Kpi.PROVIDER_UTILIZATION_PCT, percent(providerBusyMinutes, providerSessionMinutes));
        put(out, Kpi.EXAM_ROOM_UTILIZATION_PCT, percent(roomOccupiedMinutes, roomCapacityMinutes));
        put(out, Kpi.MA_OVERTIME_MINUTES, maOvertime.mean());
        put(out, Kpi.CLINIC_OVERRUN_MINUTES, overrun.mean());
        put(out, Kpi.VISITS_COMPLETED, completed);
        put(out, Kpi.NO_SHOWS, noShows);
        put(out, Kpi.WALK_INS_LEFT_WITHOUT_BEING_SEEN, leftWithoutBeingSeen);
        put(out, Kpi.SUPPLY_STOCKOUTS, stockouts);
        put(out, Kpi.LABOR_COST, laborCost);
        put(out, Kpi.OVERTIME_COST, amount(pay.overtimeCost()));
        put(out, Kpi.SUPPLY_COST, amount(supplies.total()));
        put(out, Kpi.WAITING_ROOM_MINUTES_P90, waitingRoom.percentile(0.90));
        put(out, Kpi.EXAM_ROOM_WAIT_MINUTES_P90, examRoomWait.percentile(0.90));
        put(out, Kpi.TOTAL_WAIT_MINUTES_P90, totalWait.percentile(0.90));
        put(out, Kpi.CYCLE_TIME_MINUTES_P90, cycleTime.percentile(0.90));
        put(out, Kpi.ARRIVALS, completed + leftWithoutBeingSeen + rescheduled + notSeen);
        put(out, Kpi.WALK_INS, walkIns);
        put(out, Kpi.NO_SHOW_PCT, percent(noShows, booked));
        put(out, Kpi.RESCHEDULED, rescheduled);
        put(out, Kpi.PATIENTS_NOT_SEEN, notSeen);
        put(out, Kpi.PROCEDURES_CANCELLED, proceduresCancelled);
        put(out, Kpi.OPEN_DAYS, openDays);
        put(out, Kpi.VISITS_COMPLETED_PER_DAY, ratio(completed, openDays));
        put(out, Kpi.NO_SHOWS_PER_DAY, ratio(noShows, openDays));
        put(out, Kpi.WALK_INS_LEFT_WITHOUT_BEING_SEEN_PER_DAY, ratio(leftWithoutBeingSeen, openDays));
        put(out, Kpi.SUPPLY_STOCKOUTS_PER_DAY, ratio(stockouts, openDays));
        put(out, Kpi.MA_OVERTIME_MINUTES_TOTAL, maOvertimeMinutes);
        put(out, Kpi.PAID_REGULAR_HOURS, pay.regularHours());
        put(out, Kpi.PAID_OVERTIME_HOURS, pay.overtimeHours());
        put(out, Kpi.PAID_DOUBLE_TIME_HOURS, pay.doubleTimeHours());
        put(out, Kpi.DIFFERENTIAL_HOURS, pay.differentialHours());
        put(out, Kpi.LABOR_COST_PER_VISIT, ratio(laborCost, completed));
        return out.build();
    }

    private static void put(Responses.Builder out, Kpi kpi, double value) {
        out.put(kpi.key(), value);
    }

    private static void addIfFinite(Tally tally, double value) {
        if (Double.isFinite(value)) {
            tally.add(value);
        }
    }

    private static double percent(double part, double whole) {
        return whole > 0 ? 100 * part / whole : Double.NaN;
    }

    private static double ratio(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }

    private static double amount(MonetaryAmount money) {
        return ClinicMoney.decimal(money).doubleValue();
    }
}
