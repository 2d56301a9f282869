package org.echem.io;

/** Input data that cannot be used: an unreadable file, an invalid CSV row (exit code 3). */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message, null, false, false);
    }
}
