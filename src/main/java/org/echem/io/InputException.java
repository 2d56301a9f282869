package org.echem.io;

import org.echem.lang.Message;
import org.echem.lang.MessageException;

/**
 * An input that is missing, malformed or outside its domain; the message names it and its value.
 * It keeps its {@link Message}, so that {@link #getMessage()} says it in the language in use and
 * {@link #message()} can say it in English for machine output.
 */
public final class InputException extends MessageException {
    private static final long serialVersionUID = 1L;

    /** An error whose text is made already (it reads the same in every language). */
    public InputException(String message) {
        this(Message.literal(message));
    }

    public InputException(Message message) {
        super(message);
    }

    /** @return the error of bundle key {@code key} with {@code args} */
    public static InputException of(String key, Object... args) {
        return new InputException(Message.of(key, args));
    }
}
