package org.clinicflow.scenarios.scenario;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.ExamRoom;
import org.clinicflow.simulator.clinic.Pod;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.SpecialRoom;

/**
 * Pods and rooms: {@code pods} (ids, or maps with id and name), {@code examRooms} (a count per pod, or a list of rooms
 * with id and pod) and {@code specialRooms} (id and kind).
 */
final class FacilityReader {
    /** Exam rooms in one pod. */
    static final int MAX_ROOMS_PER_POD = 500;

    private FacilityReader() {
    }

    static List<Pod> pods(YamlValue section, Definitions defs) {
        List<Pod> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            if (item.isMap()) {
                item.fields("id", "name");
                String id = defs.pods.define(item.get("id"));
                String name = item.get("name").text(id);
                if (id != null) {
                    out.add(new Pod(id, name));
                }
            } else {
                String id = defs.pods.define(item);
                if (id != null) {
                    out.add(new Pod(id, id));
                }
            }
        }
        return out;
    }

    static List<ExamRoom> examRooms(YamlValue section, Definitions defs) {
        List<ExamRoom> out = new ArrayList<>();
        if (section.isMap()) {
            for (YamlValue.Entry e : section.mapEntries("pods to room counts, e.g. {a: 5, b: 5}")) {
                String pod = defs.pods.refer(e.keyValue());
                int count = e.value().integer(0, MAX_ROOMS_PER_POD, 0);
                for (int i = 1; pod != null && i <= count; i++) {
                    String id = defs.examRoomIds.define(e.value(), pod + "-exam-" + i);
                    if (id != null) {
                        out.add(new ExamRoom(id, pod));
                    }
                }
            }
        } else {
            for (YamlValue item : section.items()) {
                item.fields("id", "pod");
                String id = defs.examRoomIds.define(item.get("id"));
                String pod = defs.pods.refer(item.get("pod").required());
                if (id != null && pod != null) {
                    out.add(new ExamRoom(id, pod));
                }
            }
        }
        out.forEach(r -> defs.examRoomsPerPod.merge(r.podId(), 1, Integer::sum));
        return out;
    }

    static List<SpecialRoom> specialRooms(YamlValue section, Definitions defs) {
        List<SpecialRoom> out = new ArrayList<>();
        for (YamlValue item : section.items()) {
            item.fields("id", "kind");
            RoomKind kind = EnumWords.read(item.get("kind").required(), RoomKind.class, null);
            YamlValue idValue = item.get("id");
            String id = idValue.present() ? defs.specialRoomIds.define(idValue)
                    : kind == null ? null : defs.specialRoomIds.define(item, EnumWords.word(kind));
            if (id != null && kind != null) {
                out.add(new SpecialRoom(id, kind));
                defs.roomKinds.add(kind);
            }
        }
        return out;
    }
}
