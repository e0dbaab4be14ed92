package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.engine.ServerPool;

/**
 * Which MAs a task goes to first. Every task has home stations in order of preference (rooming: the patient's pod;
 * a lab draw: the lab, then the pod; walk-in rooming: triage, then the pod). A request prefers the first home if an MA
 * holding the skills is on duty there (not on break), else the next, else none (any MA who can); if the preferred MAs
 * go off duty or on break while it waits, any MA with the skills takes it. FLOAT MAs belong to every home.
 * Deterministic, and free of deadlock: an MA never waits for anything.
 */
final class TaskRouting {
    private final int firstBit;
    private final int pods;
    private final String[] homeStation;

    /** Homes: one per pod, one for patients of no pod, one per special room kind, and triage. */
    TaskRouting(int firstBit, int pods, List<Station> stations, ClinicIndex index) {
        this.firstBit = firstBit;
        this.pods = pods;
        this.homeStation = new String[pods + 2 + RoomKind.values().length];
        SkillBits.requireFits(firstBit + homeStation.length, "stations");
        for (Station s : stations) {
            int home = homeOf(s, index);
            if (home >= 0 && homeStation[home] == null) {
                homeStation[home] = s.id();
            }
        }
    }

    /** The home of a station's MAs: pod, special kind or triage; -1 for FLOAT and FRONT_DESK. */
    int homeOf(Station s, ClinicIndex index) {
        return switch (s.kind()) {
            case POD -> podHome(index.pod(s.podId(), "stations[" + s.id() + "].pod"));
            case TRIAGE -> triageHome();
            case FLOAT, FRONT_DESK -> -1;
            default -> kindHome(RoomKind.valueOf(s.kind().name()));
        };
    }

    int podHome(int pod) {
        return pod < 0 ? pods : pod;
    }

    int kindHome(RoomKind kind) {
        return pods + 1 + kind.ordinal();
    }

    int triageHome() {
        return homeStation.length - 1;
    }

    /** True if some station is the given home (e.g. the clinic has a TRIAGE station). */
    boolean staffed(int home) {
        return homeStation[home] != null;
    }

    long bit(int home) {
        return 1L << (firstBit + home);
    }

    /** The home bits a server at this station holds: its own home, or every home for FLOAT. */
    long stationBits(Station s, ClinicIndex index) {
        if (s.kind() == StationKind.FLOAT) {
            long all = 0;
            for (int h = 0; h < homeStation.length; h++) {
                all |= bit(h);
            }
            return all;
        }
        int home = homeOf(s, index);
        return home < 0 ? 0 : bit(home);
    }

    /** The home bit to prefer: the first home with an eligible MA on duty, else the second, else none (0). */
    long preference(ServerPool mas, long skills, int firstHome, int secondHome) {
        if (firstHome >= 0 && mas.onDutyCount(skills | bit(firstHome)) > 0) {
            return bit(firstHome);
        }
        if (secondHome >= 0 && mas.onDutyCount(skills | bit(secondHome)) > 0) {
            return bit(secondHome);
        }
        return 0;
    }

    /** The station whose workload a task of this home is (its first station), or null if none is that home. */
    String station(int home) {
        return homeStation[home];
    }
}
