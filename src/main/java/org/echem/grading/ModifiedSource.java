package org.echem.grading;

import org.echem.calc.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Source} seen through one deliberate change, for {@code check}'s hints: some keys given
 * other text (or removed), or the inside and outside of every input swapped. The calculation runs
 * unchanged on it, so a "what if the student did this" answer comes from the same row function.
 */
public final class ModifiedSource implements Source {
    private final Source base;
    private final Map<String, String> replaced = new HashMap<>();
    private final boolean swapSides;

    private ModifiedSource(Source base, boolean swapSides) {
        this.base = base;
        this.swapSides = swapSides;
    }

    /** @return {@code base} with {@code key} reading {@code text} (null: as if absent) */
    static ModifiedSource with(Source base, String key, String text) {
        return new ModifiedSource(base, false).and(key, text);
    }

    /** @return {@code base} with inside and outside exchanged: {@code in}, {@code in.K}, {@code psi-in}, … */
    static ModifiedSource swapped(Source base) {
        return new ModifiedSource(base, true);
    }

    /** @return this source with {@code key} also reading {@code text} (null: as if absent) */
    ModifiedSource and(String key, String text) {
        replaced.put(key, text);
        return this;
    }

    /**
     * @return {@code key} with its side exchanged: {@code in} ↔ {@code out}, {@code in.K} ↔ {@code out.K},
     *     {@code psi-in} ↔ {@code psi-out}; other keys unchanged
     */
    static String otherSide(String key) {
        int dot = key.indexOf('.');
        String head = dot < 0 ? key : key.substring(0, dot);
        String tail = dot < 0 ? "" : key.substring(dot);
        String swapped;
        if (head.equals("in")) {
            swapped = "out";
        } else if (head.equals("out")) {
            swapped = "in";
        } else if (head.endsWith("-in")) {
            swapped = head.substring(0, head.length() - 3) + "-out";
        } else if (head.endsWith("-out")) {
            swapped = head.substring(0, head.length() - 4) + "-in";
        } else {
            return key;
        }
        return swapped + tail;
    }

    private String map(String key) {
        return swapSides ? otherSide(key) : key;
    }

    @Override
    public String text(String key) {
        if (replaced.containsKey(key)) {
            String t = replaced.get(key);
            return t == null || t.isBlank() ? null : t;
        }
        return base.text(map(key));
    }

    @Override
    public String unitHint(String key) {
        return replaced.containsKey(key) ? null : base.unitHint(map(key));
    }

    @Override
    public List<String> entries(String prefix) {
        return base.entries(map(prefix));
    }

    @Override
    public String where(String key) {
        return base.where(map(key));
    }

    @Override
    public String describe() {
        return base.describe();
    }
}
