package org.echem.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The worked steps of a calculation, for {@code --explain}; a no-op unless asked for. */
public final class Explain {
    /** Records nothing: the batch path pays no formatting cost. */
    public static final Explain NONE = new Explain(false);

    private final boolean on;
    private final List<String> lines = new ArrayList<>();

    private Explain(boolean on) {
        this.on = on;
    }

    /** @return an explanation that records its steps */
    public static Explain recording() {
        return new Explain(true);
    }

    /** @return whether steps are recorded (check before building costly text) */
    public boolean on() {
        return on;
    }

    /** Records a step, formatted with {@link Locale#ROOT}. */
    public void step(String format, Object... args) {
        if (on) {
            lines.add(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
        }
    }

    /** Records the step of message {@code key} (org.echem.lang.Msg) in the language in use, a step per line of it. */
    public void say(String key, Object... args) {
        if (on) {
            lines.addAll(org.echem.lang.Msg.lines(key, args));
        }
    }

    public List<String> lines() {
        return lines;
    }
}
