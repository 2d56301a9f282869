package org.echem.calc;

import org.echem.io.InputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Named pipette and bath solutions for {@code ljp} ({@code --pipette k-gluconate --bath acsf}), each
 * ion with its source ({@code solutions.tsv}).
 */
public final class Solutions {
    /**
     * One ion of a solution.
     *
     * @param ion the ion name, as the mobility table spells it
     * @param conc concentration text, mM
     * @param source the citation
     */
    public record Entry(String ion, String conc, String source) {}

    private static Map<String, List<Entry>> all;

    private Solutions() {}

    /** @return every solution, by name, in file order */
    public static synchronized Map<String, List<Entry>> all() {
        if (all == null) {
            Map<String, List<Entry>> m = new LinkedHashMap<>();
            for (String[] f : Tables.rows("/org/echem/solutions.tsv")) {
                m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Entry(f[1], f[2], f[3]));
            }
            all = m;
        }
        return all;
    }

    /** @return the named solution, or null */
    public static List<Entry> find(String name) {
        return all().get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** @return the named solution, or throws an input error listing the names */
    public static List<Entry> named(String name, String where) {
        return named(name, org.echem.lang.Message.literal(where));
    }

    /** {@link #named(String, String)} naming where it was given in any language ({@link Inputs#at}) */
    public static List<Entry> named(String name, org.echem.lang.Message where) {
        List<Entry> p = find(name);
        if (p == null) {
            throw InputException.of("input.solution.unknown", where, name, String.join(", ", all().keySet()));
        }
        return p;
    }
}
