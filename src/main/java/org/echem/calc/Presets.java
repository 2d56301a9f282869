package org.echem.calc;

import org.echem.io.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private static Map<String, List<Entry>> all;

    private Presets() {}

    /** @return every preset, by name, in file order */
    public static synchronized Map<String, List<Entry>> all() {
        if (all == null) {
            Map<String, List<Entry>> m = new LinkedHashMap<>();
            try (InputStream s = Presets.class.getResourceAsStream("/org/echem/presets.tsv");
                    BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Entry(f[1], f[2], f[3], f[4]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            all = m;
        }
        return all;
    }

    /** @return the named preset, or throws an input error listing the names */
    public static List<Entry> named(String name, String where) {
        List<Entry> p = all().get(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (p == null) {
            throw new InputException(where + " '" + name + "': unknown preset, expected one of "
                    + String.join(", ", all().keySet()));
        }
        return p;
    }
}
