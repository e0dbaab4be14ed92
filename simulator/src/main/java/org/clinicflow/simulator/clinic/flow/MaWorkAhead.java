package org.clinicflow.simulator.clinic.flow;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.clinicflow.simulator.engine.ServerPool;

/**
 * The MA work still ahead today, by the skills it needs, which decides who stays past the end of their shift. Any MA
 * can room the patients on their way or in the clinic; the procedures ordered for them may need particular skills, such
 * as phlebotomy or X-ray. An MA whose shift ends stays on, in overtime, while some of that work needs skills they hold
 * and nobody else in shift or staying on holds; they go once it has started or a colleague who can do it comes on duty.
 * A booked patient's orders count from the start of the day (the clinic staffs for its schedule); a walk-in's from
 * their arrival (nobody knows before what they will need).
 */
final class MaWorkAhead {
    private final ServerPool pool;
    private final long[] skillSets;
    private final int[] open;
    private final int[] setOfProcedure;

    /** {@code procedureSkills[i]}: the skill mask procedure i requires. */
    MaWorkAhead(ServerPool pool, long[] procedureSkills) {
        this.pool = pool;
        // Set 0 is "any MA"; procedures needing no particular skill belong to it.
        skillSets = LongStream.concat(LongStream.of(0L), Arrays.stream(procedureSkills)).distinct().toArray();
        open = new int[skillSets.length];
        setOfProcedure = new int[procedureSkills.length];
        for (int i = 0; i < procedureSkills.length; i++) {
            for (int k = 0; k < skillSets.length; k++) {
                if (skillSets[k] == procedureSkills[i]) {
                    setOfProcedure[i] = k;
                }
            }
        }
    }

    /** A patient is on the way who will need an MA (rooming at least). */
    void patientExpected() {
        open[0]++;
    }

    /** A patient needs no MA any more. */
    void patientDone() {
        close(0);
    }

    /** The procedures ordered for the patient that need particular skills are now known work ahead. */
    void ordersKnown(Patient p) {
        for (int k = 0; k < p.procedure.length; k++) {
            int set = setOfProcedure[p.procedure[k]];
            if (set > 0) {
                open[set]++;
            }
        }
        p.proceduresAheadFrom = 0;
    }

    /** The patient's current procedure has started (or was called off): nobody needs to stay for it. */
    void procedureStarted(Patient p) {
        closeProcedures(p, p.currentProcedure + 1);
    }

    /** The patient leaves: the procedures they did not have keep nobody. */
    void left(Patient p) {
        closeProcedures(p, p.procedure.length);
    }

    private void closeProcedures(Patient p, int upTo) {
        if (p.proceduresAheadFrom < 0) {
            return; // orders never known: a walk-in who did not come in
        }
        for (int k = p.proceduresAheadFrom; k < upTo; k++) {
            int set = setOfProcedure[p.procedure[k]];
            if (set > 0) {
                close(set);
            }
        }
        p.proceduresAheadFrom = Math.max(p.proceduresAheadFrom, upTo);
    }

    private void close(int set) {
        if (--open[set] == 0) {
            pool.recheckHolds();
        }
    }

    /** True if {@code server}, past the end of its shift, must stay for work ahead that only it can still do. */
    boolean holds(int server) {
        long held = pool.skills(server);
        for (int k = 0; k < skillSets.length; k++) {
            if (open[k] > 0 && (skillSets[k] & ~held) == 0 && !anotherCanDo(server, skillSets[k])) {
                return true;
            }
        }
        return false;
    }

    /** Someone other than {@code server} in shift, or staying on, holds {@code skills}. */
    private boolean anotherCanDo(int server, long skills) {
        if (pool.inShiftCount(skills) > 0) {
            return true; // the server asking is past its period, so not among them
        }
        for (int t = 0; t < pool.serverCount(); t++) {
            if (t != server && pool.isHeld(t) && (skills & ~pool.skills(t)) == 0) {
                return true;
            }
        }
        return false;
    }
}
