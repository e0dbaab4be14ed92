package org.clinicflow.simulator;

/** A model parameter outside what the simulator allows: names the parameter, the value and what is allowed. */
public class ModelInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public ModelInputException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    /** The name of the offending parameter, as the user wrote it where possible. */
    public String parameter() {
        return parameter;
    }

    /** Throws unless {@code value} is a finite number greater than zero. */
    public static double requirePositive(String parameter, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ModelInputException(parameter, "must be a number greater than 0, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is a finite number at least zero. */
    public static double requireNonNegative(String parameter, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new ModelInputException(parameter, "must be a number 0 or greater, got " + value);
        }
        return value;
    }

    /** Throws unless {@code value} is a probability in [0, 1]. */
    public static double requireProbability(String parameter, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new ModelInputException(parameter, "must be a probability between 0 and 1, got " + value);
        }
        return value;
    }
}
