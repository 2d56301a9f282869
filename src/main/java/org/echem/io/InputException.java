package org.echem.io;

/** An input that is missing, malformed or outside its domain; the message names it and its value. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message, null, false, false);
    }
}
