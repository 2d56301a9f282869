package org.echem.units;

/** Text that is not a value of the expected kind; the message says what was expected. */
public final class UnitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnitException(String message) {
        super(message);
    }
}
