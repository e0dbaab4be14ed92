package org.clinicflow.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.junit.jupiter.api.Test;

/** {@code --set} and {@code --unset}: paths by key, index and id, weekday keys, new items, and errors that name them. */
class ScenarioOverridesTest {
    private static Clinic familyMedicine(String... sets) {
        return ScenarioLoader.load("family-medicine", Arrays.stream(sets).map(ScenarioOverride::parseSet).toList())
                .clinic();
    }

    private static InvalidInputException failure(List<ScenarioOverride> overrides) {
        return assertThrows(InvalidInputException.class, () -> ScenarioLoader.load("family-medicine", overrides));
    }

    private static InvalidInputException failure(String set) {
        return failure(List.of(ScenarioOverride.parseSet(set)));
    }

    @Test
    void noOverridesReadTheScenarioAsItIs() {
        assertEquals(ScenarioLoader.load("family-medicine").clinic(), familyMedicine());
    }

    @Test
    void aListItemIsFoundByIdAndOnlyItChanges() {
        Clinic c = familyMedicine("visitTypes[established].noShow=0.2", "providers[dr-kim].examTimeFactor=1.25");
        assertEquals(0.2, c.visitType("established").orElseThrow().noShowProbability());
        assertEquals(0.12, c.visitType("new-patient").orElseThrow().noShowProbability(), "others keep theirs");
        assertEquals(1.25, c.provider("dr-kim").orElseThrow().examTimeFactor());
        assertEquals(1.0, c.provider("dr-okafor").orElseThrow().examTimeFactor());
    }

    @Test
    void aListItemIsFoundByIndexAndAMapKeyByName() {
        Clinic c = familyMedicine("providers[3].examTimeFactor=0.8", "examRooms.a=6",
                "medicalAssistants[ben].credential=CMA");
        assertEquals(0.8, c.provider("dr-kim").orElseThrow().examTimeFactor(), "providers[3] is dr-kim");
        assertEquals(6, c.examRooms().stream().filter(r -> r.podId().equals("a")).count());
        assertEquals(5, c.examRooms().stream().filter(r -> r.podId().equals("b")).count());
        assertEquals(Credential.CMA, c.medicalAssistant("ben").orElseThrow().credential());
    }

    @Test
    void theLastOverrideOfAPathWins() {
        assertEquals(7, familyMedicine("examRooms.a=6", "examRooms.a=7").examRooms().stream()
                .filter(r -> r.podId().equals("a")).count());
    }

    @Test
    void aWeekdayKeyReplacesWhatTheMapSaidForThoseDays() {
        Clinic c = familyMedicine("openingHours.mon-fri=07:00-19:00", "walkIns.perDay.wed=3");
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            assertEquals(new TimeWindow(LocalTime.of(7, 0), LocalTime.of(19, 0)), c.openingHours().on(d).orElseThrow());
        }
        // perDay was {mon: 7, tue-fri: 6}: wed is taken out of tue-fri, which keeps tue, thu and fri.
        assertEquals(7.0, c.walkIns().perDay().get(DayOfWeek.MONDAY));
        assertEquals(6.0, c.walkIns().perDay().get(DayOfWeek.TUESDAY));
        assertEquals(3.0, c.walkIns().perDay().get(DayOfWeek.WEDNESDAY));
        assertEquals(6.0, c.walkIns().perDay().get(DayOfWeek.FRIDAY));

        Clinic all = familyMedicine("walkIns.perDay.mon-fri=8");
        assertEquals(List.of(8.0), all.walkIns().perDay().values().stream().distinct().toList());
    }

    @Test
    void unsetRemovesAKeyOrAWeekdayFromARange() {
        Clinic c = ScenarioLoader.load("family-medicine", List.of(ScenarioOverride.unset("baselineRoster.shifts.hannah"),
                ScenarioOverride.unset("walkIns.perDay.fri"))).clinic();
        assertTrue(c.baselineRoster().assignments().stream().noneMatch(a -> a.maId().equals("hannah")));
        assertTrue(c.medicalAssistant("hannah").isPresent(), "off the roster, still on the team");
        assertEquals(6.0, c.walkIns().perDay().get(DayOfWeek.THURSDAY));
        assertEquals(null, c.walkIns().perDay().get(DayOfWeek.FRIDAY), "tue-fri became tue-thu");
    }

    @Test
    void plusAddsAnItemThatTheRosterCanUse() {
        Clinic c = familyMedicine("medicalAssistants[+]={id: extra, wage: 22, skills: [injections]}",
                "baselineRoster.shifts.extra={mon-fri: day@float}");
        assertEquals(10, c.medicalAssistants().size());
        List<ShiftAssignment> extra = c.baselineRoster().assignments().stream()
                .filter(a -> a.maId().equals("extra")).toList();
        assertEquals(5, extra.size());
        assertTrue(extra.stream().allMatch(a -> a.stationId().equals("float") && a.shift().id().equals("day")));
    }

    @Test
    void aMissingMapOnTheWayIsCreated() {
        Clinic c = familyMedicine("medicalAssistants[grace].preferences.usualPods=[b]");
        assertEquals(java.util.Set.of("b"), c.medicalAssistant("grace").orElseThrow().preferences().usualPods());
    }

    @Test
    void anOverrideThroughAnAliasLeavesTheAliasOtherUsesAlone() {
        String text = ScenarioTexts.VALID
                .replace("    rooming: lognormal(7.5, 3)\n", "    rooming: &r {distribution: lognormal, mean: 7.5, sd: 3}\n")
                .replace("procedures:\n  - id: venipuncture",
                        "  - {id: other, rooming: *r, providerTime: 10}\nprocedures:\n  - id: venipuncture");
        Clinic c = ScenarioLoader.read(text, "alias.yaml", List.of(ScenarioOverride.parseSet("visitTypes[visit].rooming.mean=9")));
        assertEquals(9.0, c.visitType("visit").orElseThrow().rooming().mean(), 1e-9);
        assertEquals(7.5, c.visitType("other").orElseThrow().rooming().mean(), 1e-9);
    }

    @Test
    void anUnknownIdNamesTheOverrideAndTheClosestId() {
        InvalidInputException e = failure("visitTypes[establshed].noShow=0.2");
        assertEquals("--set visitTypes[establshed].noShow=0.2", e.source());
        assertTrue(e.problem().contains("no item with id 'establshed' (did you mean 'established'?)"), e.problem());
        assertTrue(e.problem().contains("new-patient, established, annual-physical, same-day"), e.problem());
    }

    @Test
    void anUnknownKeyIsReportedByTheReaderAgainstTheOverride() {
        InvalidInputException e = failure("visitTypes[established].noShw=0.2");
        assertEquals("--set visitTypes[established].noShw=0.2", e.source());
        assertEquals(0, e.line(), "an override has no line in the file");
        assertTrue(e.problem().contains("unknown key 'noShw' (did you mean 'noShow'?)"), e.problem());
    }

    @Test
    void aBadValueGetsTheSameCheckAsInAFile() {
        InvalidInputException e = failure("visitTypes[established].noShow=1.5");
        assertEquals("--set visitTypes[established].noShow=1.5", e.source());
        assertEquals("visitTypes[1].noShow", e.field());
        assertTrue(e.problem().startsWith("must be a probability between 0 and 1"), e.problem());

        InvalidInputException nested = failure("baselineRoster.shifts.ana={mon-fri: erly@pod-a}");
        assertEquals("--set baselineRoster.shifts.ana={mon-fri: erly@pod-a}", nested.source());
        assertTrue(nested.problem().contains("unknown shift template 'erly' (did you mean 'early'?)"),
                nested.problem());
    }

    @Test
    void pathsThatDoNotFitTheTreeSayHowToWriteThem() {
        assertTrue(failure("visitTypes.noShow=0.2").problem().contains("is a list: pick an item by index or id, e.g."
                + " visitTypes[0].noShow or visitTypes[new-patient].noShow"));
        assertTrue(failure("providers[9].template=x").problem().contains("has 6 items, [0] to [5]"));
        assertTrue(failure("name.first=x").problem().contains("is the value 'family-medicine', not a map or a list"));
        assertTrue(failure("examRooms[+]=3").problem().contains("is a map; [+] adds items to lists"));
        InvalidInputException unset = failure(List.of(ScenarioOverride.unset("baselineRoster.shifts.hanah")));
        assertEquals("--unset baselineRoster.shifts.hanah", unset.source());
        assertTrue(unset.problem().contains("nothing to remove (did you mean 'hannah'?)"), unset.problem());
    }

    @Test
    void malformedOverridesAreRefusedBeforeAnyReading() {
        for (String bad : List.of("examRooms.a", "examRooms.a=", "examRooms[a=3", "examRooms..a=3", ".a=3",
                "medicalAssistants[+].wage=3", "visitTypes[]=3")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioOverride.parseSet(bad),
                    bad);
            assertTrue(e.source().startsWith("--set "), e.getMessage());
        }
        assertTrue(assertThrows(InvalidInputException.class, () -> ScenarioOverride.parseSet("examRooms.a="))
                .problem().contains("--unset examRooms.a"));
    }

    @Test
    void everyBrokenOverrideIsReportedAtOnce() {
        List<ScenarioOverride> overrides = new ArrayList<>();
        overrides.add(ScenarioOverride.parseSet("visitTypes[nope].noShow=0.2"));
        overrides.add(ScenarioOverride.parseSet("providers[99].template=x"));
        InvalidInputException e = failure(overrides);
        assertTrue(e instanceof InvalidInputFileException many && many.problems().size() == 2, e.getMessage());
    }

    @Test
    void problemsInTheFileStillPointAtTheirLine() {
        String text = ScenarioTexts.replace("noShow: 0.1", "noShow: 2");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioLoader.read(text,
                ScenarioTexts.SOURCE, List.of(ScenarioOverride.parseSet("examRooms.a=3"))));
        assertEquals(ScenarioTexts.SOURCE, e.source());
        assertTrue(e.line() > 0);
    }
}
