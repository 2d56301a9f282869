package org.echem.core;

/** A root finder that did not converge: for valid input this should never happen (exit code 5). */
public final class NoConvergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoConvergenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
