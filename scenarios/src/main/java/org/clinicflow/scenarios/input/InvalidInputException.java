package org.clinicflow.scenarios.input;

/**
 * Input the user must fix: where it is (a file with line and column, or a command-line option), which field, and what
 * is allowed. The CLI prints {@link #getMessage()} and exits with code 2, never a stack trace.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    /** An error at a line and column (1-based) of a file; {@code line} 0 when the position is unknown. */
    public InvalidInputException(String source, int line, int column, String field, String problem) {
        super(format(source, line, column, field, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    /** An error in a command-line option or other input without a position. */
    public InvalidInputException(String source, String field, String problem) {
        this(source, 0, 0, field, problem);
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, String field, String problem) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (field != null && !field.isEmpty()) {
            b.append(field).append(": ");
        }
        return b.append(problem).toString();
    }
}
