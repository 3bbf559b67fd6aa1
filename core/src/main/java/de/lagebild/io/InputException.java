package de.lagebild.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user's input or configuration cannot be used. Carries every problem found, each naming file,
 * line, column or key and value. The command line prints them one per line and exits with status
 * 2, without a stack trace.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** How many problems the message lists before it summarises the rest. */
    public static final int MESSAGE_LIMIT = 50;

    private final transient List<Problem> problems;

    /**
     * An exception for one or more problems; the list must not be empty.
     *
     * @param problems the problems found, in the order found; copied, and must not be empty
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InputException(List<Problem> problems) {
        super(render(problems), null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception for a single problem.
     *
     * @param problem the one problem found
     */
    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /**
     * The problems, in the order found.
     *
     * @return an unmodifiable list of at least one problem
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        String shown = problems.stream().limit(MESSAGE_LIMIT).map(Problem::toString)
                .collect(Collectors.joining("\n"));
        if (problems.size() > MESSAGE_LIMIT) {
            shown += "\n... and " + (problems.size() - MESSAGE_LIMIT) + " more problems";
        }
        return shown;
    }
}
