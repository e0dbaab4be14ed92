package org.clinicflow.simulator.clinic;

/**
 * An MA's certification. Holders of CMA, RMA or CCMA also hold the derived skill {@value #CREDENTIALED}, so a
 * scope-of-practice rule "any certified MA" is the requirement {@code credentialed}.
 */
public enum Credential {
    NONE, CMA, RMA, CCMA;

    /** The skill every certified MA holds. */
    public static final String CREDENTIALED = "credentialed";

    public boolean certified() {
        return this != NONE;
    }
}
