package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.engine.ServerPool;

/**
 * Keeps each MA in one place at a time. An MA rostered at two stations is a server in each (possibly in two pools);
 * while they work a task on one, the others are blocked, so a task running into overtime at the pod never overlaps the
 * start of their next shift at the front desk.
 */
final class MaWhereabouts {
    private final List<List<ServerPool>> pools = new ArrayList<>();
    private final List<List<Integer>> servers = new ArrayList<>();
    private boolean[] busy = new boolean[0];

    /** Registers one of an MA's servers (before the run). */
    void add(int ma, ServerPool pool, int server) {
        while (pools.size() <= ma) {
            pools.add(new ArrayList<>());
            servers.add(new ArrayList<>());
        }
        pools.get(ma).add(pool);
        servers.get(ma).add(server);
        if (busy.length < pools.size()) {
            busy = new boolean[pools.size()];
        }
    }

    /** The MA starts a task on this server: their other servers take no work until it is done. */
    void started(int ma, ServerPool pool, int server) {
        if (busy[ma]) {
            throw new IllegalStateException("MA #" + ma + " was given a task on " + pool.name() + " server " + server
                    + " while busy elsewhere");
        }
        busy[ma] = true;
        List<ServerPool> ps = pools.get(ma);
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) != pool || servers.get(ma).get(i) != server) {
                ps.get(i).setBlocked(servers.get(ma).get(i), true);
            }
        }
    }

    /** The MA finished the task on this server: releases it, then frees their other servers unless busy again. */
    void finished(int ma, ServerPool pool, int server) {
        busy[ma] = false;
        pool.release(server);
        List<ServerPool> ps = pools.get(ma);
        for (int i = 0; i < ps.size() && !busy[ma]; i++) {
            ps.get(i).setBlocked(servers.get(ma).get(i), false);
        }
    }

    boolean isBusy(int ma) {
        return busy[ma];
    }
}
