package org.clinicflow.scenarios.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.ProcedureOrder;
import org.clinicflow.simulator.clinic.ProcedureTiming;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.random.Distribution;

/** What patients come for: {@code procedures}, {@code visitTypes} and the appointment {@code templates}. */
final class CareReader {
    private CareReader() {
    }

    static List<Procedure> procedures(YamlValue section, Definitions defs) {
        List<Procedure> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "duration", "room", "timing", "requiredSkills", "supplies");
            String id = defs.procedureIds.define(item.get("id"));
            String name = item.get("name").text(id);
            Distribution duration = DistributionReader.work(item.get("duration").required());
            YamlValue roomValue = item.get("room");
            RoomKind room = roomValue.present() ? EnumWords.read(roomValue, RoomKind.class, null) : null;
            ProcedureTiming timing = EnumWords.read(item.get("timing"), ProcedureTiming.class,
                    ProcedureTiming.AFTER_PROVIDER);
            YamlValue skillsValue = item.get("requiredSkills");
            List<String> skills = skillsValue.texts();
            defs.requireSomeoneQualified(skillsValue, skills, "procedure '" + id + "'");
            Map<String, Integer> supplies = SupplyReader.uses(item.get("supplies"), defs);
            if (id != null) {
                Procedure p = new Procedure(id, name, duration, room, timing, skills, supplies);
                out.add(p);
                defs.procedures.put(id, p);
            }
        }
        return out;
    }

    static List<VisitType> visitTypes(YamlValue section, Definitions defs) {
        List<VisitType> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "name", "slotMinutes", "newPatient", "noShow", "rooming", "providerTime", "procedures",
                    "undress", "supplies");
            String id = defs.visitTypeIds.define(item.get("id"));
            String name = item.get("name").text(id);
            double slot = item.get("slotMinutes").positive(0);
            boolean newPatient = item.get("newPatient").bool(false);
            double noShow = item.get("noShow").probability(0);
            Distribution rooming = DistributionReader.work(item.get("rooming").required());
            YamlValue providerValue = item.get("providerTime").required();
            Distribution providerTime = providerValue.isWord("none") ? null : DistributionReader.work(providerValue);
            List<ProcedureOrder> orders = new ArrayList<>();
            for (YamlValue.Entry e : item.get("procedures").mapEntries("procedure ids to probabilities per visit")) {
                String procedure = defs.procedureIds.refer(e.keyValue());
                double p = e.value().probability(0);
                if (procedure == null) {
                    continue;
                }
                RoomKind room = defs.procedures.get(procedure) == null ? null : defs.procedures.get(procedure).room();
                if (room != null && !defs.roomKinds.contains(room) && YamlValue.allRead(defs.specialRoomsValue)) {
                    e.keyValue().problem("procedure '" + procedure + "' needs a " + EnumWords.word(room)
                            + " room but the scenario has none; add one under specialRooms (kind: "
                            + EnumWords.word(room) + ")" + (defs.roomKinds.isEmpty() ? ""
                            : " or change the procedure's room (rooms here: "
                            + String.join(", ", defs.roomKinds.stream().map(EnumWords::word).toList()) + ")"));
                }
                orders.add(new ProcedureOrder(procedure, p));
            }
            boolean undress = item.get("undress").bool(false);
            Map<String, Integer> supplies = SupplyReader.uses(item.get("supplies"), defs);
            if (id != null) {
                VisitType v = new VisitType(id, name, slot, newPatient, noShow, rooming, providerTime, orders, undress,
                        supplies);
                out.add(v);
                defs.visitTypes.put(id, v);
                defs.visitTypeItems.put(id, item);
            }
        }
        return out;
    }

    static List<AppointmentTemplate> templates(YamlValue section, Definitions defs) {
        List<AppointmentTemplate> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "pattern", "doubleBookedAtSessionStart", "overbookEvery", "blocks");
            String id = defs.templateIds.define(item.get("id"));
            YamlValue patternValue = item.get("pattern").required();
            List<String> pattern = new ArrayList<>();
            for (YamlValue v : patternValue.items()) {
                String visit = defs.visitTypeIds.refer(v);
                if (visit == null) {
                    continue;
                }
                VisitType type = defs.visitTypes.get(visit);
                if (type != null && type.slotMinutes() <= 0
                        && YamlValue.allRead(defs.visitTypeItems.get(visit).get("slotMinutes"))) {
                    v.problem("visit type '" + visit + "' has no slotMinutes; a template can book only visit types"
                            + " with a slot length");
                }
                pattern.add(visit);
            }
            if (patternValue.isList() && patternValue.items().isEmpty()) {
                patternValue.problem("must name at least one visit type");
            }
            int doubleBooked = item.get("doubleBookedAtSessionStart").integer(0, 0);
            int overbookEvery = item.get("overbookEvery").integer(0, 0);
            List<TimeWindow> blocks = new ArrayList<>();
            for (YamlValue b : item.get("blocks").items()) {
                TimeWindow w = CalendarSyntax.window(b);
                if (w != null) {
                    blocks.add(w);
                }
            }
            if (id != null) {
                AppointmentTemplate t = new AppointmentTemplate(id, pattern, doubleBooked, overbookEvery, blocks);
                out.add(t);
                defs.templates.put(id, t);
            }
        }
        return out;
    }
}
