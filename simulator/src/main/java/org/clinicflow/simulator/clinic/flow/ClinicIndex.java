package org.clinicflow.simulator.clinic.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.ExamRoom;
import org.clinicflow.simulator.clinic.Pod;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.VisitType;

/**
 * The clinic's elements by index (providers, pods, visit types, procedures), so the running simulation works with ints;
 * every cross-reference between them is checked here, naming the field and the ids allowed.
 */
final class ClinicIndex {
    final Clinic clinic;
    final List<Provider> providers;
    final List<Pod> pods;
    final List<VisitType> visitTypes;
    final List<Procedure> procedures;
    final int[] providerPod;
    final int[] roomPod;
    private final Map<String, Integer> providerIds;
    private final Map<String, Integer> podIds;
    private final Map<String, Integer> visitTypeIds;
    private final Map<String, Integer> procedureIds;

    ClinicIndex(Clinic clinic) {
        this.clinic = clinic;
        providers = clinic.providers();
        pods = clinic.pods();
        visitTypes = clinic.visitTypes();
        procedures = clinic.procedures();
        providerIds = ids(providers, Provider::id, "providers");
        podIds = ids(pods, Pod::id, "pods");
        visitTypeIds = ids(visitTypes, VisitType::id, "visitTypes");
        procedureIds = ids(procedures, Procedure::id, "procedures");
        providerPod = new int[providers.size()];
        for (int i = 0; i < providerPod.length; i++) {
            Provider p = providers.get(i);
            providerPod[i] = pod(p.podId(), "providers[" + p.id() + "].pod");
            if (p.templateId() != null && clinic.template(p.templateId()).isEmpty()) {
                throw new ModelInputException("providers[" + p.id() + "].template",
                        "unknown appointment template '" + p.templateId() + "'");
            }
        }
        List<ExamRoom> rooms = clinic.examRooms();
        roomPod = new int[rooms.size()];
        for (int i = 0; i < roomPod.length; i++) {
            roomPod[i] = pod(rooms.get(i).podId(), "examRooms[" + rooms.get(i).id() + "].pod");
        }
        for (VisitType v : visitTypes) {
            v.procedures().forEach(o -> procedure(o.procedureId(), "visitTypes[" + v.id() + "].procedures"));
        }
    }

    int visitType(String id, String field) {
        return lookup(visitTypeIds, id, field, "visit type");
    }

    int procedure(String id, String field) {
        return lookup(procedureIds, id, field, "procedure");
    }

    int provider(String id, String field) {
        return lookup(providerIds, id, field, "provider");
    }

    /** The pod's index; -1 for no pod (null). */
    int pod(String id, String field) {
        return id == null ? -1 : lookup(podIds, id, field, "pod");
    }

    private static int lookup(Map<String, Integer> ids, String id, String field, String what) {
        Integer i = ids.get(id);
        if (i == null) {
            throw new ModelInputException(field, "unknown " + what + " '" + id + "'; known: " + ids.keySet());
        }
        return i;
    }

    private static <T> Map<String, Integer> ids(List<T> items, Function<T, String> id, String field) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (m.put(id.apply(items.get(i)), i) != null) {
                throw new ModelInputException(field, "id '" + id.apply(items.get(i)) + "' is used twice");
            }
        }
        return m;
    }
}
