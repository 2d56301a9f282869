package org.echem.grading;

import java.util.List;
import org.echem.lang.Lang;
import org.echem.lang.Msg;

/**
 * A row's hint (or the message of an invalid row), kept as a message key and its arguments, so that
 * the machine formats write it in English whatever the language (SPEC §9: machine formats are the
 * same in every language) and the text report in the language in use. Nothing is looked up until a
 * writer asks: a correct row carries {@link #NONE}.
 *
 * <p>An argument that is itself a Hint is said in the same language; a {@link #literal literal}
 * (a message made elsewhere, an answer as written) is the same in every language.
 */
final class Hint {
    /** No hint. */
    static final Hint NONE = new Hint(null, "", null, null);

    private final String key;
    private final String literal;
    private final Object[] args;
    private final List<Hint> parts;
    private String en;

    private Hint(String key, String literal, Object[] args, List<Hint> parts) {
        this.key = key;
        this.literal = literal;
        this.args = args;
        this.parts = parts;
    }

    /** @return the message {@code key} with {@code args} (Strings, numbers already formatted, or Hints) */
    static Hint of(String key, Object... args) {
        return new Hint(key, null, args, null);
    }

    /** @return a text said the same in every language (a message made elsewhere); NONE for null or empty */
    static Hint literal(String text) {
        return text == null || text.isEmpty() ? NONE : new Hint(null, text, null, null);
    }

    /** @return {@code parts} as a list ({@code a, b, c} in English) */
    static Hint list(List<Hint> parts) {
        return new Hint(null, null, null, List.copyOf(parts));
    }

    boolean isEmpty() {
        return this == NONE;
    }

    /** @return whether this is the message {@code k} */
    boolean is(String k) {
        return k.equals(key);
    }

    /** @return argument {@code i} of this message, as a hint */
    Hint arg(int i) {
        Object a = args[i];
        return a instanceof Hint ? (Hint) a : Hint.literal(String.valueOf(a));
    }

    /** @return the hint in English, as the machine formats write it */
    String en() {
        if (en == null) {
            en = in(Lang.EN);
        }
        return en;
    }

    /** @return the hint in the language in use, as the text report shows it */
    String text() {
        return Lang.current() == Lang.EN ? en() : in(Lang.current());
    }

    /** @return the hint in {@code lang} */
    String in(Lang lang) {
        if (literal != null) {
            return literal;
        }
        if (parts != null) {
            StringBuilder b = new StringBuilder();
            String sep = Msg.text(lang, "check.list_separator");
            for (Hint h : parts) {
                b.append(b.length() == 0 ? "" : sep).append(h.in(lang));
            }
            return b.toString();
        }
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof Hint) {
                a[i] = ((Hint) a[i]).in(lang);
            }
        }
        return Msg.text(lang, key, a);
    }

    @Override
    public String toString() {
        return en();
    }
}
