package org.clinicflow.scenarios.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (a scenario, a roster) with one or more problems, each naming the file, line, column, field and what
 * is allowed. The message lists them all, one per line, so the user fixes them in one go; the fields of the exception
 * itself are those of the first problem.
 */
public final class InvalidInputFileException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<InvalidInputException> problems;

    public InvalidInputFileException(List<InvalidInputException> problems) {
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
