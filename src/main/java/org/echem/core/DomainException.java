package org.echem.core;

/** A value outside the domain of a law (a concentration ≤ 0, z = 0, T ≤ 0 K, a non-finite number). */
public final class DomainException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
