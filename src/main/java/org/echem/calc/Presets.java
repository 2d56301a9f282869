package org.echem.calc;

import org.echem.io.InputException;
import org.echem.lang.Message;
import org.echem.lang.Msg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typical ion concentrations of a preparation, each with its source ({@code presets.tsv}). */
public final class Presets {
    /**
     * One ion of a preset.
     *
     * @param ion the ion name
     * @param in inside concentration text, mM
     * @param out outside concentration text, mM
     * @param source the citation
     */
    public record Entry(String ion, String in, String out, String source) {}

    /**
     * What a preset is.
     *
     * @param temperature its usual temperature ({@code 6.3C}), or null for the default 37 °C
     * @param description the cell, the species and the source, in a few words
     */
    public record Info(String temperature, String description) {}

    private static Map<String, List<Entry>> all;
    private static Map<String, Info> info;

    private Presets() {}

    /** @return every preset, by name, in file order */
    public static synchronized Map<String, List<Entry>> all() {
        if (all == null) {
            Map<String, List<Entry>> m = new LinkedHashMap<>();
            Map<String, Info> about = new LinkedHashMap<>();
            for (String[] f : Tables.rows("/org/echem/presets.tsv")) {
                if (f[1].equals("=")) {
                    about.put(f[0], new Info(f[2].equals("-") ? null : f[2], f[4]));
                    m.computeIfAbsent(f[0], k -> new ArrayList<>()); // listed in this order
                    continue;
                }
                m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Entry(f[1], f[2], f[3], f[4]));
            }
            info = about;
            all = m;
        }
        return all;
    }

    /** @return what the preset {@code name} (as listed by {@link #all}) is */
    public static synchronized Info info(String name) {
        all();
        Info i = info.get(name);
        return i == null ? new Info(null, name) : i;
    }

    /** @return the preset's usual temperature ({@code 6.3C}), or null: none given, or no such preset */
    public static String temperature(String name) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        return all().containsKey(key) ? info(key).temperature() : null;
    }

    /** @return the help of {@code --preset}: {@code lead}, then every preset with what it is */
    public static String help(String lead) {
        if (!Msg.helpShown()) {
            return ""; // the table is read only for help that is shown
        }
        StringBuilder b = new StringBuilder(lead);
        String sep = " ";
        for (String name : all().keySet()) {
            Info i = info(name);
            b.append(sep).append(i.temperature() == null ? Msg.text("input.preset.item", name, description(name))
                    : Msg.text("input.preset.item_temp", name, description(name), i.temperature().replace("C", " °C")));
            sep = ", ";
        }
        return b.append('.').toString();
    }

    /** @return the note of text output on the preset used */
    public static String note(String name, boolean tempGiven) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        Info i = info(key);
        if (i.temperature() != null && !tempGiven) {
            return Msg.text("input.preset.note_temp", key, description(key), i.temperature().replace("C", " °C"));
        }
        return Msg.text("input.preset.note", key, description(key));
    }

    /**
     * @return what the preset {@code name} is, in the language in use: presets.tsv's English, or the
     *     bundle's {@code input.preset.about.NAME} in another language (ErrorsZhTest keeps the English
     *     bundle equal to the table)
     */
    public static String description(String name) {
        String english = info(name).description();
        return org.echem.lang.Lang.current() == org.echem.lang.Lang.EN ? english
                : Msg.textOr("input.preset.about." + name, english);
    }

    /** @return the named preset, or throws an input error listing the names */
    public static List<Entry> named(String name, String where) {
        return named(name, Message.literal(where));
    }

    /** {@link #named(String, String)} naming where it was given in any language ({@link Inputs#at}) */
    public static List<Entry> named(String name, Message where) {
        List<Entry> p = all().get(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (p == null) {
            throw InputException.of("input.preset.unknown", where, name, String.join(", ", all().keySet()),
                    org.echem.io.Suggest.hint(name, all().keySet()));
        }
        return p;
    }
}
