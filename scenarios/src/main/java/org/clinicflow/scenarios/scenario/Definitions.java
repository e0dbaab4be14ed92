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
    /**
     * Where some definitions were read, so that a check comparing values across sections can skip when one it depends
     * on failed to read ({@link YamlValue#failed()}): one mistake is then reported once, not again as its consequences.
     */
    YamlValue openingHoursValue;
    YamlValue examRoomsValue;
    YamlValue specialRoomsValue;
    final Map<String, YamlValue> visitTypeItems = new LinkedHashMap<>();
    final Map<String, YamlValue> maItems = new LinkedHashMap<>();
    final Map<String, YamlValue> stationItems = new LinkedHashMap<>();
    final List<YamlValue> providerItems = new ArrayList<>();
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
        if (required.isEmpty() || team.isEmpty() || !teamSkillsRead()) {
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

    /** True when every MA's id, skills and credential were read, so what the team can do is known. */
    boolean teamSkillsRead() {
        return !maIds.incomplete() && maItems.values().stream().allMatch(ma -> YamlValue.allRead(ma.get("skills"),
                ma.get("credential")));
    }

    /** The MA's skills and credential were read (an MA not defined here counts as read: it is reported elsewhere). */
    boolean skillsRead(String maId) {
        YamlValue ma = maItems.get(maId);
        return ma == null || YamlValue.allRead(ma.get("skills"), ma.get("credential"));
    }

    /** The value a station's or MA's weekly hours come from: its own key if given, else the opening hours. */
    YamlValue hoursSource(YamlValue own) {
        return own.present() ? own : openingHoursValue;
    }
}
