package org.clinicflow.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;

/** A small valid scenario to break on purpose, and helpers to find the problems reported for it. */
final class ScenarioTexts {
    static final String SOURCE = "clinic.yaml";

    static final String VALID = """
            name: tiny
            practiceType: family-medicine
            startDate: 2026-01-05
            openingHours:
              mon-fri: 08:00-17:00
            pods: [a]
            examRooms: {a: 2}
            specialRooms:
              - {id: lab, kind: lab}
            providers:
              - id: dr-a
                pod: a
                template: standard
                sessions:
                  mon-fri: [08:00-12:00, 13:00-17:00]
            templates:
              - id: standard
                pattern: [visit]
            visitTypes:
              - id: visit
                slotMinutes: 15
                noShow: 0.1
                rooming: lognormal(7.5, 3)
                providerTime: lognormal(16.5, 9.2)
                procedures:
                  venipuncture: 0.15
            procedures:
              - id: venipuncture
                duration: normal(4.3, 0.9)
                room: lab
                requiredSkills: [phlebotomy]
            medicalAssistants:
              - id: ana
                credential: CMA
                skills: [phlebotomy]
                wage: 20
                availability:
                  mon-fri: 07:00-18:00
                timeOff: [2026-02-02]
              - id: ben
                wage: 19
            stations:
              - {id: pod-a, kind: pod, pod: a}
              - {id: lab, kind: lab, requiredSkills: [phlebotomy]}
            shiftTemplates:
              - {id: day, time: 08:00-17:00, unpaidBreakMinutes: 60}
            baselineRoster:
              shifts:
                ana:
                  mon-fri: day@lab
                ben:
                  mon-fri: day@pod-a
            """;

    private ScenarioTexts() {
    }

    /** The valid text with {@code from} replaced by {@code to} (which must occur exactly once). */
    static String replace(String from, String to) {
        int at = VALID.indexOf(from);
        if (at < 0 || VALID.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException("'" + from + "' must occur once in the test scenario");
        }
        return VALID.replace(from, to);
    }

    /** Every problem reading {@code text} reports (empty if it reads). */
    static List<InvalidInputException> problems(String text) {
        try {
            ScenarioLoader.read(text, SOURCE);
            return List.of();
        } catch (InvalidInputFileException e) {
            return e.problems();
        } catch (InvalidInputException e) {
            return List.of(e);
        }
    }

    /** The 1-based line of the first occurrence of {@code snippet} in {@code text}. */
    static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        if (at < 0) {
            throw new IllegalArgumentException("'" + snippet + "' is not in the text");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /**
     * Asserts that reading {@code text} reports a problem in {@code field}, on the line holding {@code lineSnippet},
     * whose message contains every one of {@code parts}; returns it.
     */
    static InvalidInputException assertProblem(String text, String field, String lineSnippet, String... parts) {
        List<InvalidInputException> found = problems(text);
        int line = lineOf(text, lineSnippet);
        for (InvalidInputException p : found) {
            if (field.equals(p.field()) && p.line() == line) {
                for (String part : parts) {
                    assertTrue(p.problem().contains(part), () -> "message '" + p.getMessage() + "' lacks '" + part + "'");
                }
                assertTrue(p.getMessage().startsWith(SOURCE + ":" + line + ":"), p.getMessage());
                return p;
            }
        }
        return fail("no problem at " + field + " on line " + line + "; reported:\n"
                + String.join("\n", found.stream().map(InvalidInputException::getMessage).toList()));
    }
}
