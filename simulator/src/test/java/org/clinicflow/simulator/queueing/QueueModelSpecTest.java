package org.clinicflow.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.random.ArrivalProcess;
import org.clinicflow.simulator.random.Distribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A queue spec that cannot give a meaningful run is refused, naming what is wrong. */
class QueueModelSpecTest {
    private static final ArrivalProcess POISSON = new ArrivalProcess.Poisson(0.5);
    private static final Distribution SERVICE = new Distribution.Exponential(6);

    private static ModelInputException refused(String parameter, Executable build) {
        ModelInputException e = assertThrows(ModelInputException.class, build);
        assertEquals(parameter, e.parameter());
        return e;
    }

    /** A steady-state run (no horizon) at rho >= 1 has no steady state; the message says rho. */
    @Test
    void rejectsUnstableSteadyState() {
        ModelInputException exactlyOne = refused("arrival rate",
                () -> QueueModelSpec.poisson(0.5, SERVICE, 3, 1_000, 0)); // rho = 0.5 * 6 / 3 = 1
        assertTrue(exactlyOne.getMessage().contains("rho"), exactlyOne.getMessage());
        refused("arrival rate", () -> QueueModelSpec.poisson(1.0, SERVICE, 3, 1_000, 0));
    }

    /** With a finite horizon an overloaded queue is a legitimate transient study. */
    @Test
    void acceptsOverloadWithFiniteHorizon() {
        QueueModelSpec spec = assertDoesNotThrow(() -> new QueueModelSpec(POISSON, SERVICE, 2, 0, 480, 0));
        assertEquals(1.5, spec.utilization(), 1e-12);
    }

    @Test
    void rejectsFewerThanOneServer() {
        refused("servers", () -> new QueueModelSpec(POISSON, SERVICE, 0, 100, 480, 0));
    }

    @Test
    void rejectsNegativeWarmupOrWarmupPastTheHorizon() {
        refused("warmup", () -> new QueueModelSpec(POISSON, SERVICE, 4, 100, 480, -1));
        refused("warmup", () -> new QueueModelSpec(POISSON, SERVICE, 4, 100, 480, 480));
    }

    /** Neither a customer limit nor a horizon: the run would never end. */
    @Test
    void rejectsRunWithoutEnd() {
        refused("horizon", () -> new QueueModelSpec(POISSON, SERVICE, 4, 0, Double.POSITIVE_INFINITY, 0));
    }

    @Test
    void rejectsNegativeCustomersOrNonPositiveHorizon() {
        refused("customers", () -> new QueueModelSpec(POISSON, SERVICE, 4, -1, 480, 0));
        refused("horizon", () -> new QueueModelSpec(POISSON, SERVICE, 4, 100, 0, 0));
    }
}
