package org.clinicflow.scenarios.scenario;

import static org.clinicflow.scenarios.scenario.ScenarioTexts.VALID;
import static org.clinicflow.scenarios.scenario.ScenarioTexts.assertProblem;
import static org.clinicflow.scenarios.scenario.ScenarioTexts.problems;
import static org.clinicflow.scenarios.scenario.ScenarioTexts.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.simulator.clinic.Clinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of mistake in a scenario file is reported with the file, line, field and what is allowed. */
class ScenarioValidationTest {

    @Test
    void theTestScenarioIsValid() {
        assertEquals(List.of(), problems(VALID));
        Clinic c = ScenarioLoader.read(VALID, "clinic.yaml");
        assertEquals(1, c.providers().size());
        assertEquals(2, c.examRooms().size());
        assertEquals(10, c.baselineRoster().assignments().size());
    }

    @Test
    void malformedYamlNamesSnakeyamlsProblemAndPosition() {
        String text = replace("  - id: dr-a\n", "  - id: dr-a\n   pod: [a\n");
        InvalidInputException e = problems(text).get(0);
        assertEquals(ScenarioTexts.SOURCE, e.source());
        assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
        assertTrue(e.problem().startsWith("not valid YAML: "), e.getMessage());
    }

    @Test
    void tabsAreMalformedYamlAtTheirLine() {
        String text = replace("    pod: a\n", "\tpod: a\n");
        InvalidInputException e = problems(text).get(0);
        assertEquals(ScenarioTexts.lineOf(text, "\tpod"), e.line());
        assertTrue(e.problem().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void unknownKeySuggestsTheClosestAllowedKey() {
        assertProblem(replace("    template: standard", "    tempalte: standard"), "providers[0].tempalte",
                "tempalte", "unknown key 'tempalte'", "did you mean 'template'?", "allowed here: id, name, role");
        assertProblem(replace("name: tiny", "name: tiny\nopeningHour: {mon: 08:00-12:00}"), "openingHour",
                "openingHour:", "did you mean 'openingHours'?");
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        assertProblem(replace("slotMinutes: 15", "slotMinutes: fifteen"), "visitTypes[0].slotMinutes",
                "fifteen", "must be a number, got 'fifteen'");
        assertProblem(replace("pattern: [visit]", "pattern: visit"), "templates[0].pattern", "pattern: visit",
                "must be a list");
        assertProblem(replace("  - id: dr-a\n", "  - id: 7\n"), "providers[0].id", "id: 7",
                "must be text, got the number 7");
        assertProblem(replace("  - {id: pod-a, kind: pod, pod: a}", "  - pod-a"), "stations[0]", "- pod-a",
                "must be a map with the keys id, name, kind");
    }

    @Test
    void negativeDurationsAreRejected() {
        assertProblem(replace("slotMinutes: 15", "slotMinutes: -15"), "visitTypes[0].slotMinutes", "-15",
                "must be greater than 0, got -15");
        assertProblem(replace("duration: normal(4.3, 0.9)", "duration: fixed(-3)"), "procedures[0].duration",
                "fixed(-3)", "must be a number 0 or greater");
        assertProblem(replace("duration: normal(4.3, 0.9)", "duration: -2"), "procedures[0].duration",
                "duration: -2", "must be 0 or greater, got -2");
    }

    @Test
    void probabilitiesOutsideZeroToOneAreRejected() {
        assertProblem(replace("noShow: 0.1", "noShow: 12"), "visitTypes[0].noShow", "noShow: 12",
                "between 0 and 1", "0.12 for 12%", "got 12");
        assertProblem(replace("venipuncture: 0.15", "venipuncture: 1.5"), "visitTypes[0].procedures.venipuncture",
                "venipuncture: 1.5", "between 0 and 1");
    }

    @Test
    void aVisitTypeNeedingAMissingRoomKindIsReported() {
        String text = replace("  - {id: lab, kind: lab}\n", "  - {id: xr, kind: xray}\n");
        assertProblem(text, "visitTypes[0].procedures.venipuncture", "venipuncture: 0.15",
                "procedure 'venipuncture' needs a lab room but the scenario has none", "specialRooms");
    }

    @Test
    void aProcedureRequiringASkillNoMedicalAssistantHoldsIsReported() {
        String text = replace("requiredSkills: [phlebotomy]\nmedicalAssistants",
                "requiredSkills: [phlebotomy, credentialed, spirometry]\nmedicalAssistants");
        assertProblem(text, "procedures[0].requiredSkills", "spirometry", "procedure 'venipuncture' requires",
                "no medical assistant holds spirometry", "skills on the team: CMA, credentialed, phlebotomy");
    }

    @Test
    void aCredentialRequirementCountsOnlyCertifiedAssistants() {
        String text = replace("credential: CMA", "credential: none");
        String withRule = text.replace("requiredSkills: [phlebotomy]\nmedicalAssistants",
                "requiredSkills: [phlebotomy, credentialed]\nmedicalAssistants");
        assertProblem(withRule, "procedures[0].requiredSkills", "credentialed]", "no medical assistant holds credentialed");
        assertProblem(replace("skills: [phlebotomy]", "skills: [phlebotomy, credentialed]"),
                "medicalAssistants[0].skills[1]", "skills: [phlebotomy, credentialed]",
                "comes with a credential", "credential: CMA, RMA or CCMA");
    }

    @Test
    void providersWithSessionsButNoExamRoomsAreReported() {
        String text = replace("examRooms: {a: 2}\n", "");
        assertProblem(text, "providers[0].pod", "    pod: a", "pod 'a' has no exam rooms",
                "add rooms under examRooms");
    }

    static Stream<Arguments> unknownReferences() {
        return Stream.of(
                Arguments.of("template", "    template: standard", "    template: standrd", "providers[0].template",
                        "unknown appointment template 'standrd' (did you mean 'standard'?); defined under templates:"
                                + " standard"),
                Arguments.of("pod", "    pod: a\n", "    pod: b\n", "providers[0].pod", "unknown pod 'b'; defined under"
                        + " pods: a"),
                Arguments.of("station", "      mon-fri: day@pod-a", "      mon-fri: day@pod-b",
                        "baselineRoster.shifts.ben.mon-fri", "unknown station 'pod-b' (did you mean 'pod-a'?);"
                                + " defined under stations: pod-a, lab"),
                Arguments.of("visit type", "pattern: [visit]", "pattern: [visits]", "templates[0].pattern[0]",
                        "unknown visit type 'visits' (did you mean 'visit'?)"),
                Arguments.of("MA", "    ben:\n", "    bob:\n", "baselineRoster.shifts.bob",
                        "unknown medical assistant 'bob'; defined under medicalAssistants: ana, ben"),
                Arguments.of("shift template", "      mon-fri: day@lab", "      mon-fri: days@lab",
                        "baselineRoster.shifts.ana.mon-fri", "unknown shift template 'days' (did you mean 'day'?)"),
                Arguments.of("procedure", "      venipuncture: 0.15", "      venepuncture: 0.15",
                        "visitTypes[0].procedures.venepuncture",
                        "unknown procedure 'venepuncture' (did you mean 'venipuncture'?)"));
    }

    @ParameterizedTest(name = "unknown {0}")
    @MethodSource("unknownReferences")
    void unknownReferencesNameWhatIsDefined(String what, String from, String to, String field, String message) {
        assertProblem(replace(from, to), field, to.strip(), message);
    }

    @Test
    void rosterShiftsOutsideAvailabilityAreReported() {
        String text = replace("      mon-fri: 07:00-18:00", "      mon-thu: 07:00-18:00\n      fri: 12:00-18:00");
        assertProblem(text, "baselineRoster.shifts.ana.mon-fri", "mon-fri: day@lab",
                "shift day (08:00-17:00) on fri is outside ana's availability 12:00-18:00");
        String notAvailable = replace("      mon-fri: 07:00-18:00", "      mon-thu: 07:00-18:00");
        assertProblem(notAvailable, "baselineRoster.shifts.ana.mon-fri", "mon-fri: day@lab",
                "ana is not available on fri");
    }

    @Test
    void rosterShiftsOnTimeOffAreReported() {
        String text = replace("timeOff: [2026-02-02]", "timeOff: [2026-01-07]");
        assertProblem(text, "baselineRoster.shifts.ana.mon-fri", "mon-fri: day@lab",
                "ana has time off on 2026-01-07 (wed, roster day 2) but is rostered for day");
    }

    @Test
    void startDateMustBeAMonday() {
        assertProblem(replace("startDate: 2026-01-05", "startDate: 2026-01-07"), "startDate", "startDate:",
                "2026-01-07 is a wed; startDate must be a Monday", "2026-01-05 or 2026-01-12");
        assertProblem(replace("startDate: 2026-01-05", "startDate: 5 Jan 2026"), "startDate", "startDate:",
                "not a date; write it as YYYY-MM-DD");
    }

    @Test
    void duplicateIdsAndKeysAreReported() {
        assertProblem(replace("  - id: ben\n", "  - id: ana\n"), "medicalAssistants[1].id", "- id: ana\n    wage: 19",
                "duplicate medical assistant id 'ana': already used at medicalAssistants[0].id");
        assertProblem(replace("    wage: 19\n", "    wage: 19\n    wage: 21\n"),
                "medicalAssistants[1].wage", "wage: 21", "duplicate key 'wage'");
    }

    @Test
    void currencyMustBeIso4217() {
        assertProblem(replace("name: tiny", "name: tiny\ncurrency: USDX"), "currency", "currency:",
                "'USDX' is not an ISO 4217 currency code");
        assertProblem(replace("name: tiny", "name: tiny\ncurrency: usd"), "currency", "currency:", "three capital");
        assertEquals(List.of(), problems(replace("name: tiny", "name: tiny\ncurrency: EUR")));
    }

    @Test
    void missingRequiredKeysAreReportedAtTheirMap() {
        assertProblem(replace("    wage: 19\n", ""), "medicalAssistants[1].wage", "- id: ben",
                "is required here but missing");
        assertProblem(replace("practiceType: family-medicine\n", ""), "practiceType", "name: tiny", "is required");
    }

    @Test
    void aProviderWithoutATemplateMustTakeWalkIns() {
        assertProblem(replace("    template: standard\n", ""), "providers[0].template", "  - id: dr-a",
                "is required unless the provider sees walk-ins only (walkIns: true)");
    }

    @Test
    void walkInsWhoNeedAProviderNeedOneWhoTakesWalkIns() {
        String text = replace("name: tiny", "name: tiny\nwalkIns:\n  perDay: {mon-fri: 4}\n  visitMix: {visit: 1}");
        assertProblem(text, "walkIns.visitMix.visit", "visitMix: {visit: 1}",
                "walk-ins of visit type 'visit' see a provider, but no provider takes walk-ins");
        assertEquals(List.of(), problems(text.replace("    template: standard\n",
                "    template: standard\n    walkIns: true\n")));
    }

    @Test
    void aClinicNobodyComesToIsReported() {
        String text = replace("    sessions:\n      mon-fri: [08:00-12:00, 13:00-17:00]", "    sessions: {}");
        assertProblem(text, "", "name: tiny", "no patients would come");
    }

    @Test
    void badTimesWeekdaysAndWindowsSayHowToWriteThem() {
        assertProblem(replace("mon-fri: 08:00-17:00", "mon-fri: 8am-5pm"), "openingHours.mon-fri", "8am-5pm",
                "not a time window", "HH:MM-HH:MM");
        assertProblem(replace("  mon-fri: 08:00-17:00", "  mon-fir: 08:00-17:00"), "openingHours.mon-fir", "mon-fir",
                "'mon-fir' is not a weekday", "mon-fri");
        assertProblem(replace("  mon-fri: 08:00-17:00", "  mon-fri: 08:00-17:00\n  fri: 08:00-12:00"),
                "openingHours.fri", "  fri: 08:00-12:00", "fri is already given by 'mon-fri'");
    }

    @Test
    void sessionsOutsideOpeningHoursAreReported() {
        assertProblem(replace("mon-fri: [08:00-12:00, 13:00-17:00]", "mon-fri: [07:00-12:00, 13:00-17:00]"),
                "providers[0].sessions.mon-fri", "07:00-12:00", "session 07:00-12:00 on mon is outside opening hours 08:00-17:00");
        assertProblem(replace("mon-fri: [08:00-12:00, 13:00-17:00]", "mon-sat: [08:00-12:00, 13:00-17:00]"),
                "providers[0].sessions.mon-sat", "mon-sat", "the clinic is closed on sat");
    }

    @Test
    void rosterBeyondTheContractMaximumIsReported() {
        String text = replace("    wage: 19\n", "    wage: 19\n    contract: part-time\n");
        assertProblem(text, "baselineRoster.shifts.ben", "    ben:",
                "ben is rostered 40 paid hours in week 1, above the contract maximum of 30");
    }

    @Test
    void assistantsAtStationsTheyAreNotQualifiedForAreReported() {
        String text = replace("      mon-fri: day@pod-a", "      mon-fri: [day@lab]");
        assertProblem(text, "baselineRoster.shifts.ben.mon-fri[0]", "[day@lab]",
                "ben cannot work station 'lab': it requires [phlebotomy]");
    }

    @Test
    void overlappingShiftsOfOneAssistantAreReported() {
        String text = replace("      mon-fri: day@pod-a", "      mon-fri: day@pod-a\n      mon: day@pod-a");
        assertProblem(text, "baselineRoster.shifts.ben.mon", "      mon: day@pod-a", "ben already works day@pod-a");
    }

    @Test
    void aDistributionCutAtACommaInAFlowMapIsExplained() {
        String text = replace("  - {id: day, time: 08:00-17:00, unpaidBreakMinutes: 60}",
                "  - {id: day, time: 08:00-17:00, unpaidBreakMinutes: 60}\nroomTurnover: {duration: lognormal(3, 1)}");
        assertProblem(text, "roomTurnover.duration", "roomTurnover:", "cut off at a comma", "put the distribution in quotes");
    }

    @Test
    void severalProblemsAreReportedTogetherInFileOrder() {
        String text = replace("noShow: 0.1", "noShow: 2").replace("slotMinutes: 15", "slotMinutes: -1")
                .replace("    template: standard", "    tempalte: standard");
        List<InvalidInputException> found = problems(text);
        assertTrue(found.size() >= 3, found.toString());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).line() <= found.get(i).line(), "file order");
        }
        InvalidInputFileException all = (InvalidInputFileException) catchProblems(text);
        assertEquals(found.size(), all.getMessage().lines().count());
    }

    @Test
    void zeroDurationsAreRejectedForStepsThatTakeTimeOnly() {
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: 0"), "visitTypes[0].rooming", "rooming: 0",
                "is always 0 minutes, but this step takes time");
        assertProblem(replace("rooming: lognormal(7.5, 3)", "rooming: fixed(0)"), "visitTypes[0].rooming",
                "rooming: fixed(0)", "is always 0 minutes");
        assertProblem(replace("providerTime: lognormal(16.5, 9.2)", "providerTime: \"empirical(0:1)\""),
                "visitTypes[0].providerTime", "providerTime:", "is always 0 minutes");
        assertProblem(replace("duration: normal(4.3, 0.9)", "duration: 0"), "procedures[0].duration", "duration: 0",
                "is always 0 minutes");
        assertProblem(replace("name: tiny", "name: tiny\nroomTurnover: {duration: 0}"), "roomTurnover.duration",
                "roomTurnover:", "is always 0 minutes");
        assertEquals(List.of(), problems(replace("name: tiny",
                "name: tiny\npunctuality: {earlyBy: 0, lateBy: fixed(0)}")), "on time to the minute is fine");
        assertProblem(replace("duration: normal(4.3, 0.9)", "duration: fixed(2000)"), "procedures[0].duration",
                "fixed(2000)", "averages 2000 minutes; a duration may average at most 1440 minutes");
    }

    @Test
    void aClinicWhosePatientsAllStayAwayIsReported() {
        assertProblem(replace("noShow: 0.1", "noShow: 1"), "", "name: tiny", "no patients would come",
                "every visit type the templates book (visit) has noShow: 1", "there are no walkIns");
        String walkInsNone = replace("noShow: 0.1", "noShow: 1").replace("name: tiny",
                "name: tiny\nwalkIns:\n  perDay: {mon-fri: 0}\n  visitMix: {visit: 1}");
        assertProblem(walkInsNone.replace("    template: standard\n", "    template: standard\n    walkIns: true\n"),
                "", "name: tiny", "no patients would come", "walkIns expects none");
        assertEquals(List.of(), problems(walkInsNone.replace("{mon-fri: 0}", "{mon-fri: 2}")
                .replace("    template: standard\n", "    template: standard\n    walkIns: true\n")));
    }

    @Test
    void factorsSharesAndRatesHaveStatedUpperBounds() {
        assertProblem(replace("    template: standard", "    template: standard\n    examTimeFactor: 1e308"),
                "providers[0].examTimeFactor", "examTimeFactor", "must be greater than 0 and at most 10", "got 1.0E308");
        assertProblem(replace("name: tiny", "name: tiny\npayRules: {credentialPremium: 9}"),
                "payRules.credentialPremium", "payRules:", "must be from 0 to 1", "0.09 = +9%", "got 9");
        assertProblem(replace("name: tiny", "name: tiny\npayRules: {credentialPremium: {CMA: 2}}"),
                "payRules.credentialPremium.CMA", "payRules:", "must be from 0 to 1");
        assertProblem(replace("name: tiny", "name: tiny\npayRules: {weekendDifferential: 1.5}"),
                "payRules.weekendDifferential", "payRules:", "must be from 0 to 1");
        assertProblem(replace("name: tiny", "name: tiny\npayRules: {overtime: {dailyAfterHours: 8, dailyMultiplier: 15}}"),
                "payRules.overtime.dailyMultiplier", "payRules:", "must be from 1 to 3", "time and a half");
        assertProblem(replace("name: tiny", "name: tiny\npayRules: {overtime: {weeklyAfterHours: 400}}"),
                "payRules.overtime.weeklyAfterHours", "payRules:", "at most 168");
        assertProblem(replace("    wage: 19\n", "    wage: 19\n    contract: {targetHours: 200}\n"),
                "medicalAssistants[1].contract.targetHours", "targetHours", "at most 168 (hours a week)");
        assertProblem(replace("examRooms: {a: 2}", "examRooms: {a: 99999999999}"), "examRooms.a", "examRooms:",
                "must be a whole number from 0 to 500, got 99999999999");
        String walkIns = replace("name: tiny", "name: tiny\nwalkIns:\n  perDay: {mon-fri: 1e9}\n  visitMix: {visit: 1}")
                .replace("    template: standard\n", "    template: standard\n    walkIns: true\n");
        assertProblem(walkIns, "walkIns.perDay.mon-fri", "perDay:", "must be from 0 to 1000");
    }

    @Test
    void aFieldThatFailsToReadIsNotReportedAgainAsItsConsequences() {
        List<InvalidInputException> hours = problems(replace("  mon-fri: 08:00-17:00", "  mon-fri: 25:30-17:30"));
        assertEquals(1, hours.size(), "not also 'the clinic is closed' and 'station closed': " + hours);
        assertEquals("openingHours.mon-fri", hours.get(0).field());
        List<InvalidInputException> rooms = problems(replace("examRooms: {a: 2}", "examRooms: {a: abc}"));
        assertEquals(1, rooms.size(), "not also 'pod a has no exam rooms': " + rooms);
        List<InvalidInputException> slot = problems(replace("slotMinutes: 15", "slotMinutes: fifteen"));
        assertEquals(1, slot.size(), "not also 'visit type has no slotMinutes': " + slot);
        assertEquals("visitTypes[0].slotMinutes", slot.get(0).field());
        List<InvalidInputException> id = problems(replace("  - id: ben\n", "  - id: 7\n"));
        assertEquals(1, id.size(), "a roster line for ben is not 'unknown' while an MA's id is unreadable: " + id);
        List<InvalidInputException> skills = problems(replace("skills: [phlebotomy]", "skills: phlebotomy"));
        assertEquals(1, skills.size(), "nor are the lab's skill rule and ana's lab shifts: " + skills);
        List<InvalidInputException> kind = problems(replace("  - {id: lab, kind: lab}\n", "  - {id: lab, kind: labb}\n"));
        assertEquals(1, kind.size(), "nor is 'needs a lab room': " + kind);
        // a check whose inputs did read still runs alongside an unrelated mistake
        String both = replace("examRooms: {a: 2}\n", "").replace("slotMinutes: 15", "slotMinutes: fifteen");
        assertProblem(both, "providers[0].pod", "    pod: a", "pod 'a' has no exam rooms");
    }

    @Test
    void anEmptyFileSaysWhatAScenarioNeeds() {
        InvalidInputException e = problems("# nothing here\n").get(0);
        assertTrue(e.problem().contains("the file is empty"), e.getMessage());
        assertFalse(problems("- just\n- a list\n").isEmpty());
        assertTrue(problems("- just\n- a list\n").get(0).problem().contains("must be a map with the keys name"));
    }

    private static RuntimeException catchProblems(String text) {
        try {
            ScenarioLoader.read(text, ScenarioTexts.SOURCE);
            throw new AssertionError("expected problems");
        } catch (InvalidInputException e) {
            return e;
        }
    }
}
