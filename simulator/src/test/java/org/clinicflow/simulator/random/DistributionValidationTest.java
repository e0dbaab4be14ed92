package org.clinicflow.simulator.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.clinicflow.simulator.ModelInputException;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A distribution with impossible parameters is refused when built, naming the offending parameter. */
class DistributionValidationTest {

    static Stream<Arguments> badParameters() {
        return Stream.of(
                bad("exponential mean", () -> new Distribution.Exponential(0)),
                bad("exponential mean", () -> new Distribution.Exponential(-3)),
                bad("exponential mean", () -> new Distribution.Exponential(Double.NaN)),
                bad("lognormal mean", () -> new Distribution.LogNormal(-1, 2)),
                bad("lognormal sd", () -> new Distribution.LogNormal(5, 0)),
                bad("gamma mean", () -> new Distribution.Gamma(0, 1)),
                bad("gamma cv", () -> new Distribution.Gamma(5, -0.5)),
                bad("normal mean", () -> new Distribution.TruncatedNormal(Double.NaN, 1)),
                bad("normal mean", () -> new Distribution.TruncatedNormal(-6, 1)),
                bad("normal sd", () -> new Distribution.TruncatedNormal(5, 0)),
                bad("triangular", () -> new Distribution.Triangular(10, 5, 2)),
                bad("triangular", () -> new Distribution.Triangular(2, 12, 10)),
                bad("triangular", () -> new Distribution.Triangular(4, 4, 4)),
                bad("triangular min", () -> new Distribution.Triangular(-1, 2, 3)),
                bad("uniform min", () -> new Distribution.Uniform(-1, 3)),
                bad("uniform max", () -> new Distribution.Uniform(5, 5)),
                bad("fixed value", () -> new Distribution.Fixed(-2)),
                bad("empirical values", () -> new Distribution.Empirical(List.of(), List.of())),
                bad("empirical weights", () -> new Distribution.Empirical(List.of(1.0, 2.0), List.of(1.0))),
                bad("empirical weights", () -> new Distribution.Empirical(List.of(1.0, 2.0), List.of(0.0, 0.0))),
                bad("empirical weights[1]", () -> new Distribution.Empirical(List.of(1.0, 2.0), List.of(1.0, -1.0))),
                bad("empirical values[0]", () -> new Distribution.Empirical(List.of(-1.0, 2.0), List.of(1.0, 1.0))));
    }

    private static Arguments bad(String parameter, Executable build) {
        return Arguments.of(parameter, build);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void refusedNamingTheParameter(String parameter, Executable build) {
        ModelInputException e = assertThrows(ModelInputException.class, build);
        assertEquals(parameter, e.parameter());
        assertTrue(e.getMessage().startsWith(parameter + ": "), e.getMessage());
    }
}
