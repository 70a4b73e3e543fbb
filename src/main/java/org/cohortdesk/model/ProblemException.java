package org.cohortdesk.model;

import java.util.List;

/**
 * Thrown by the store and the services when a request is refused for a reason the user can act on
 * (a stale edit, a duplicate code, a database that is already open). It carries a {@link Problem}
 * so the message reaches the user in their language; {@link #getMessage()} is the English key form
 * for logs only.
 */
public class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public static ProblemException of(String key, Object... args) {
        return new ProblemException(Problem.error(key, args));
    }

    public Problem problem() {
        return problem;
    }

    public List<Object> args() {
        return problem.args();
    }
}
