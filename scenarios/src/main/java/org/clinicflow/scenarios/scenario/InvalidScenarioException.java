package org.clinicflow.scenarios.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.clinicflow.scenarios.input.InvalidInputException;

/**
 * A scenario file with one or more problems: each names the file, line, column, field and what is allowed. The
 * message lists them all, one per line; the fields of the exception itself are those of the first problem.
 */
public final class InvalidScenarioException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<InvalidInputException> problems;

    InvalidScenarioException(List<InvalidInputException> problems) {
        super(problems.get(0).source(), problems.get(0).line(), problems.get(0).column(), problems.get(0).field(),
                problems.get(0).problem());
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<InvalidInputException> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(InvalidInputException::getMessage).collect(Collectors.joining("\n"));
    }
}
