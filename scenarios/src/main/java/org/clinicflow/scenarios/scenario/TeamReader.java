package org.clinicflow.scenarios.scenario;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.TimeWindow;

/**
 * {@code medicalAssistants}: credential, skills, wage, contract ({@code full-time}, {@code part-time} or a map),
 * availability per weekday (default: any time on the days the clinic is open), dates off and preferences.
 */
final class TeamReader {
    /** A full-time contract: 40 hours a week. */
    static final Contract FULL_TIME = new Contract(true, 40, 40);
    /** A part-time contract: 20 hours a week, up to 30. */
    static final Contract PART_TIME = new Contract(false, 20, 30);

    static final double HOURS_IN_A_WEEK = 168;

    private static final Map<String, Credential> CREDENTIALS = new LinkedHashMap<>();

    static {
        CREDENTIALS.put("none", Credential.NONE);
        CREDENTIALS.put("CMA", Credential.CMA);
        CREDENTIALS.put("RMA", Credential.RMA);
        CREDENTIALS.put("CCMA", Credential.CCMA);
    }

    private TeamReader() {
    }

    static List<MedicalAssistant> medicalAssistants(YamlValue section, Definitions defs) {
        List<MedicalAssistant> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "credential", "skills", "wage", "contract", "availability", "timeOff",
                    "preferences");
            String id = defs.maIds.define(item.get("id"));
            String name = item.get("name").text(id);
            String credentialWord = item.get("credential").oneOf(CREDENTIALS.keySet(), "none");
            Credential credential = CREDENTIALS.get(credentialWord);
            Set<String> skills = skills(item.get("skills"));
            double wage = item.get("wage").required().positive(1);
            Contract contract = contract(item.get("contract"));
            Map<DayOfWeek, TimeWindow> availability = availability(item.get("availability"), defs);
            Set<LocalDate> timeOff = new LinkedHashSet<>();
            for (YamlValue d : item.get("timeOff").items()) {
                timeOff.addAll(CalendarSyntax.dates(d));
            }
            Preferences preferences = preferences(item.get("preferences"), defs);
            if (id != null) {
                MedicalAssistant ma = new MedicalAssistant(id, name, credential, skills, BigDecimal.valueOf(wage),
                        contract, availability, timeOff, preferences);
                out.add(ma);
                defs.team.put(id, ma);
                defs.maItems.put(id, item);
            }
        }
        return out;
    }

    private static Set<String> skills(YamlValue list) {
        Set<String> skills = new LinkedHashSet<>();
        for (YamlValue v : list.items()) {
            String s = v.text(null);
            if (s == null) {
                continue;
            }
            if (s.equals(Credential.CREDENTIALED) || CREDENTIALS.containsKey(s) && !s.equals("none")) {
                v.problem("'" + s + "' comes with a credential, not a skill: set credential: CMA, RMA or CCMA instead");
            } else if (!skills.add(s)) {
                v.problem("skill '" + s + "' is listed twice");
            }
        }
        return skills;
    }

    private static Contract contract(YamlValue v) {
        if (!v.present()) {
            return FULL_TIME;
        }
        if (!v.isMap()) {
            String word = v.oneOf(List.of("full-time", "part-time"), "full-time");
            return word.equals("part-time") ? PART_TIME : FULL_TIME;
        }
        v.fields("fullTime", "targetHours", "maxHours");
        boolean fullTime = v.get("fullTime").bool(true);
        Contract base = fullTime ? FULL_TIME : PART_TIME;
        double target = v.get("targetHours").positiveAtMost(HOURS_IN_A_WEEK, "hours a week",
                base.targetHoursPerWeek());
        YamlValue maxValue = v.get("maxHours");
        double max = maxValue.positiveAtMost(HOURS_IN_A_WEEK, "hours a week", Math.max(target,
                base.maxHoursPerWeek()));
        if (max < target) {
            maxValue.problem("must be at least targetHours (" + YamlValue.fmt(target) + "), got " + YamlValue.fmt(max));
        }
        return new Contract(fullTime, target, Math.max(max, target));
    }

    private static Map<DayOfWeek, TimeWindow> availability(YamlValue v, Definitions defs) {
        if (!v.present()) {
            Map<DayOfWeek, TimeWindow> any = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : defs.openingHours.openDays()) {
                any.put(d, new TimeWindow(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
            }
            return any;
        }
        return CalendarSyntax.byWeekday(v, w -> w.isWord("off") ? null : CalendarSyntax.window(w));
    }

    private static Preferences preferences(YamlValue v, Definitions defs) {
        if (!v.present()) {
            return Preferences.none();
        }
        v.fields("desiredDays", "undesiredDays", "desiredShifts", "undesiredShifts", "usualPods");
        return new Preferences(CalendarSyntax.weekdayList(v.get("desiredDays")),
                CalendarSyntax.weekdayList(v.get("undesiredDays")), defs.shiftIds.referAll(v.get("desiredShifts")),
                defs.shiftIds.referAll(v.get("undesiredShifts")), defs.pods.referAll(v.get("usualPods")));
    }
}
