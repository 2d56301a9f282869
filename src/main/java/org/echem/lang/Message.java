package org.echem.lang;


/**
 * A sentence for people kept as its bundle key and arguments, so that it can be said in any
 * language after the fact: an error shows on standard error in the run's language, while the
 * {@code error} column of CSV, TSV and JSON output (--on-error mark) always says it in English
 * (machine formats are the same in every language, SPEC §9).
 *
 * <p>An argument that is itself a Message is said in the same language (a location such as
 * "line 3, column in" inside a row's error). A literal Message, for text already made elsewhere,
 * reads the same in every language.
 */
public final class Message {
    private static final Object[] NONE = {};
    /** The bundle key, or null for a literal. */
    private final String key;
    private final Object[] args;
    /** The English text once made (a bad row's is asked for twice: to see where it names its line, and to write it). */
    private String english;

    private Message(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    /** @return the message {@code key} of the bundles with {@code args} (Messages among them are said alike) */
    public static Message of(String key, Object... args) {
        return new Message(key, args == null ? NONE : args);
    }

    /** @return text that reads the same in every language (made elsewhere, or a name) */
    public static Message literal(String text) {
        return new Message(null, new Object[] {text});
    }

    /** What an exception that keeps its Message has: {@code UnitException}, {@code InputException}, {@code DataException}. */
    public interface Carrier {
        /** @return what the error says, to be said in any language */
        Message message();
    }

    /**
     * @return what {@code e} says, as a Message: its own for echem's exceptions, which keep theirs
     *     ({@link Carrier}); else its message as a literal
     */
    public static Message of(Throwable e) {
        if (e instanceof Carrier) {
            return ((Carrier) e).message();
        }
        return literal(String.valueOf(e.getMessage()));
    }

    /** @return the bundle key, or null for a literal */
    public String key() {
        return key;
    }

    /** @return the message in {@code lang} */
    public String text(Lang lang) {
        if (key == null) {
            return (String) args[0];
        }
        if (args.length == 0) {
            return Msg.text(lang, key);
        }
        Object[] said = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Message) {
                if (said == args) {
                    said = args.clone();
                }
                said[i] = ((Message) args[i]).text(lang);
            }
        }
        return Msg.text(lang, key, said);
    }

    /** @return the message in the language in use */
    public String text() {
        return text(Lang.current());
    }

    /** @return the message in English, as machine formats write it */
    public String english() {
        String e = english;
        if (e == null) {
            e = text(Lang.EN);
            english = e; // a race makes the same text twice, no harm
        }
        return e;
    }

    @Override
    public String toString() {
        return text();
    }
}
