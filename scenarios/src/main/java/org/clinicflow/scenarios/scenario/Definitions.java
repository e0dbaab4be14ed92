package org.clinicflow.scenarios.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.clinic.WeeklyHours;

/**
 * What a scenario has defined so far while it is read, section by section in dependency order, so that later sections
 * can check their references and scope-of-practice rules at the line where they are written.
 */
final class Definitions {
    final Ids pods = new Ids("pod", "pods");
    final Ids examRoomIds = new Ids("exam room", "examRooms");
    final Ids specialRoomIds = new Ids("special room", "specialRooms");
    final Ids supplies = new Ids("supply item", "supplies");
    final Ids procedureIds = new Ids("procedure", "procedures");
    final Ids visitTypeIds = new Ids("visit type", "visitTypes");
    final Ids templateIds = new Ids("appointment template", "templates");
    final Ids providerIds = new Ids("provider", "providers");
    final Ids adminTaskIds = new Ids("admin task", "adminWork");
    final Ids maIds = new Ids("medical assistant", "medicalAssistants");
    final Ids stationIds = new Ids("station", "stations");
    final Ids shiftIds = new Ids("shift template", "shiftTemplates");

    WeeklyHours openingHours = new WeeklyHours(Map.of());
    LocalDate startDate;
    final Set<RoomKind> roomKinds = EnumSet.noneOf(RoomKind.class);
    final Map<String, Integer> examRoomsPerPod = new LinkedHashMap<>();
    final Map<String, Procedure> procedures = new LinkedHashMap<>();
    final Map<String, VisitType> visitTypes = new LinkedHashMap<>();
    final Map<String, AppointmentTemplate> templates = new LinkedHashMap<>();
    final List<Provider> providers = new ArrayList<>();
    final Map<String, MedicalAssistant> team = new LinkedHashMap<>();
    final Map<String, Station> stations = new LinkedHashMap<>();
    final Map<String, ShiftTemplate> shiftTemplates = new LinkedHashMap<>();

    /**
     * Reports at {@code at} when no MA on the team holds every skill in {@code required}: the work could never be
     * done. Credentials count as skills ({@code credentialed}, {@code CMA}...).
     */
    void requireSomeoneQualified(YamlValue at, Collection<String> required, String work) {
        if (required.isEmpty() || team.isEmpty()) {
            return;
        }
        for (MedicalAssistant ma : team.values()) {
            if (ma.allSkills().containsAll(required)) {
                return;
            }
        }
        Set<String> held = new TreeSet<>();
        team.values().forEach(ma -> held.addAll(ma.allSkills()));
        List<String> missing = required.stream().filter(s -> !held.contains(s)).toList();
        at.problem(work + " requires " + required + " but no medical assistant "
                + (missing.isEmpty() ? "holds all of them at once" : "holds " + String.join(", ", missing))
                + "; skills on the team: " + String.join(", ", held)
                + " (a credential CMA, RMA or CCMA also gives 'credentialed')");
    }
}
