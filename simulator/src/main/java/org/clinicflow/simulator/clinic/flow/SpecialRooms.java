package org.clinicflow.simulator.clinic.flow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.SpecialRoom;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/** The lab stations, procedure, EKG, cast and X-ray rooms: one first-come pool per kind of room. */
final class SpecialRooms {
    private final Map<RoomKind, ServerPool> pools = new EnumMap<>(RoomKind.class);
    private final int[] traceOffset = new int[RoomKind.values().length];

    SpecialRooms(Simulation sim, List<SpecialRoom> rooms) {
        int offset = 0;
        for (RoomKind kind : RoomKind.values()) {
            int n = (int) rooms.stream().filter(r -> r.kind() == kind).count();
            traceOffset[kind.ordinal()] = offset;
            offset += n;
            if (n > 0) {
                pools.put(kind, new ServerPool(sim, "rooms." + kind.name().toLowerCase(java.util.Locale.ROOT), n));
            }
        }
    }

    boolean has(RoomKind kind) {
        return pools.containsKey(kind);
    }

    ServerPool pool(RoomKind kind) {
        return pools.get(kind);
    }

    void request(RoomKind kind, GrantListener listener, int token) {
        pools.get(kind).request(listener, token);
    }

    void release(RoomKind kind, int room) {
        pools.get(kind).release(room);
    }

    /** One number per special room across kinds, for the trace. */
    int traceIndex(RoomKind kind, int room) {
        return traceOffset[kind.ordinal()] + room;
    }
}
