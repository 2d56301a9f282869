package org.echem.io;

import org.echem.lang.Message;

/**
 * An input that is missing, malformed or outside its domain; the message names it and its value.
 * It keeps its {@link Message}, so that {@link #getMessage()} says it in the language in use and
 * {@link #message()} can say it in English for machine output.
 */
public final class InputException extends RuntimeException implements Message.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** An error whose text is made already (it reads the same in every language). */
    public InputException(String message) {
        this(Message.literal(message));
    }

    public InputException(Message message) {
        super(null, null, false, false);
        this.message = message;
    }

    /** @return the error of bundle key {@code key} with {@code args} */
    public static InputException of(String key, Object... args) {
        return new InputException(Message.of(key, args));
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
