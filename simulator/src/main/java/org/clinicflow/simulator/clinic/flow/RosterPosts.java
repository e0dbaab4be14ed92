package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;

/**
 * Translates a roster into staff posts: every (MA, station) pair the roster uses over the simulated days becomes one
 * post with the MA's shifts there, in MA order, then station order. Simulated day d uses roster day d mod the cycle.
 * A shift on one of the MA's dates off is not worked (the roster repeats, leave does not).
 */
final class RosterPosts {
    private RosterPosts() {
    }

    static List<StaffPost> of(Clinic clinic, int days) {
        Map<String, Integer> maIndex = new LinkedHashMap<>();
        Map<String, MedicalAssistant> byId = new LinkedHashMap<>();
        for (MedicalAssistant m : clinic.medicalAssistants()) {
            maIndex.put(m.id(), maIndex.size());
            byId.put(m.id(), m);
        }
        Map<String, List<RosteredShift>> byPost = new LinkedHashMap<>();
        Map<String, Station> stationOf = new LinkedHashMap<>();
        for (int d = 0; d < days; d++) {
            for (ShiftAssignment a : clinic.baselineRoster().on(d)) {
                String field = "roster day " + a.day() + " " + a.maId();
                Integer ma = maIndex.get(a.maId());
                if (ma == null) {
                    throw new ModelInputException(field, "unknown MA '" + a.maId() + "'; known: " + maIndex.keySet());
                }
                if (byId.get(a.maId()).timeOff().contains(clinic.startDate().plusDays(d))) {
                    continue;
                }
                Station st = clinic.station(a.stationId()).orElseThrow(() -> new ModelInputException(field,
                        "unknown station '" + a.stationId() + "'"));
                String key = a.maId() + "\u0000" + st.id();
                stationOf.put(key, st);
                byPost.computeIfAbsent(key, k -> new ArrayList<>()).add(shift(d, a.shift()));
            }
        }
        List<StaffPost> posts = new ArrayList<>();
        for (MedicalAssistant m : clinic.medicalAssistants()) {
            for (Station st : clinic.stations()) {
                List<RosteredShift> shifts = byPost.get(m.id() + "\u0000" + st.id());
                if (shifts != null) {
                    posts.add(new StaffPost(maIndex.get(m.id()), m.id(), st, List.copyOf(shifts)));
                }
            }
        }
        return posts;
    }

    private static RosteredShift shift(int day, ShiftTemplate t) {
        double start = ClinicDays.start(day) + t.window().startMinute();
        double end = ClinicDays.start(day) + t.window().endMinute();
        double breakStart = start + t.breakStartOffsetMinutes();
        if (t.hasBreak() && !(breakStart >= start && breakStart + t.unpaidBreakMinutes() <= end)) {
            throw new ModelInputException("shiftTemplates[" + t.id() + "].breakStart",
                    "the break must fall inside the shift " + t.window());
        }
        return new RosteredShift(day, start, end, breakStart, t.hasBreak() ? t.unpaidBreakMinutes() : 0);
    }
}
