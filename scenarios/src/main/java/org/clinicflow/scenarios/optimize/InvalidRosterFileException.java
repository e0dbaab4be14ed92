package org.clinicflow.scenarios.optimize;

import java.util.List;
import java.util.stream.Collectors;
import org.clinicflow.scenarios.input.InvalidInputException;

/**
 * A roster file with one or more problems, each naming the file, line, column (field) and what is allowed; the message
 * lists them all, one per line, so the user fixes them in one go.
 */
public final class InvalidRosterFileException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final transient List<InvalidInputException> problems;

    InvalidRosterFileException(List<InvalidInputException> problems) {
        super(problems.get(0).source(), problems.get(0).line(), problems.get(0).column(), problems.get(0).field(),
                problems.get(0).problem());
        this.problems = List.copyOf(problems);
    }

    public List<InvalidInputException> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return problems.stream().map(InvalidInputException::getMessage).collect(Collectors.joining("\n"));
    }
}
