package org.echem.units;

import org.echem.lang.Message;


/**
 * Text that is not a value of the expected kind; the message says what was expected. It keeps its
 * {@link Message}: {@link #getMessage()} says it in the language in use.
 */
public final class UnitException extends IllegalArgumentException implements Message.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    /** An error whose text is made already (it reads the same in every language). */
    public UnitException(String message) {
        this(Message.literal(message));
    }

    public UnitException(Message message) {
        super((String) null);
        this.message = message;
    }

    /** @return the error of bundle key {@code key} with {@code args} */
    public static UnitException of(String key, Object... args) {
        return new UnitException(Message.of(key, args));
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
