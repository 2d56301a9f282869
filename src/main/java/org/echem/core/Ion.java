package org.echem.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An ion species: a name and its valence.
 *
 * @param name the table's spelling for a known ion ({@code Na}), as written for another
 * @param z valence with its sign, ≠ 0
 */
public record Ion(String name, int z) {
    private static final Map<String, Integer> TABLE = new LinkedHashMap<>();
    private static final Map<String, Ion> KNOWN = new java.util.HashMap<>();
    /** The Chinese names of the table's ions (SPEC §9), each also read with 离子 ("ion") after it. */
    private static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("氢", "H"), Map.entry("锂", "Li"), Map.entry("钠", "Na"), Map.entry("钾", "K"),
            Map.entry("铷", "Rb"), Map.entry("铯", "Cs"), Map.entry("铵", "NH4"), Map.entry("钙", "Ca"),
            Map.entry("镁", "Mg"), Map.entry("钡", "Ba"), Map.entry("锶", "Sr"), Map.entry("锌", "Zn"),
            Map.entry("锰", "Mn"), Map.entry("镉", "Cd"), Map.entry("氯", "Cl"), Map.entry("溴", "Br"),
            Map.entry("碘", "I"), Map.entry("氟", "F"), Map.entry("碳酸氢根", "HCO3"), Map.entry("硝酸根", "NO3"),
            Map.entry("氢氧根", "OH"), Map.entry("硫氰酸根", "SCN"), Map.entry("磷酸二氢根", "H2PO4"),
            Map.entry("硫酸根", "SO4"), Map.entry("磷酸氢根", "HPO4"));

    static {
        String[][] rows = {
            {"H", "1"}, {"Li", "1"}, {"Na", "1"}, {"K", "1"}, {"Rb", "1"}, {"Cs", "1"}, {"NH4", "1"},
            {"Ca", "2"}, {"Mg", "2"}, {"Ba", "2"}, {"Sr", "2"}, {"Zn", "2"}, {"Mn", "2"}, {"Cd", "2"},
            {"Cl", "-1"}, {"Br", "-1"}, {"I", "-1"}, {"F", "-1"}, {"HCO3", "-1"}, {"NO3", "-1"},
            {"OH", "-1"}, {"SCN", "-1"}, {"H2PO4", "-1"}, {"SO4", "-2"}, {"HPO4", "-2"},
        };
        for (String[] r : rows) {
            TABLE.put(r[0], Integer.valueOf(r[1]));
            KNOWN.put(r[0], new Ion(r[0], Integer.parseInt(r[1])));
        }
    }

    public Ion {
        Require.nonZero(z, "core.what.valenceOf", name);
    }

    /** @return the Chinese name of a table ion ({@code K} → 钾), or null */
    public static String chineseName(String name) {
        for (Map.Entry<String, String> e : CHINESE.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** @return the built-in table, name to valence, in a stable order */
    public static Map<String, Integer> table() {
        return java.util.Collections.unmodifiableMap(TABLE);
    }

    /** @return the ion written e.g. {@code K+}, {@code Ca2+}, {@code SO4 2-} */
    public String label() {
        String mag = Math.abs(z) == 1 ? "" : Integer.toString(Math.abs(z));
        String sep = Character.isDigit(name.charAt(name.length() - 1)) && !mag.isEmpty() ? " " : "";
        return name + sep + mag + (z > 0 ? "+" : "-");
    }

    /**
     * Reads an ion name with an optional charge ({@code Na}, {@code Na+}, {@code Ca2+}, {@code Ca++},
     * {@code Cl-}, {@code SO4 2-}, {@code X+}) and an optional explicit valence.
     *
     * @param spec the name as written
     * @param zGiven the valence given separately ({@code --z}), or null
     * @throws DomainException when the charge is missing for an unknown ion or contradicts the table
     */
    public static Ion parse(String spec, Integer zGiven) {
        Ion known = KNOWN.get(spec);
        if (known != null && (zGiven == null || zGiven == known.z())) {
            return known; // the common case, a table name as written: no string work
        }
        String s = org.echem.lang.Wide.narrow(spec).strip().replace('\u2212', '-').replace('⁺', '+').replace('⁻', '-');
        if (s.isEmpty()) {
            if (zGiven != null) {
                return new Ion("X", zGiven);
            }
            throw new DomainException(Msg.text("core.ion.emptyName"));
        }
        int signs = 0;
        char sign = s.charAt(s.length() - 1);
        if (sign == '+' || sign == '-') {
            while (signs < s.length() && s.charAt(s.length() - 1 - signs) == sign) {
                signs++;
            }
        }
        if (signs == s.length()) {
            throw new DomainException(Msg.text("core.ion.chargeNoName", spec));
        }
        String body = s.substring(0, s.length() - signs);
        String name = body.strip();
        Integer suffixZ = null;
        if (signs > 0) {
            int magnitude = signs;
            if (signs == 1) {
                int d = name.length();
                while (d > 0 && Character.isDigit(name.charAt(d - 1))) {
                    d--;
                }
                // "SO4 2-": a space between the name and the digits says where the charge starts (a space
                // before the sign alone, as in "NO3 -", does not: there the digits belong to the name)
                boolean spaced = d < name.length() && d > 0 && Character.isWhitespace(name.charAt(d - 1));
                if (d < name.length() && d > 0) {
                    int split = d;
                    if (!spaced) {
                        // SO42-: the name may end in digits too; take the split whose name is known
                        for (int j = d + 1; j < name.length(); j++) {
                            if (canonical(name.substring(0, j)) != null) {
                                split = j;
                            }
                        }
                    }
                    boolean wholeKnown = canonical(name) != null;
                    if (spaced || !wholeKnown) {
                        magnitude = Integer.parseInt(name.substring(split));
                        name = name.substring(0, split).strip();
                    }
                }
            }
            if (magnitude == 0) {
                throw new DomainException(Msg.text("core.ion.chargeZero", spec));
            }
            suffixZ = sign == '+' ? magnitude : -magnitude;
        }
        String canon = canonical(name);
        Integer tableZ = canon == null ? null : TABLE.get(canon);
        String display = canon == null ? name : canon;
        if (tableZ != null && suffixZ != null && !tableZ.equals(suffixZ)) {
            throw new DomainException(Msg.text("core.ion.chargeContradictsTable", spec, signed(suffixZ), canon, signed(tableZ)));
        }
        Integer z = suffixZ != null ? suffixZ : tableZ;
        if (zGiven != null) {
            if (z != null && !z.equals(zGiven)) {
                throw new DomainException(Msg.text("core.ion.zContradicts", zGiven, spec, signed(z)));
            }
            z = zGiven;
        }
        if (z == null) {
            throw new DomainException(Msg.text("core.ion.unknown", spec, name));
        }
        if (display.isEmpty()) {
            throw new DomainException(Msg.text("core.ion.noName", spec));
        }
        return new Ion(display, z);
    }

    /** @return {@code +2}, {@code -1} */
    public static String signed(int z) {
        return z > 0 ? "+" + z : Integer.toString(z);
    }

    private static String canonical(String name) {
        if (TABLE.containsKey(name)) {
            return name;
        }
        String chinese = CHINESE.get(name.endsWith("离子") ? name.substring(0, name.length() - 2) : name);
        if (chinese != null) {
            return chinese;
        }
        for (String k : TABLE.keySet()) {
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
