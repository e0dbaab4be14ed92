package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.Simulation;

/**
 * An MA of the room's pod cleans and restocks an exam room after the patient leaves it; the room takes no patient until
 * this is done. The turnover time was drawn with the patient who used the room; the turnover supplies are taken at the
 * start.
 */
final class Turnover {
    private final Simulation sim;
    private final MaTeam mas;
    private final ExamRooms rooms;
    private final SupplyRoom supplies;
    private final SupplyNeed need;
    private final FlowTrace trace;
    private final double[] minutes;
    private final double[] requested;
    private final double[] started;
    private final int[] server;
    private final GrantListener onGranted = this::granted;
    private final EventHandler onDone = this::done;

    Turnover(Simulation sim, MaTeam mas, ExamRooms rooms, SupplyRoom supplies, SupplyNeed need, FlowTrace trace) {
        this.sim = sim;
        this.mas = mas;
        this.rooms = rooms;
        this.supplies = supplies;
        this.need = need;
        this.trace = trace;
        int n = rooms.count();
        minutes = new double[n];
        requested = new double[n];
        started = new double[n];
        server = new int[n];
    }

    private int home(int room) {
        return mas.routing().podHome(rooms.podOf(room));
    }

    /** The patient has left {@code room}: asks an MA to turn it over. */
    void start(int room, double turnoverMinutes) {
        trace.seize(FlowTrace.Unit.EXAM_ROOM, room, FlowTrace.TURNOVER, sim.now());
        minutes[room] = turnoverMinutes;
        requested[room] = sim.now();
        mas.request(onGranted, room, MaTeam.PATIENT_CARE, 0, home(room), -1);
    }

    private void granted(int room, int ma, double waited) {
        mas.started(ma, FlowTrace.TURNOVER);
        server[room] = ma;
        started[room] = sim.now();
        double delay = supplies.take(need, false);
        sim.schedule(delay + minutes[room], onDone, room);
    }

    private void done(int room) {
        mas.finished(server[room], FlowTrace.TURNOVER, "turnover", home(room), requested[room], started[room]);
        trace.free(FlowTrace.Unit.EXAM_ROOM, room, FlowTrace.TURNOVER, sim.now());
        rooms.release(room);
    }
}
