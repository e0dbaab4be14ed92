package org.clinicflow.simulator.clinic.results;

import java.util.Arrays;

/**
 * The KPIs {@link ClinicKpis} reports per replication, under these fixed keys (docs/kpis.md defines each). Means over
 * nothing and ratios over a zero denominator are NaN, which replication summaries leave out; counts and money are 0.
 */
public enum Kpi {
    WAITING_ROOM_MINUTES("waitingRoomMinutes", Unit.MINUTES, "arrival to start of rooming, mean over completed visits"),
    EXAM_ROOM_WAIT_MINUTES("examRoomWaitMinutes", Unit.MINUTES,
            "end of rooming to the provider entering, mean over completed visits with a provider step"),
    TOTAL_WAIT_MINUTES("totalWaitMinutes", Unit.MINUTES, "all waits in a visit summed, mean over completed visits"),
    CYCLE_TIME_MINUTES("cycleTimeMinutes", Unit.MINUTES, "arrival to departure, mean over completed visits"),
    WAIT_PAST_APPOINTMENT_MINUTES("waitPastAppointmentMinutes", Unit.MINUTES,
            "start of rooming minus the later of arrival and appointment (0 if roomed before), mean over completed visits"),
    ROOMED_WITHIN_15_MIN_PCT("roomedWithin15MinPct", Unit.PERCENT,
            "completed visits roomed within 15 minutes of being due (arrival, or the appointment if early), %"),
    PROVIDER_IDLE_MINUTES("providerIdleMinutes", Unit.MINUTES,
            "session minutes a provider spent without a patient, mean per provider-session"),
    PROVIDER_OVERTIME_MINUTES("providerOvertimeMinutes", Unit.MINUTES,
            "minutes a provider worked past the session end, mean per provider-session"),
    MA_UTILIZATION_PCT("maUtilizationPct", Unit.PERCENT, "MA busy minutes / MA paid on-duty minutes x 100"),
    PROVIDER_UTILIZATION_PCT("providerUtilizationPct", Unit.PERCENT,
            "provider minutes with patients / scheduled session minutes x 100"),
    EXAM_ROOM_UTILIZATION_PCT("examRoomUtilizationPct", Unit.PERCENT,
            "exam-room minutes held by patients or turnover / room capacity minutes x 100"),
    MA_OVERTIME_MINUTES("maOvertimeMinutes", Unit.MINUTES,
            "minutes an MA stayed past the scheduled shift end, mean per MA-shift"),
    CLINIC_OVERRUN_MINUTES("clinicOverrunMinutes", Unit.MINUTES,
            "last departure past closing time (0 if none), mean per open day"),
    VISITS_COMPLETED("visitsCompleted", Unit.COUNT, "visits seen and checked out, total over the run"),
    NO_SHOWS("noShows", Unit.COUNT, "booked patients who did not come, total over the run"),
    WALK_INS_LEFT_WITHOUT_BEING_SEEN("walkInsLeftWithoutBeingSeen", Unit.COUNT,
            "walk-ins whose patience ran out before rooming, total over the run"),
    SUPPLY_STOCKOUTS("supplyStockouts", Unit.COUNT, "steps that found a supply out of stock, total over the run"),
    LABOR_COST("laborCost", Unit.MONEY, "everything paid to MAs by the pay rules, total over the run"),
    OVERTIME_COST("overtimeCost", Unit.MONEY,
            "the part of laborCost paid for overtime and double-time hours, total over the run"),
    SUPPLY_COST("supplyCost", Unit.MONEY, "supply units used x unit cost, total over the run"),

    WAITING_ROOM_MINUTES_P90("waitingRoomMinutes.p90", Unit.MINUTES, "90th percentile of waitingRoomMinutes"),
    EXAM_ROOM_WAIT_MINUTES_P90("examRoomWaitMinutes.p90", Unit.MINUTES, "90th percentile of examRoomWaitMinutes"),
    TOTAL_WAIT_MINUTES_P90("totalWaitMinutes.p90", Unit.MINUTES, "90th percentile of totalWaitMinutes"),
    CYCLE_TIME_MINUTES_P90("cycleTimeMinutes.p90", Unit.MINUTES, "90th percentile of cycleTimeMinutes"),
    ARRIVALS("arrivals", Unit.COUNT, "patients who came (booked or walk-in), total over the run"),
    WALK_INS("walkIns", Unit.COUNT, "walk-ins who came, total over the run"),
    NO_SHOW_PCT("noShowPct", Unit.PERCENT, "no-shows / booked appointments x 100"),
    RESCHEDULED("rescheduled", Unit.COUNT, "patients who came too late to be seen and were rebooked, total"),
    PATIENTS_NOT_SEEN("patientsNotSeen", Unit.COUNT,
            "patients sent away unfinished: nobody left on duty could do their next step, or the day ended, total"),
    PROCEDURES_CANCELLED("proceduresCancelled", Unit.COUNT, "ordered procedures not done (e.g. stockout), total"),
    OPEN_DAYS("openDays", Unit.COUNT, "clinic days open in the run"),
    VISITS_COMPLETED_PER_DAY("visitsCompleted.perDay", Unit.PER_DAY, "visitsCompleted / openDays"),
    NO_SHOWS_PER_DAY("noShows.perDay", Unit.PER_DAY, "noShows / openDays"),
    WALK_INS_LEFT_WITHOUT_BEING_SEEN_PER_DAY("walkInsLeftWithoutBeingSeen.perDay", Unit.PER_DAY,
            "walkInsLeftWithoutBeingSeen / openDays"),
    SUPPLY_STOCKOUTS_PER_DAY("supplyStockouts.perDay", Unit.PER_DAY, "supplyStockouts / openDays"),
    MA_OVERTIME_MINUTES_TOTAL("maOvertimeMinutes.total", Unit.MINUTES,
            "minutes MAs stayed past their scheduled shift ends, total over the run"),
    PAID_REGULAR_HOURS("paidRegularHours", Unit.HOURS, "MA hours paid at straight time, total"),
    PAID_OVERTIME_HOURS("paidOvertimeHours", Unit.HOURS, "MA hours paid as overtime (1.5x), total"),
    PAID_DOUBLE_TIME_HOURS("paidDoubleTimeHours", Unit.HOURS, "MA hours paid as double time (2x), total"),
    DIFFERENTIAL_HOURS("differentialHours", Unit.HOURS, "MA hours paid with an evening or weekend differential, total"),
    LABOR_COST_PER_VISIT("laborCostPerVisit", Unit.MONEY, "laborCost / visitsCompleted");

    /** What a KPI's number measures; money is in the clinic's currency. */
    public enum Unit { MINUTES, PERCENT, COUNT, PER_DAY, HOURS, MONEY }

    private final String key;
    private final Unit unit;
    private final String definition;

    Kpi(String key, Unit unit, String definition) {
        this.key = key;
        this.unit = unit;
        this.definition = definition;
    }

    /** The name in {@link org.clinicflow.simulator.stats.Responses} and in reports. */
    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** A one-line definition for report legends. */
    public String definition() {
        return definition;
    }

    /** The KPI with this key; throws naming the known keys if there is none. */
    public static Kpi byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no KPI named '" + key + "'; known: "
                        + Arrays.stream(values()).map(Kpi::key).toList()));
    }
}
