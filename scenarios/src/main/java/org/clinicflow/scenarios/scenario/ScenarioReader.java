package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.ExamRoom;
import org.clinicflow.simulator.clinic.FrontDesk;
import org.clinicflow.simulator.clinic.LateArrivalPolicy;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Pod;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.Punctuality;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.RoomTurnover;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.SpecialRoom;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.clinic.WalkIns;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.clinic.pay.PayRules;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the text of a scenario file into a {@link Clinic}. Sections are read in dependency order (supplies and rooms,
 * then the team, then the care that needs them, then the roster), so each reference and scope-of-practice rule is
 * checked where it is written; every problem is collected and reported together.
 */
final class ScenarioReader {
    /** Day 0 when the file gives no startDate: a Monday. */
    static final LocalDate DEFAULT_START_DATE = LocalDate.of(2026, 1, 5);
    static final String DEFAULT_CURRENCY = "USD";

    static final String[] TOP_LEVEL_KEYS = {"name", "description", "practiceType", "currency", "startDate",
        "openingHours", "providers", "pods", "examRooms", "specialRooms", "visitTypes", "procedures", "templates",
        "punctuality", "lateArrivalPolicy", "walkIns", "frontDesk", "roomTurnover", "adminWork", "medicalAssistants",
        "stations", "shiftTemplates", "baselineRoster", "supplies", "payRules"};

    private ScenarioReader() {
    }

    static Clinic read(String text, String source, Problems.KeyObserver observer) {
        return read(text, source, List.of(), observer);
    }

    /** Reads scenario text with {@code overrides} applied to its YAML tree first, so they are checked like the file. */
    static Clinic read(String text, String source, List<ScenarioOverride> overrides, Problems.KeyObserver observer) {
        Node root = YamlDocument.parse(text, source).orElseThrow(() -> new InvalidInputException(source, "",
                "the file is empty; a scenario needs at least name, practiceType, openingHours, visitTypes,"
                        + " medicalAssistants, stations, shiftTemplates and baselineRoster (see docs/scenario-format.md)"));
        if (!overrides.isEmpty() && root instanceof org.snakeyaml.engine.v2.nodes.MappingNode) {
            root = NodeOverrides.apply(root, overrides);
        }
        Problems problems = new Problems(source, observer);
        YamlValue top = YamlValue.root(root, problems).fields(TOP_LEVEL_KEYS);
        if (!top.isMap()) {
            problems.throwIfAny();
        }
        Definitions defs = new Definitions();

        String name = top.get("name").required().text("");
        String description = top.get("description").text("");
        PracticeType practiceType = EnumWords.read(top.get("practiceType").required(), PracticeType.class, null);
        String currency = currency(top.get("currency"));
        defs.startDate = startDate(top.get("startDate"));
        defs.openingHoursValue = top.get("openingHours");
        WeeklyHours openingHours = WorkplaceReader.openingHours(defs.openingHoursValue.required());
        defs.openingHours = openingHours;
        defs.examRoomsValue = top.get("examRooms");
        defs.specialRoomsValue = top.get("specialRooms");

        List<SupplyItem> supplies = SupplyReader.supplies(top.get("supplies"), defs);
        List<Pod> pods = FacilityReader.pods(top.get("pods"), defs);
        List<ExamRoom> examRooms = FacilityReader.examRooms(defs.examRoomsValue, defs);
        List<SpecialRoom> specialRooms = FacilityReader.specialRooms(defs.specialRoomsValue, defs);
        List<ShiftTemplate> shifts = WorkplaceReader.shiftTemplates(top.get("shiftTemplates").required(), defs);
        List<MedicalAssistant> team = TeamReader.medicalAssistants(top.get("medicalAssistants").required(), defs);
        List<Station> stations = WorkplaceReader.stations(top.get("stations").required(), defs);
        List<Procedure> procedures = CareReader.procedures(top.get("procedures"), defs);
        List<VisitType> visitTypes = CareReader.visitTypes(top.get("visitTypes").required(), defs);
        List<AppointmentTemplate> templates = CareReader.templates(top.get("templates"), defs);
        List<Provider> providers = ProviderReader.providers(top.get("providers"), defs);
        Punctuality punctuality = PatientFlowReader.punctuality(top.get("punctuality"));
        LateArrivalPolicy latePolicy = PatientFlowReader.latePolicy(top.get("lateArrivalPolicy"));
        WalkIns walkIns = PatientFlowReader.walkIns(top.get("walkIns"), defs);
        FrontDesk frontDesk = PatientFlowReader.frontDesk(top.get("frontDesk"), defs);
        RoomTurnover turnover = PatientFlowReader.turnover(top.get("roomTurnover"), defs);
        List<AdminTaskType> adminWork = PatientFlowReader.adminWork(top.get("adminWork"), defs);
        Roster roster = RosterReader.roster(top.get("baselineRoster").required(), defs);
        PayRules payRules = PayRulesReader.payRules(top.get("payRules"));

        if (!problems.any()) {
            String nobody = whyNoPatientsCome(providers, defs, walkIns);
            if (nobody != null) {
                top.problem("no patients would come: " + nobody);
            }
        }
        problems.throwIfAny();
        return new Clinic(name, description, practiceType, currency, defs.startDate, openingHours, providers, pods,
                examRooms, specialRooms, visitTypes, procedures, templates, punctuality, latePolicy, walkIns,
                frontDesk, turnover, adminWork, team, stations, shifts, roster, supplies, payRules);
    }

    /**
     * Why no patient would ever come, or null when some would: booked patients need a provider in session with a
     * template that books a visit type whose noShow is below 1; walk-ins need a day with some expected.
     */
    private static String whyNoPatientsCome(List<Provider> providers, Definitions defs, WalkIns walkIns) {
        List<String> booked = providers.stream().filter(p -> !p.sessions().isEmpty() && p.templateId() != null)
                .map(p -> defs.templates.get(p.templateId())).filter(java.util.Objects::nonNull)
                .flatMap(t -> t.pattern().stream()).distinct().toList();
        boolean bookedCome = booked.stream().map(defs.visitTypes::get)
                .anyMatch(v -> v != null && v.noShowProbability() < 1);
        boolean walkInsCome = walkIns != null && walkIns.perDay().values().stream().anyMatch(n -> n > 0)
                && walkIns.hourlyShare().stream().anyMatch(s -> s > 0);
        if (bookedCome || walkInsCome) {
            return null;
        }
        String bookedWhy = booked.isEmpty() ? "no provider has sessions and a template"
                : "every visit type the templates book (" + String.join(", ", booked) + ") has noShow: 1";
        String walkInWhy = walkIns == null ? "there are no walkIns" : "walkIns expects none on any day or hour";
        return bookedWhy + ", and " + walkInWhy + "; give providers sessions and a template booking a visit type with"
                + " noShow below 1, or add walkIns";
    }

    private static String currency(YamlValue v) {
        String code = v.text(DEFAULT_CURRENCY);
        try {
            if (code.equals(Currency.getInstance(code).getCurrencyCode())) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        v.problem("'" + code + "' is not an ISO 4217 currency code; write three capital letters such as USD, EUR,"
                + " GBP or CAD" + DidYouMean.hint(code, List.of("USD", "EUR", "GBP", "CAD", "AUD", "CHF")));
        return DEFAULT_CURRENCY;
    }

    private static LocalDate startDate(YamlValue v) {
        if (!v.present()) {
            return DEFAULT_START_DATE;
        }
        LocalDate date = CalendarSyntax.date(v);
        if (date == null) {
            return null;
        }
        if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            LocalDate monday = date.with(java.time.temporal.TemporalAdjusters.previous(DayOfWeek.MONDAY));
            v.problem(date + " is a " + CalendarSyntax.name(date.getDayOfWeek()) + "; startDate must be a Monday"
                    + " (roster day 0 is a Monday), e.g. " + monday + " or " + monday.plusWeeks(1));
            return null;
        }
        return date;
    }
}
