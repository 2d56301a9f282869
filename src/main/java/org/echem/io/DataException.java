package org.echem.io;

import org.echem.lang.Message;
import org.echem.lang.MessageException;

/**
 * Input data that cannot be used: an unreadable file, an invalid CSV row (exit code 3). It keeps
 * its {@link Message}: {@link #getMessage()} says it in the language in use.
 */
public final class DataException extends MessageException {
    private static final long serialVersionUID = 1L;

    /** An error whose text is made already (it reads the same in every language). */
    public DataException(String message) {
        this(Message.literal(message));
    }

    public DataException(Message message) {
        super(message);
    }

    /** @return the error of bundle key {@code key} with {@code args} */
    public static DataException of(String key, Object... args) {
        return new DataException(Message.of(key, args));
    }
}
