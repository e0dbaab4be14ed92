package org.clinicflow.optimizer.plan;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.optimizer.domain.MaWeek;
import org.clinicflow.optimizer.domain.PaidTimeCalculator;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.RosterRules;
import org.clinicflow.optimizer.domain.ShiftClock;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.StationBucket;
import org.clinicflow.optimizer.domain.StationTimeline;
import org.clinicflow.optimizer.domain.TeamMember;
import org.clinicflow.optimizer.domain.WorkWeekCalendar;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.optimizer.waiting.SippWaitingModel;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.optimizer.waiting.WaitingCurve;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.clinicflow.simulator.clinic.workload.WorkloadIndex;

/**
 * Turns a {@link RosterProblem} into a {@link RosterPlan}: one MA record per team member, one bucket per station and
 * time bucket where the station is open or has work (with its waiting curve, calibrated, priced in cents), and up to
 * the station's maximum staff positions per day and shift template whose hours overlap the station's. Published
 * assignments are placed on matching positions (an extra position when none is free), pinned on pinned days.
 */
public final class RosterPlanBuilder {
    private final OptimizerSettings settings;

    public RosterPlanBuilder(OptimizerSettings settings) {
        this.settings = settings;
    }

    public RosterPlan build(RosterProblem problem) {
        Clinic clinic = problem.clinic();
        int days = problem.days();
        LocalDate firstDate = clinic.startDate();
        PayRules pay = clinic.payRules();
        DayOfWeek workweekStart = pay.workweekStart() == null ? DayOfWeek.MONDAY : pay.workweekStart();
        WorkWeekCalendar calendar = new WorkWeekCalendar(firstDate.getDayOfWeek(), workweekStart, days);
        OvertimeRule overtime = pay.overtime() == null ? OvertimeRule.FEDERAL : pay.overtime();
        RosterRules rules = new RosterRules(settings.minRestHours() * 60, settings.maxConsecutiveDays(), overtime,
                settings.prices(), problem.published() != null);

        List<TeamMember> team = new ArrayList<>();
        List<MaWeek> maWeeks = new ArrayList<>();
        for (MedicalAssistant ma : clinic.medicalAssistants()) {
            TeamMember member = member(ma, pay, firstDate, days);
            maWeeks.addAll(member.planWeeks(calendar.weeks(), ma.contract().targetHoursPerWeek(),
                    ma.contract().maxHoursPerWeek(), rules));
            team.add(member);
        }

        int bucketMinutes = problem.workload().bucketMinutes();
        WorkloadIndex workload = problem.workload().index();
        SippWaitingModel waitingModel = new SippWaitingModel(settings.waitingUtilizationCap());
        StaffingHours staffingHours = new StaffingHours(clinic);
        Map<String, StationTimeline> timelines = new LinkedHashMap<>();
        for (Station station : clinic.stations()) {
            timelines.put(station.id(), new StationTimeline(station,
                    buckets(station, firstDate, days, bucketMinutes, workload, waitingModel, staffingHours,
                            problem.calibration())));
        }

        PaidTimeCalculator paidTime = new PaidTimeCalculator(pay, firstDate.getDayOfWeek(), calendar);
        PositionMaker positions = new PositionMaker(firstDate, paidTime, rules, timelines);
        for (Station station : clinic.stations()) {
            for (int day = 0; day < days; day++) {
                for (ShiftTemplate template : clinic.shiftTemplates()) {
                    if (overlapsOpening(station, firstDate, day, template)) {
                        for (int slot = 0; slot < station.maxStaff(); slot++) {
                            positions.add(station, template, day);
                        }
                    }
                }
            }
        }
        if (problem.published() != null) {
            placePublished(problem, clinic, team, positions);
            // A pinned day stays as published: its empty positions stay empty too.
            positions.all().stream().filter(p -> problem.pinnedDays().contains(p.day()))
                    .forEach(p -> p.setPinned(true));
        }
        positions.rankAlternatives();
        for (ShiftPosition position : positions.all()) {
            List<TeamMember> qualified = team.stream().filter(ma -> ma.holds(position.station().requiredSkills()))
                    .toList();
            List<TeamMember> eligible = new ArrayList<>(qualified.stream().filter(ma -> ma.minutesOnLeave(position) == 0
                    && ma.minutesUnavailable(position) == 0).toList());
            if (position.getMa() != null && !eligible.contains(position.getMa())) {
                eligible.add(position.getMa()); // a published MA stays possible; the hard rules say what is wrong
            }
            position.setEligible(eligible, qualified.size());
        }
        return new RosterPlan(firstDate, days, bucketMinutes, rules, team, List.copyOf(timelines.values()),
                calendar.weeks(), maWeeks, positions.all());
    }

    private static TeamMember member(MedicalAssistant ma, PayRules pay, LocalDate firstDate, int days) {
        double premium = pay.premium(ma.credential());
        double centsPerHour = ma.hourlyWage().multiply(BigDecimal.valueOf(100)).doubleValue() * (1 + premium);
        Set<Integer> daysOff = new HashSet<>();
        for (LocalDate date : ma.timeOff()) {
            long day = date.toEpochDay() - firstDate.toEpochDay();
            if (day >= -1 && day <= days) {
                daysOff.add((int) day);
            }
        }
        return new TeamMember(ma.id(), ma.name(), ma.credential(), ma.allSkills(), centsPerHour, ma.availability(),
                daysOff, ma.preferences());
    }

    /**
     * Buckets of a station over the horizon where it is open (at the bucket's midpoint) or has measured work; the
     * minimum staff applies where {@link StaffingHours} says so.
     */
    private List<StationBucket> buckets(Station station, LocalDate firstDate, int days, int bucketMinutes,
                                        WorkloadIndex workload, SippWaitingModel waitingModel,
                                        StaffingHours staffingHours, WaitingCalibration calibration) {
        double centsPerPatientMinute = settings.prices().waitingCentsPerPatientMinute();
        List<StationBucket> list = new ArrayList<>();
        for (int start = 0; start < days * 1440; start += bucketMinutes) {
            int day = start / 1440;
            LocalDate date = firstDate.plusDays(day);
            int minuteOfDay = start - day * 1440;
            double midpoint = minuteOfDay + bucketMinutes / 2.0;
            boolean open = openAt(station, date, midpoint);
            BucketLoad load = workload.load(station.id(), date.getDayOfWeek(), minuteOfDay / bucketMinutes);
            if (open || !load.idle()) {
                WaitingCurve curve = calibration.apply(station.id(),
                        waitingModel.curve(load, bucketMinutes, station.maxStaff()));
                int minStaff = staffingHours.minimumApplies(station, date, midpoint) ? station.minStaff() : 0;
                list.add(new StationBucket(station, day, date, start, bucketMinutes, minStaff, curve,
                        centsPerPatientMinute));
            }
        }
        return list;
    }

    /** True when the station is open at {@code minuteOfDay} of {@code date} (an evening window may run past midnight). */
    static boolean openAt(Station station, LocalDate date, double minuteOfDay) {
        TimeWindow today = station.hours().on(date.getDayOfWeek()).orElse(null);
        if (today != null && today.contains(minuteOfDay)) {
            return true;
        }
        TimeWindow yesterday = station.hours().on(date.minusDays(1).getDayOfWeek()).orElse(null);
        return yesterday != null && yesterday.crossesMidnight() && yesterday.contains(minuteOfDay + 1440);
    }

    /** True when a shift of {@code template} on {@code day} overlaps the station's opening hours. */
    static boolean overlapsOpening(Station station, LocalDate firstDate, int day, ShiftTemplate template) {
        ShiftClock clock = ShiftClock.of(day, template);
        for (int d = day - 1; d <= day + 1; d++) {
            TimeWindow window = station.hours().on(firstDate.plusDays(d).getDayOfWeek()).orElse(null);
            if (window != null) {
                int open = d * 1440 + (int) Math.round(window.startMinute());
                int close = d * 1440 + (int) Math.round(window.endMinute());
                if (Math.min(close, clock.end()) > Math.max(open, clock.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void placePublished(RosterProblem problem, Clinic clinic, List<TeamMember> team,
                                       PositionMaker positions) {
        Map<String, TeamMember> byId = new HashMap<>();
        team.forEach(m -> byId.put(m.id(), m));
        for (int day = 0; day < problem.days(); day++) {
            for (ShiftAssignment assignment : problem.published().on(day)) {
                TeamMember ma = byId.get(assignment.maId());
                if (ma == null) {
                    throw new ModelInputException("published roster",
                            "MA " + assignment.maId() + " on day " + day + " is not on the team");
                }
                Station station = clinic.station(assignment.stationId()).orElse(null);
                if (station == null) {
                    throw new ModelInputException("published roster", "station " + assignment.stationId()
                            + " on day " + day + " is not one of the clinic's stations");
                }
                ShiftPosition position = positions.freePublishedSlot(station, assignment.shift(), day);
                position.setPublishedMaId(ma.id());
                boolean pinned = problem.pinnedDays().contains(day);
                position.setPinned(pinned);
                // A published MA now on leave does not start the search in that shift: the construction fills it
                // (with someone, or nobody), where only a lucky local-search move would otherwise take them off it.
                if (pinned || ma.minutesOnLeave(position) == 0) {
                    position.setMa(ma);
                }
            }
        }
    }
}
