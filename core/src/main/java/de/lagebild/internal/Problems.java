package de.lagebild.internal;

import de.lagebild.io.Problem;
import de.lagebild.io.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while an input is read, so that a user learns of all of them at once rather
 * than one per run. Not thread-safe.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Creates an empty collection. */
    public Problems() {
    }

    /**
     * Records a problem.
     *
     * @param p the problem; must not be null
     */
    public void add(Problem p) {
        list.add(p);
    }

    /**
     * Records all problems of an exception.
     *
     * @param e the exception whose {@link InputException#problems()} are recorded, in their order
     */
    public void addAll(InputException e) {
        list.addAll(e.problems());
    }

    /**
     * Whether any problem was recorded.
     *
     * @return true when at least one problem was recorded
     */
    public boolean any() {
        return !list.isEmpty();
    }

    /**
     * How many problems were recorded.
     *
     * @return the number of problems recorded so far
     */
    public int size() {
        return list.size();
    }

    /**
     * The problems recorded so far.
     *
     * @return an unmodifiable copy of the problems, in the order recorded
     */
    public List<Problem> list() {
        return List.copyOf(list);
    }

    /**
     * Throws an {@link InputException} with every recorded problem, if there is any.
     *
     * @throws InputException when at least one problem was recorded
     */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(list);
        }
    }
}
