package org.echem.lang;

/**
 * An error of echem's that keeps its {@link Message}: {@link #getMessage()} says it in the language
 * in use, {@link #message()} in any language after the fact. No stack trace is filled in: these are
 * errors of the user's input, said to the user, never a bug's report.
 */
public abstract class MessageException extends RuntimeException implements Message.Carrier {
    private static final long serialVersionUID = 1L;
    private final transient Message message;

    protected MessageException(Message message) {
        super(null, null, false, false);
        this.message = message;
    }

    /** @return what the error says, to be said in any language */
    @Override
    public Message message() {
        return message;
    }

    /** @return the message in the language in use */
    @Override
    public String getMessage() {
        return message.text();
    }
}
