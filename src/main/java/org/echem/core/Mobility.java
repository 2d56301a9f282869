package org.echem.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Limiting ionic conductivities and mobilities of the ions of patch-clamp solutions, for liquid
 * junction potentials ({@link JunctionPotential}).
 *
 * <p><b>What the numbers are.</b> {@code lambda} is the limiting <i>equivalent</i> conductivity
 * λ⁰(1/|z| X^z) in S·cm²/mol at 25 °C, per mole of charge, as the CRC Handbook ("Ionic conductivity
 * and diffusion at infinite dilution") and Lange's Handbook (15th ed., Table 8.32) list it: for Ca²⁺
 * the value of ½Ca²⁺, 59.5. The mobility used by the junction-potential equations is the
 * diffusion coefficient relative to K⁺, by Nernst–Einstein D = RT·λ⁰ / (|z|·F²):
 *
 * <pre>
 *   u = D / D_K = λ⁰ / (|z| · 73.5)
 * </pre>
 *
 * <p>(for a monovalent ion simply λ⁰ / 73.5). This is the "mobility relative to K⁺" of Barry's
 * JPCalc and of the UNSW ionic mobility tables (Mg²⁺: 53.06 / (2 · 73.5) = 0.361, as listed there)
 * and the mobility LJPcalc derives from its conductivities (μ = λ / (N_A·e²·|z|)). Ions known only
 * by a relative mobility (the organic anions, from Barry's tables) are stored with
 * λ⁰ = u · |z| · 73.5, so both forms always agree.
 *
 * <p><b>Charges</b> are those at pH 7.2–7.4 (SPEC §9 "Fixed points"): gluconate 1−,
 * methanesulfonate 1−, aspartate 1−, glutamate 1−, HEPES 1− (its charged form; a caller who
 * titrated HEPES partly passes the charged part's concentration), EGTA 2−, ATP 4−, GTP 4−,
 * phosphocreatine 2−, H₂PO₄⁻ 1−.
 *
 * <p><b>Sources</b> (each entry names its own): Lange's Handbook of Chemistry, 15th ed. (J. A. Dean,
 * 1999), Table 8.32, as reproduced in LJPcalc's ion table (S. Harden, github.com/swharden/LJPcalc,
 * {@code src/IonTable.md}); the UNSW ionic mobility tables of P. H. Barry (JPCalc; Ng and Barry,
 * J. Neurosci. Methods 56:37–41, 1995; Barry, J. Neurosci. Methods 51:107–116, 1994), also listed
 * there. Plain Java, no resource file: the core does no I/O.
 */
public final class Mobility {
    /** λ⁰(K⁺) in S·cm²/mol at 25 °C, the reference of relative mobilities (Lange Table 8.32; CRC 73.48). */
    public static final double K_CONDUCTIVITY = 73.5;

    private static final String LANGE = "Lange's Handbook of Chemistry 15th ed., Table 8.32 (via LJPcalc ion table)";
    private static final String UNSW = "Barry, UNSW ionic mobility tables / JPCalc (via LJPcalc ion table)";

    /**
     * One ion of the table.
     *
     * @param name the table's spelling
     * @param z valence at pH 7.2–7.4, ≠ 0
     * @param lambda limiting equivalent conductivity λ⁰(1/|z| X), S·cm²/mol at 25 °C, &gt; 0
     * @param source where λ⁰ (or the relative mobility it was derived from) comes from
     * @param aliases other names accepted by {@link #lookup(String)}
     */
    public record Entry(String name, int z, double lambda, String source, List<String> aliases) {
        public Entry {
            Require.nonZero(z, "core.what.valenceOf", name);
            Require.positive(lambda, "core.what.limitingConductivityOf", name);
            aliases = List.copyOf(aliases);
        }

        /** @return the mobility relative to K⁺ (= D/D_K = λ⁰ / (|z|·73.5)), dimensionless */
        public double relative() {
            return relativeFromConductivity(lambda, z);
        }
    }

    private static final List<Entry> ENTRIES;
    private static final Map<String, Entry> BY_NAME = new LinkedHashMap<>();

    static {
        List<Entry> e = new ArrayList<>();
        // cations, Lange Table 8.32 (CRC values agree to 0.3 %)
        e.add(new Entry("K", 1, 73.5, LANGE, List.of("potassium")));
        e.add(new Entry("Na", 1, 50.11, LANGE, List.of("sodium")));
        e.add(new Entry("Cs", 1, 77.3, LANGE, List.of("cesium", "caesium")));
        e.add(new Entry("Li", 1, 38.69, LANGE, List.of("lithium")));
        e.add(new Entry("Rb", 1, 77.8, LANGE, List.of("rubidium")));
        e.add(new Entry("NH4", 1, 73.7, LANGE, List.of("ammonium")));
        e.add(new Entry("H", 1, 350.1, LANGE, List.of("proton", "hydrogen", "H3O")));
        e.add(new Entry("Ca", 2, 59.5, LANGE, List.of("calcium")));
        e.add(new Entry("Mg", 2, 53.06, LANGE, List.of("magnesium")));
        e.add(new Entry("Ba", 2, 63.9, LANGE, List.of("barium")));
        e.add(new Entry("Sr", 2, 59.46, LANGE, List.of("strontium")));
        e.add(new Entry("Zn", 2, 52.8, LANGE, List.of("zinc")));
        e.add(new Entry("TEA", 1, 32.6, LANGE + ": tetraethylammonium", List.of("tetraethylammonium", "Et4N")));
        e.add(new Entry("TMA", 1, 44.9, LANGE + ": tetramethylammonium", List.of("tetramethylammonium", "Me4N")));
        e.add(new Entry("NMDG", 1, 0.33 * K_CONDUCTIVITY, UNSW + ": u = 0.33",
                List.of("N-methyl-D-glucamine", "N-methylglucamine", "meglumine")));
        e.add(new Entry("Tris", 1, 0.40 * K_CONDUCTIVITY, UNSW + ": u = 0.40", List.of("TrisH")));
        e.add(new Entry("Choline", 1, 0.51 * K_CONDUCTIVITY, UNSW + ": u = 0.51", List.of()));
        // inorganic anions, Lange Table 8.32
        e.add(new Entry("Cl", -1, 76.31, LANGE, List.of("chloride")));
        e.add(new Entry("F", -1, 55.4, LANGE, List.of("fluoride")));
        e.add(new Entry("Br", -1, 78.1, LANGE, List.of("bromide")));
        e.add(new Entry("I", -1, 76.9, LANGE, List.of("iodide")));
        e.add(new Entry("NO3", -1, 71.42, LANGE, List.of("nitrate")));
        e.add(new Entry("OH", -1, 198, LANGE, List.of("hydroxide")));
        e.add(new Entry("HCO3", -1, 44.5, LANGE, List.of("bicarbonate", "hydrogencarbonate")));
        e.add(new Entry("H2PO4", -1, 33, LANGE + " (CRC lists 36)", List.of("dihydrogenphosphate")));
        e.add(new Entry("SO4", -2, 80.0, LANGE, List.of("sulfate", "sulphate")));
        e.add(new Entry("SCN", -1, 66.5, LANGE, List.of("thiocyanate")));
        e.add(new Entry("Acetate", -1, 41, LANGE, List.of("OAc", "CH3COO")));
        e.add(new Entry("Methanesulfonate", -1, 48.8, LANGE + ": methylsulfonate (UNSW: u = 0.664)",
                List.of("MeSO3", "CH3SO3", "methylsulfonate", "mesylate", "methanesulphonate")));
        // organic anions of pipette solutions, relative mobilities from Barry's tables
        e.add(new Entry("Gluconate", -1, 0.33 * K_CONDUCTIVITY, UNSW + ": u = 0.33", List.of("Gluc")));
        e.add(new Entry("Aspartate", -1, 0.30 * K_CONDUCTIVITY, UNSW + ": u = 0.30", List.of("Asp")));
        e.add(new Entry("Glutamate", -1, 0.26 * K_CONDUCTIVITY, UNSW + ": u = 0.26", List.of("Glut")));
        e.add(new Entry("Isethionate", -1, 0.52 * K_CONDUCTIVITY, UNSW + ": u = 0.52", List.of()));
        e.add(new Entry("HEPES", -1, 0.30 * K_CONDUCTIVITY, UNSW + ": u = 0.30 (charged form)", List.of()));
        e.add(new Entry("MES", -1, 0.37 * K_CONDUCTIVITY, UNSW + ": u = 0.37", List.of()));
        e.add(new Entry("MOPS", -1, 0.35 * K_CONDUCTIVITY, UNSW + ": u = 0.35", List.of()));
        e.add(new Entry("EGTA", -2, 0.24 * 2 * K_CONDUCTIVITY, UNSW + ": EGTA(2-), u = 0.24", List.of()));
        e.add(new Entry("ATP", -4, 0.15 * 4 * K_CONDUCTIVITY, UNSW + ": u = 0.15 (listed for every charge)",
                List.of("adenosine triphosphate")));
        e.add(new Entry("GTP", -4, 0.15 * 4 * K_CONDUCTIVITY, "estimate: no published value; taken equal to ATP"
                + " (same size and charge), " + UNSW + " u = 0.15", List.of("guanosine triphosphate")));
        e.add(new Entry("Phosphocreatine", -2, 0.30 * 2 * K_CONDUCTIVITY, "estimate: no published conductivity;"
                + " u = 0.30 as for the anions of its size (HEPES, aspartate) in " + UNSW,
                List.of("PCr", "creatine phosphate")));
        ENTRIES = Collections.unmodifiableList(e);
        for (Entry x : e) {
            BY_NAME.put(key(x.name()), x);
            for (String a : x.aliases()) {
                BY_NAME.put(key(a), x);
            }
        }
    }

    private Mobility() {}

    /** @return every entry, in a stable order (cations, then anions) */
    public static List<Entry> table() {
        return ENTRIES;
    }

    /**
     * The mobility relative to K⁺ of an ion of limiting equivalent conductivity λ⁰ and valence z.
     *
     * @param lambda λ⁰(1/|z| X), S·cm²/mol, &gt; 0
     * @param z valence, ≠ 0
     * @return λ⁰ / (|z|·73.5), dimensionless
     */
    public static double relativeFromConductivity(double lambda, int z) {
        Require.positive(lambda, "core.what.limitingConductivity");
        Require.nonZero(z, "core.what.valence");
        return lambda / (Math.abs(z) * K_CONDUCTIVITY);
    }

    /**
     * Looks an ion up by name or alias, case-insensitively; a charge suffix ({@code Ca2+},
     * {@code Cl-}, {@code SO4 2-}, {@code EGTA(2-)}) is accepted when it matches the table's.
     *
     * @param name as written
     * @return the entry, or empty when the ion is not in the table
     * @throws DomainException when the name is known but its charge suffix contradicts the table
     */
    public static Optional<Entry> lookup(String name) {
        String s = plainDigits(name.strip().replace('\u2212', '-').replace('⁺', '+').replace('⁻', '-'));
        Entry direct = BY_NAME.get(key(s));
        if (direct != null) {
            return Optional.of(direct);
        }
        if (s.endsWith(")") && s.indexOf('(') > 0) {
            s = s.substring(0, s.lastIndexOf('(')).strip() + s.substring(s.lastIndexOf('(') + 1, s.length() - 1);
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '+' || s.charAt(end - 1) == '-')) {
            end--;
        }
        if (end == s.length() || end == 0) {
            return Optional.ofNullable(BY_NAME.get(key(s)));
        }
        char sign = s.charAt(s.length() - 1);
        int signs = s.length() - end;
        String body = s.substring(0, end);
        Entry whole = BY_NAME.get(key(body));
        if (whole != null && signs > 1) {
            return Optional.of(checked(whole, sign == '+' ? signs : -signs, name));
        }
        // digits before a single sign: the charge's magnitude, unless they belong to the name (H2PO4-)
        int d = end;
        while (d > 0 && Character.isDigit(s.charAt(d - 1))) {
            d--;
        }
        for (int split = d; split <= end; split++) {
            Entry x = BY_NAME.get(key(s.substring(0, split)));
            if (x != null && (split == end || signs == 1)) {
                int mag = split == end ? signs : Integer.parseInt(s.substring(split, end));
                return Optional.of(checked(x, sign == '+' ? mag : -mag, name));
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #lookup(String)}, for an ion that must be in the table.
     *
     * @throws DomainException when it is not
     */
    public static Entry require(String name) {
        return lookup(name).orElseThrow(() -> new DomainException(Msg.text("core.mobility.unknown", name)));
    }

    private static Entry checked(Entry x, int z, String written) {
        if (z == x.z()) {
            return x;
        }
        throw new DomainException(Msg.text("core.mobility.chargeContradicts", written, Ion.signed(z), x.name(),
                Ion.signed(x.z())));
    }

    /** @return {@code s} with superscript digits (Mg²⁺) as plain ones */
    private static String plainDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            b.append(i >= 0 ? (char) ('0' + i) : c);
        }
        return b.toString();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }
}
