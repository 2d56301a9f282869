package org.echem.io;

import org.echem.lang.Message;

/**
 * Input data that cannot be used: an unreadable file, an invalid CSV row (exit code 3). It keeps
 * its {@link Message}: {@link #getMessage()} says it in the language in use.
 */
public final class DataException extends RuntimeException implements Message.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** An error whose text is made already (it reads the same in every language). */
    public DataException(String message) {
        this(Message.literal(message));
    }

    public DataException(Message message) {
        super(null, null, false, false);
        this.message = message;
    }

    /** @return the error of bundle key {@code key} with {@code args} */
    public static DataException of(String key, Object... args) {
        return new DataException(Message.of(key, args));
    }

    /** @return what the error says, to be said in any language */
    public Message message() {
        return message;
    }

    /** @return the message in the language in use */
    @Override
    public String getMessage() {
        return message.text();
    }
}
