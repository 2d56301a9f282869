package org.echem.calc;

import org.echem.io.InputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inputs given as options: {@code --in 140mM} is key {@code in}; {@code --in K=140,Na=15} (or
 * {@code --in K=140 --in Na=15}) gives keys {@code in.K} and {@code in.Na}. Also the defaults a
 * CSV row falls back to for absent or empty columns.
 */
public final class OptionSource implements Source {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> entries = new HashMap<>();

    /** Adds one occurrence of option {@code --key} with its text. */
    public OptionSource add(String key, String text) {
        if (text.isBlank()) {
            throw InputException.of("input.option.empty", key);
        }
        if (text.indexOf('=') >= 0) {
            for (String part : text.split(",", -1)) {
                int eq = part.indexOf('=');
                String name = eq < 0 ? "" : part.substring(0, eq).strip();
                if (eq < 0 || name.isEmpty()) {
                    throw InputException.of("input.pairs", "--" + key, text);
                }
                if (part.substring(eq + 1).isBlank()) { // an entry without a value is a typo, not an absent value
                    throw InputException.of("input.option.no_value", key, text, name);
                }
                String full = key + "." + name;
                if (values.containsKey(full)) {
                    throw InputException.of("input.option.entry_twice", key, name);
                }
                values.put(full, part.substring(eq + 1).strip());
                List<String> names = entries.get(key); // not computeIfAbsent: a lambda costs start-up time
                if (names == null) {
                    names = new ArrayList<>();
                    entries.put(key, names);
                }
                names.add(name);
            }
            return this;
        }
        if (values.containsKey(key)) {
            throw InputException.of("input.option.twice", key, values.get(key), text);
        }
        values.put(key, text);
        return this;
    }

    /** @return the keys given, in order */
    public java.util.Set<String> keys() {
        return values.keySet();
    }

    @Override
    public String text(String key) {
        if (values.isEmpty()) {
            return null;
        }
        String t = values.get(key);
        return t == null || t.isBlank() ? null : t;
    }

    @Override
    public String unitHint(String key) {
        return null;
    }

    @Override
    public List<String> entries(String prefix) {
        List<String> e = entries.isEmpty() ? null : entries.get(prefix);
        return e == null ? List.of() : e;
    }

    @Override
    public String where(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? "--" + key : "--" + key.substring(0, dot) + " " + key.substring(dot + 1);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            b.append(b.length() == 0 ? "" : " ").append(where(e.getKey())).append(' ').append(e.getValue());
        }
        return b.toString();
    }
}
