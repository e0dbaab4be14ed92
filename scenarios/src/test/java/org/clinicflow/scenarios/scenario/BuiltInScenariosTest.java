package org.clinicflow.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.queueing.QueueingFormulas;
import org.clinicflow.simulator.random.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in scenarios load, carry their sources, and describe the clinics they claim to. */
class BuiltInScenariosTest {

    static Stream<String> names() {
        return ScenarioLibrary.names().stream();
    }

    static Clinic clinic(String name) {
        return ScenarioLoader.load(name).clinic();
    }

    @Test
    void theLibraryListsExactlyTheFilesInTheJar() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(ScenarioFiles.RESOURCES.resolve("scenarios"))) {
            files = s.map(p -> p.getFileName().toString().replace(".yaml", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(ScenarioLibrary.names()));
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachLoadsAsThePracticeItIsNamedFor(String name) {
        Clinic c = clinic(name);
        assertEquals(name, c.name());
        String type = name.equals("plain-queue-mmc") ? "PLAIN_QUEUE" : name.toUpperCase().replace('-', '_');
        assertEquals(PracticeType.valueOf(type), c.practiceType());
        assertEquals(name + " (built-in)", ScenarioLoader.load(name).source());
        assertFalse(c.baselineRoster().assignments().isEmpty());
    }

    private static final Pattern FIGURE = Pattern.compile(
            "^\\s*-?\\s*\\{?\\s*(rooming|providerTime|noShow|duration|lateProbability|perDay|perProviderDay|examRooms):"
                    + "\\s*(?!none)");

    @ParameterizedTest
    @MethodSource("names")
    void everyFigureCitesItsSource(String name) {
        List<String> uncited = new ArrayList<>();
        List<String> lines = ScenarioLibrary.text(name).orElseThrow().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = FIGURE.matcher(line);
            boolean cited = line.contains("[S") || line.contains("[E");
            if (m.find() && !cited && !name.equals("plain-queue-mmc")) {
                uncited.add((i + 1) + ": " + line.strip());
            }
        }
        assertEquals(List.of(), uncited, name + ": figures without [S] or [E]");
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyProviderSessionHasAnAssistantInItsPod(String name) {
        Clinic c = clinic(name);
        List<String> uncovered = new ArrayList<>();
        for (Provider p : c.providers()) {
            for (DayOfWeek day : p.sessions().keySet()) {
                int cycleDay = day.getValue() - 1;
                boolean covered = c.baselineRoster().on(cycleDay).stream().map(a -> c.station(a.stationId()).orElseThrow())
                        .anyMatch(s -> p.podId().equals(s.podId()) || s.kind() == StationKind.TRIAGE);
                if (!covered) {
                    uncovered.add(p.id() + " on " + day);
                }
            }
        }
        assertEquals(List.of(), uncovered, name + ": provider sessions without an MA in their pod");
    }

    @Test
    void familyMedicineIsTheSixProviderBenchmarkClinic() {
        Clinic c = clinic("family-medicine");
        assertEquals(6, c.providers().size());
        assertEquals(15, c.examRooms().size(), "2.5 exam rooms per provider");
        assertEquals(OvertimeRule.CALIFORNIA, c.payRules().overtime());
        Set<Credential> credentials = c.medicalAssistants().stream().map(MedicalAssistant::credential)
                .collect(Collectors.toSet());
        assertTrue(credentials.contains(Credential.NONE) && credentials.contains(Credential.CMA), "CMAs and uncertified");
        assertEquals(List.of("phlebotomy"), c.procedure("venipuncture").orElseThrow().requiredSkills());
        assertTrue(c.adminTasks().stream().anyMatch(t -> t.requiredSkills().contains(Credential.CREDENTIALED)));
        Set<String> windows = c.shiftTemplates().stream().map(t -> t.window().toString()).collect(Collectors.toSet());
        assertTrue(windows.containsAll(Set.of("07:30-16:00", "08:00-17:00", "09:00-18:00", "12:00-20:30")), windows::toString);
        assertTrue(c.shiftTemplates().stream().anyMatch(t -> t.paidHours() == 4), "4-hour part-time blocks");
        c.supplies().forEach(s -> assertTrue(s.reorderPoint() > 0 && s.reorderPoint() < s.initialStock(), s.id()));
        // About one MA per provider in the pods, as 57% of primary-care practices staff [S: Ann Fam Med 2024].
        long podMas = c.baselineRoster().on(0).stream()
                .filter(a -> c.station(a.stationId()).orElseThrow().kind() == StationKind.POD).count();
        assertEquals(6, podMas);
        ScenarioSummary s = ScenarioSummary.of(c);
        double providerDays = c.providers().stream().flatMap(p -> p.sessions().values().stream())
                .mapToDouble(w -> w.stream().mapToDouble(TimeWindow::minutes).sum() / 480).sum();
        double perProviderDay = s.bookedVisitsPerWeek() / providerDays;
        assertTrue(perProviderDay > 20 && perProviderDay < 24,
                "booked per provider-day " + perProviderDay + ": ~20 seen after 12% no-shows [S: AAFP, MGMA]");
    }

    @Test
    void internalMedicineRequiresACredentialForInjectionsAndBloodDraws() {
        Clinic c = clinic("internal-medicine");
        assertTrue(c.procedure("injection").orElseThrow().requiredSkills().contains(Credential.CREDENTIALED));
        assertTrue(c.procedure("venipuncture").orElseThrow().requiredSkills().contains(Credential.CREDENTIALED));
    }

    @Test
    void urgentCareIsOpenSevenDaysForAboutThirtyTwoWalkInsADay() {
        Clinic c = clinic("urgent-care");
        assertEquals(7, c.openingHours().openDays().size());
        assertEquals(TimeWindow.of("08:00", "20:00"), c.openingHours().on(DayOfWeek.WEDNESDAY).orElseThrow());
        assertEquals(TimeWindow.of("08:00", "19:00"), c.openingHours().on(DayOfWeek.SUNDAY).orElseThrow());
        assertTrue(c.providers().stream().allMatch(p -> p.templateId() == null && p.acceptsWalkIns()), "walk-ins only");
        assertTrue(c.templates().isEmpty());
        double perDay = c.walkIns().perDay().values().stream().mapToDouble(Double::doubleValue).sum() / 7;
        assertEquals(32, perDay, 1.0, "32-33 visits a day in a mature centre [S: JUCM]");
        List<Double> sourced = List.of(1.0, 1.2, 3.9, 4.6, 6.5, 11.6, 13.8, 8.0, 7.2, 5.3, 5.1, 12.7, 7.9, 5.1, 2.3,
                1.8, 1.0, 0.9);
        assertEquals(sourced, c.walkIns().hourlyShare().subList(6, 24));
        assertEquals(OvertimeRule.ALASKA, c.payRules().overtime());
    }

    @Test
    void thePlainQueueIsAnMmcQueueWhoseTheoryMatchesItsComment() {
        Clinic c = clinic("plain-queue-mmc");
        assertTrue(c.providers().isEmpty() && c.examRooms().isEmpty() && c.templates().isEmpty());
        assertNull(c.frontDesk());
        assertNull(c.turnover());
        assertNull(c.walkIns().patience());
        assertEquals(1, c.stations().size());
        assertEquals(1, c.visitTypes().size());
        assertFalse(c.visitTypes().get(0).seesProvider());
        assertTrue(c.visitTypes().get(0).procedures().isEmpty());
        Distribution service = c.visitTypes().get(0).rooming();
        assertEquals(new Distribution.Exponential(7.5), service);
        assertEquals(Set.of(1.0), Set.copyOf(c.walkIns().hourlyShare()), "a constant rate");
        assertTrue(c.openingHours().openDays().stream().allMatch(d -> c.openingHours().on(d).orElseThrow().minutes() == 1440));
        double perHour = c.walkIns().perDay().get(DayOfWeek.MONDAY) / 24;
        for (int day = 0; day < 7; day++) {
            List<ShiftAssignment> on = c.baselineRoster().on(day);
            assertEquals(3, on.size());
            on.forEach(a -> assertEquals(1440, a.shift().window().minutes()));
        }
        double wait = QueueingFormulas.mmcMeanWait(perHour / 60, service.mean(), 3);
        double pWait = QueueingFormulas.erlangC(3, perHour / 60 * service.mean());
        String text = ScenarioLibrary.text("plain-queue-mmc").orElseThrow();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "Wq = %.3f min", wait)), "Wq " + wait);
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "P(wait) = %.4f", pWait)), "P(wait) " + pWait);
    }

    @Test
    void shiftBreaksDefaultSensibly() {
        Clinic c = ScenarioLoader.read(ScenarioTexts.VALID.replace("  - {id: day, time: 08:00-17:00, unpaidBreakMinutes: 60}",
                "  - {id: day, time: 08:00-17:00, unpaidBreakMinutes: 60}\n  - {id: long, time: 07:00-15:30}\n"
                        + "  - {id: short, time: 08:00-12:00}"), "clinic.yaml");
        ShiftTemplate longShift = c.shiftTemplate("long").orElseThrow();
        assertEquals(30, longShift.unpaidBreakMinutes());
        assertEquals(LocalTime.of(11, 0), LocalTime.of(7, 0).plusMinutes((long) longShift.breakStartOffsetMinutes()));
        assertEquals(0, c.shiftTemplate("short").orElseThrow().unpaidBreakMinutes());
    }

    @Test
    void bookedVisitsFollowTheTemplate() {
        Clinic fm = clinic("family-medicine");
        var template = fm.template("primary-care").orElseThrow();
        // 08:00-11:30 holds 30+15+15+15+30+15+15+15 (150 min) + 30+15+15 = 11 slots before the 11:30 block.
        assertEquals(11, ScenarioSummary.bookedVisits(fm, template, TimeWindow.of("08:00", "12:00")));
        Clinic alt = ScenarioLoader.read(ScenarioFiles.all().get("alternative-forms.yaml"), "alt");
        // 540 minutes of 20, 20, 10-minute slots: 10 rounds (500 min) and two more 20s = 32 slots; one double-booked
        // at the start and one extra every 6th slot.
        assertEquals(32 + 1 + 5, ScenarioSummary.bookedVisits(alt, alt.template("t").orElseThrow(),
                TimeWindow.of("08:00", "17:00")));
    }

    @Test
    void stationsOfEveryBuiltInCanBeStaffedByItsTeam() {
        for (String name : ScenarioLibrary.names()) {
            Clinic c = clinic(name);
            for (Station s : c.stations()) {
                assertTrue(c.medicalAssistants().stream().anyMatch(m -> m.canDo(s.requiredSkills())), name + " " + s.id());
            }
        }
    }

    @Test
    void loadingByPathReadsTheFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, ScenarioTexts.VALID);
        LoadedScenario s = ScenarioLoader.load(file.toString());
        assertEquals(file.toString(), s.source());
        assertEquals("tiny", s.clinic().name());
    }
}
