package org.clinicflow.simulator.clinic;

import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.random.Distribution;

/**
 * A kind of visit (new patient, established, well child, procedure visit...): its appointment slot length, whether
 * the patient is new (longer check-in), its no-show probability, the MA rooming time, the provider's face time
 * ({@code null} = no provider step, as in a plain queue), the procedures it may order, whether the patient undresses
 * (gown), and the supplies one visit uses at rooming (gloves, table paper...).
 */
public record VisitType(String id, String name, double slotMinutes, boolean newPatient, double noShowProbability,
                        Distribution rooming, Distribution providerTime, List<ProcedureOrder> procedures,
                        boolean undress, Map<String, Integer> supplies) {
    public VisitType {
        procedures = List.copyOf(procedures);
        supplies = Map.copyOf(supplies);
    }

    public boolean seesProvider() {
        return providerTime != null;
    }
}
