package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Donnan;
import org.echem.core.Electrolyte;
import org.echem.core.Ion;
import org.echem.units.Kind;
import org.echem.units.UnitException;
import org.echem.units.Units;

/**
 * {@code donnan}: the Gibbs–Donnan equilibrium across a membrane that holds back charge on the
 * "in" side, closed (two finite compartments, an impermeant species inside) or open (a fixed charge
 * density against a large bath). One row per permeant ion; the potential, r, the osmolarities and
 * Δπ repeat on every row (SPEC §9).
 */
public final class DonnanCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Gibbs–Donnan equilibrium: charge that cannot cross the membrane (\"in\" holds it)",
            "pulls permeant ions until each is at its Nernst equilibrium with one potential.",
            "- Closed: two compartments, --in/--out before equilibrium, --impermeant inside,",
            "  --volumes IN:OUT. The amounts of the permeant ions are conserved.",
            "- Open: --bath of fixed composition, --fixed-charge density inside (a matrix:",
            "  cytoplasmic proteins, cartilage), not an osmotic particle.",
            "Gives the final concentrations, V_donnan = V_in - V_out, the Donnan ratio r",
            "(c_in/c_out of a monovalent cation), the ideal osmolarities and the osmotic",
            "pressure difference (van 't Hoff)."),
        List.of(
            Input.IN.map("Closed: permeant ions inside before equilibrium, NAME=CONC pairs {units}; an ion"
                    + " missing on one side is 0 there."),
            Input.OUT.map("Closed: permeant ions outside before equilibrium, NAME=CONC pairs {bare}."),
            Input.IMPERMEANT.map("Closed: impermeant species inside, NAME=CONC pairs {bare}; the charge in the"
                    + " name (Pr-=100) or in --z. Each molecule counts as one osmotic particle."),
            Input.Z.map("Valence of a species not in the ion table, NAME=Z pairs: Pr=-1 (0: an uncharged"
                    + " osmolyte); a single number when there is one impermeant."),
            Input.VOLUMES.value("Closed: the volumes of the two compartments, IN:OUT, e.g. 1:1, 1:10 or"
                    + " 2pL:1pL (only the ratio matters). Default: 1:1."),
            Input.BATH.map("Open: the bath's ions, NAME=CONC pairs {bare}; electroneutral; unchanged by"
                    + " the equilibrium."),
            Input.FIXED_CHARGE.value("Open: the fixed charge density inside, with its sign {units}: -50mM is"
                    + " 50 mM of negative charge.")),
        List.of(
            "%nConventions: \"in\" is the compartment with the impermeant or fixed charge;",
            "V_donnan = V_in - V_out; r = c_in/c_out of a monovalent cation (an ion of",
            "valence z has c_in/c_out = r^z); delta_pi = pi_in - pi_out (positive: water",
            "would move in). Each side must be electroneutral before equilibrium (the inside",
            "with its impermeant)."),
        List.of(
            "  echem donnan --in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100",
            "  echem donnan --in K=100 --out K=100,Cl=100 --impermeant Pr=50 --z Pr=-2 --volumes 1:10",
            "  echem donnan --bath Na=150,Cl=150 --fixed-charge -50mM",
            "  echem donnan --bath Na=140,K=5,Ca=2,Cl=149 --fixed-charge -100 --temp 25 --explain"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    static final Schema SCHEMA = Schema.of(
            Field.plain("ion", "ion"),
            Field.plain("z", "z"),
            Field.of("c_in_mM", "[in]", Kind.CONCENTRATION, "mM"),
            Field.of("c_out_mM", "[out]", Kind.CONCENTRATION, "mM"),
            Field.of("V_donnan_mV", "V_donnan", Kind.VOLTAGE, "mV"),
            Field.plain("r", "r"),
            Field.of("osm_in_mOsm", "osm in", Kind.CONCENTRATION, "mM").withUnit("mOsm/L"),
            Field.of("osm_out_mOsm", "osm out", Kind.CONCENTRATION, "mM").withUnit("mOsm/L"),
            Field.of("delta_pi_kPa", "Δπ", Kind.PRESSURE, "kPa"));

    /** The inputs of each setting, for telling them apart. */
    private static final List<Input> CLOSED = List.of(Input.IN, Input.OUT, Input.IMPERMEANT, Input.VOLUMES);
    private static final List<Input> OPEN = List.of(Input.BATH, Input.FIXED_CHARGE);

    private static final double PA_PER_MMHG = 101325.0 / 760;

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double t = in.temperature();
        Input closed = given(in, CLOSED);
        Input open = given(in, OPEN);
        if (closed != null && open != null) {
            throw in.bad(open, "give either the closed setting (--in, --out, --impermeant, --volumes) or the open"
                    + " one (--bath, --fixed-charge), not both (this row has " + closed.option() + " too)");
        }
        Donnan.Equilibrium e = open != null ? open(in, k, t) : closed(in, k, t);
        if (!Double.isFinite(e.osmoticPressure())) {
            Input culprit = open != null ? Input.FIXED_CHARGE : Input.IMPERMEANT;
            throw new InputException(in.source().where(culprit.key()) + (open != null ? " '" + in.text(culprit) + "'"
                    : "") + ": the concentrations are too large to compute with (the osmotic pressure overflows)");
        }
        explain(ex, k, e);
        for (Donnan.IonState s : e.ions()) {
            out.add(new Row(SCHEMA).set("ion", s.name()).set("z", s.z()).si("c_in_mM", s.cIn())
                    .si("c_out_mM", s.cOut()).si("V_donnan_mV", e.potential()).set("r", e.r())
                    .si("osm_in_mOsm", e.osmolarityIn()).si("osm_out_mOsm", e.osmolarityOut())
                    .si("delta_pi_kPa", e.osmoticPressure()));
        }
        Row last = out.get(out.size() - 1);
        for (String n : meaning(e)) {
            last.note(n);
        }
    }

    private static Input given(Inputs in, List<Input> keys) {
        for (Input i : keys) {
            if (in.has(i) || in.hasMap(i)) {
                return i;
            }
        }
        return null;
    }

    // ---- closed ----------------------------------------------------------------------------------

    private static Donnan.Equilibrium closed(Inputs in, ConstantSet k, double t) {
        for (Input i : List.of(Input.IN, Input.OUT, Input.IMPERMEANT)) {
            if (in.has(i)) {
                throw in.bad(i, "expected NAME=CONC pairs such as " + (i == Input.IMPERMEANT ? "Pr-=100" : "Na=100,Cl=100"));
            }
        }
        if (!in.hasMap(Input.IN) && !in.hasMap(Input.OUT)) {
            throw new InputException(in.source().where(Input.IN.key()) + " is missing: give the permeant ions on"
                    + " each side, e.g. --in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100 (closed), or"
                    + " --bath Na=150,Cl=150 --fixed-charge -50mM (open)");
        }
        if (!in.hasMap(Input.IMPERMEANT)) {
            throw new InputException(in.source().where(Input.IMPERMEANT.key()) + " is missing: give the impermeant"
                    + " species inside, e.g. --impermeant Pr-=100 (or Pr=100 with --z Pr=-1); without"
                    + " impermeant charge there is no Donnan equilibrium to compute");
        }
        List<Donnan.Impermeant> imp = impermeants(in);
        Map<String, double[]> conc = new LinkedHashMap<>();
        Map<String, Integer> valence = new LinkedHashMap<>();
        for (int side = 0; side < 2; side++) {
            Input prefix = side == 0 ? Input.IN : Input.OUT;
            Set<String> seen = new HashSet<>();
            for (String name : in.entries(prefix)) {
                String key = prefix.entry(name);
                Ion ion = ion(in, key, name);
                for (Donnan.Impermeant x : imp) {
                    if (x.name().equals(ion.name())) {
                        throw in.bad(key, ion.name() + " is named impermeant in --impermeant; a species is"
                                + " either permeant (--in/--out) or impermeant, not both");
                    }
                }
                if (!seen.add(ion.name())) {
                    throw in.bad(key, prefix.option() + " gives " + ion.name() + " twice");
                }
                double[] c = conc.get(ion.name());
                if (c == null) {
                    c = new double[2];
                    conc.put(ion.name(), c);
                    valence.put(ion.name(), ion.z());
                }
                c[side] = in.nonNegative(key, Kind.CONCENTRATION);
            }
        }
        List<Donnan.Permeant> ions = new ArrayList<>();
        for (Map.Entry<String, double[]> m : conc.entrySet()) {
            ions.add(new Donnan.Permeant(m.getKey(), valence.get(m.getKey()), m.getValue()[0], m.getValue()[1]));
        }
        double[] v = volumes(in);
        try {
            return Donnan.closed(k, ions, imp, v[0], v[1], t);
        } catch (DomainException d) {
            throw new InputException(in.source().where(Input.IN.key()) + " " + pairs(in, Input.IN) + " | --out "
                    + pairs(in, Input.OUT) + " with --impermeant " + pairs(in, Input.IMPERMEANT) + ": " + d.getMessage());
        }
    }

    private static List<Donnan.Impermeant> impermeants(Inputs in) {
        List<Donnan.Impermeant> list = new ArrayList<>();
        List<String> names = in.entries(Input.IMPERMEANT);
        if (in.has(Input.Z) && names.size() != 1) {
            throw in.bad(Input.Z, "a single --z applies to a single impermeant; with several give NAME=Z pairs"
                    + " such as --z Pr=-1,ATP=-4");
        }
        for (String name : names) {
            String key = Input.IMPERMEANT.entry(name);
            String zKey = in.has(Input.Z) ? Input.Z.key() : zKey(in, name);
            Integer z = in.has(zKey) ? in.integer(zKey) : null;
            String shown;
            int valence;
            if (z != null && z == 0) {
                if (name.strip().matches(".*[+\\-\u2212]$")) {
                    throw in.bad(zKey, "the name " + name + " carries a charge but --z gives 0");
                }
                shown = name.strip();
                valence = 0;
            } else {
                Ion ion;
                try {
                    ion = Ion.parse(name, z);
                } catch (DomainException d) {
                    throw new InputException(in.source().where(key) + ": " + d.getMessage()
                            + (z == null ? " (for an impermeant: --impermeant Pr-=100, or --z Pr=-1)" : ""));
                }
                shown = ion.name();
                valence = ion.z();
            }
            for (Donnan.Impermeant x : list) {
                if (x.name().equals(shown)) {
                    throw in.bad(key, "--impermeant gives " + shown + " twice");
                }
            }
            list.add(new Donnan.Impermeant(shown, valence, in.nonNegative(key, Kind.CONCENTRATION)));
        }
        for (String name : in.entries(Input.Z)) {
            if (!named(in, name, Input.IMPERMEANT, Input.IN, Input.OUT)) {
                throw in.bad(Input.Z.entry(name), "no species " + name + " in --in, --out or --impermeant");
            }
        }
        return list;
    }

    /**
     * @return the key of {@code --z NAME=Z} for the species written {@code name}: {@code z.Pr} for
     *     {@code Pr} and for {@code Pr-} (the name without its charge)
     */
    private static String zKey(Inputs in, String name) {
        String key = Input.Z.entry(name);
        if (in.has(key)) {
            return key;
        }
        try {
            return Input.Z.entry(Ion.parse(name, null).name());
        } catch (DomainException d) {
            return key; // an unknown name without its charge: only --z NAME=Z can give it
        }
    }

    /** @return whether a {@code --z} entry {@code name} names a species of one of the maps */
    private static boolean named(Inputs in, String name, Input... maps) {
        for (Input m : maps) {
            for (String e : in.entries(m)) {
                if (e.equals(name) || zKey(in, e).equals(Input.Z.entry(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return a permeant ion of a map entry; its valence from the name, the table or {@code --z NAME=Z} */
    private static Ion ion(Inputs in, String key, String name) {
        String zKey = zKey(in, name);
        if (!in.has(zKey)) {
            return in.ionNamed(key, name);
        }
        int z = in.integer(zKey);
        if (z == 0) {
            throw in.bad(zKey, "a permeant ion needs a valence ≠ 0");
        }
        try {
            return Ion.parse(name, z);
        } catch (DomainException d) {
            throw new InputException(in.source().where(key) + ": " + d.getMessage());
        }
    }

    /** @return {V_in, V_out} in m³ from {@code --volumes IN:OUT}, default 1:1 */
    private static double[] volumes(Inputs in) {
        String text = in.text(Input.VOLUMES);
        if (text == null) {
            return new double[] {1, 1};
        }
        String[] parts = text.split(":", -1);
        String expected = "expected the two volumes as IN:OUT, each > 0, such as 1:1, 1:10 or 2pL:1pL";
        if (parts.length != 2) {
            throw in.bad(Input.VOLUMES, expected);
        }
        double[] v = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                v[i] = Units.parse(parts[i], Kind.VOLUME, in.source().hintUnit(Input.VOLUMES.key(), Kind.VOLUME)).si();
            } catch (UnitException u) {
                throw in.bad(Input.VOLUMES, u.getMessage() + "; " + expected);
            }
            if (!(v[i] > 0 && v[i] < Double.POSITIVE_INFINITY)) {
                throw in.bad(Input.VOLUMES, (i == 0 ? "the inside" : "the outside") + " volume is " + parts[i].strip()
                        + "; " + expected);
            }
        }
        if (!Double.isFinite(v[0] / v[1]) || !(v[0] / v[1] > 0)) {
            throw in.bad(Input.VOLUMES, "the ratio of the volumes is too extreme to compute with; " + expected);
        }
        return v;
    }

    // ---- open ------------------------------------------------------------------------------------

    private static Donnan.Equilibrium open(Inputs in, ConstantSet k, double t) {
        if (in.has(Input.BATH)) {
            throw in.bad(Input.BATH, "expected NAME=CONC pairs such as Na=150,Cl=150");
        }
        if (!in.hasMap(Input.BATH)) {
            throw new InputException(in.source().where(Input.BATH.key()) + " is missing: --fixed-charge needs the"
                    + " bath it equilibrates with, e.g. --bath Na=150,Cl=150");
        }
        if (!in.has(Input.FIXED_CHARGE)) {
            throw new InputException(in.source().where(Input.FIXED_CHARGE.key()) + " is missing: give the fixed"
                    + " charge density inside with its sign, e.g. --fixed-charge -50mM");
        }
        if (in.has(Input.Z)) {
            throw in.bad(Input.Z, "in the open setting give the valence of a bath ion as NAME=Z, e.g. --z X=-1");
        }
        if (in.hasMap(Input.Z)) {
            for (String name : in.entries(Input.Z)) {
                if (!named(in, name, Input.BATH)) {
                    throw in.bad(Input.Z.entry(name), "no ion " + name + " in --bath");
                }
            }
        }
        double rho = in.value(Input.FIXED_CHARGE, Kind.CONCENTRATION);
        List<Electrolyte.Species> bath = new ArrayList<>();
        for (String name : in.entries(Input.BATH)) {
            String key = Input.BATH.entry(name);
            Ion ion = ion(in, key, name);
            for (Electrolyte.Species s : bath) {
                if (s.name().equals(ion.name())) {
                    throw in.bad(key, "--bath gives " + ion.name() + " twice");
                }
            }
            bath.add(new Electrolyte.Species(ion.name(), ion.z(), in.nonNegative(key, Kind.CONCENTRATION)));
        }
        try {
            return Donnan.open(k, bath, rho, t);
        } catch (DomainException d) {
            throw new InputException(in.source().where(Input.BATH.key()) + " " + pairs(in, Input.BATH)
                    + " with --fixed-charge " + in.text(Input.FIXED_CHARGE) + ": " + d.getMessage());
        }
    }

    /** @return the pairs of a map as given ({@code Na=100,Cl=10}, for messages), or {@code (none)} */
    private static String pairs(Inputs in, Input prefix) {
        StringBuilder b = new StringBuilder();
        for (String name : in.entries(prefix)) {
            b.append(b.length() == 0 ? "" : ",").append(name).append('=').append(in.text(prefix.entry(name)));
        }
        return b.length() == 0 ? "(none)" : b.toString();
    }

    // ---- words -------------------------------------------------------------------------------------

    /** @return what the equilibrium means, for people: the potential and the osmotic consequence */
    private static List<String> meaning(Donnan.Equilibrium e) {
        List<String> notes = new ArrayList<>();
        if (e.root().evaluations() == 0) {
            notes.add("No charge is held inside, so there is no Donnan potential: r = 1, V_donnan = 0 and every"
                    + " permeant ion ends at the same concentration on both sides.");
        } else {
            String mV = human(e.potential() * 1e3);
            notes.add(String.format(Locale.ROOT, "Every permeant ion is at its Nernst equilibrium with V_in − V_out"
                    + " = %s mV: %s are gathered inside (r = %s) and %s pushed out, so both sides stay"
                    + " electroneutral.", mV, e.fixedCharge() < 0 ? "cations" : "anions", human(e.r()),
                    e.fixedCharge() < 0 ? "anions" : "cations"));
        }
        double dPi = e.osmoticPressure();
        double dOsm = e.osmolarityIn() - e.osmolarityOut();
        String pressure = String.format(Locale.ROOT, "Δπ = (%s − %s mOsm/L)·RT = %s kPa (%s mmHg)",
                human(e.osmolarityIn()), human(e.osmolarityOut()), human(dPi / 1e3), human(dPi / PA_PER_MMHG));
        if (Math.abs(dOsm) <= 1e-9 * Math.max(e.osmolarityIn(), e.osmolarityOut())) {
            notes.add("Osmotic balance: both sides hold " + human(e.osmolarityIn()) + " mOsm/L; no water moves.");
        } else if (dOsm > 0) {
            notes.add("Osmotic imbalance: " + pressure + ". The inside holds more particles, so water would move in:"
                    + " a cell would swell (and burst) unless it pumps ions out, as the Na+/K+ pump does, or a wall or"
                    + " matrix resists.");
        } else {
            notes.add("Osmotic imbalance: " + pressure + ". The outside holds more particles, so water would move"
                    + " out and the inside would shrink.");
        }
        if (e.mode() == Donnan.Mode.OPEN) {
            notes.add("Open setting: the bath is so large that its composition does not change; the fixed charge is"
                    + " bound to a matrix and is no osmotic particle.");
        }
        return notes;
    }

    private static void explain(Explain ex, ConstantSet k, Donnan.Equilibrium e) {
        if (!ex.on()) {
            return;
        }
        double t = e.temperature();
        double vt = k.thermalVoltage(t);
        boolean closed = e.mode() == Donnan.Mode.CLOSED;
        ex.step("Gibbs–Donnan equilibrium, %s setting%s", closed ? "closed" : "open",
                closed ? String.format(Locale.ROOT, " (two compartments, V_in/V_out = %s)", human(e.volumeRatio()))
                        : " (a fixed charge inside against a bath of fixed composition)");
        ex.step("  charge held inside: ρ = %s mM%s", human(e.fixedCharge()),
                closed ? " (Σ z·c of the impermeant species)" : " (--fixed-charge)");
        ex.step("Condition: every permeant ion at its Nernst equilibrium with one potential V = V_in − V_out,");
        ex.step("  c_in = c_out · r^z   with r = exp(−FV/RT)   (r = c_in/c_out of a monovalent cation)");
        if (closed) {
            ex.step("  amounts are conserved: c_in·V_in + c_out·V_out = n for each ion, so c_in(r) = n / (V_in + V_out·r^(−z))");
        } else {
            ex.step("  the bath does not change: c_out = c_bath, so c_in(r) = c_bath · r^z");
        }
        ex.step("  electroneutrality inside: g(r) = Σ z·c_in(r) + ρ = 0 (the outside stays neutral by itself)");
        Donnan.Root root = e.root();
        if (root.evaluations() == 0) {
            ex.step("Root: ρ = 0, so r = 1 exactly (no solver needed)");
        } else {
            ex.step("Root: g rises monotonically with ln r, so there is one root; Brent's method on the bracket");
            ex.step("  ln r ∈ [%s, %s] (proven to hold it) gives ln r = %s, r = %s (%d evaluations)",
                    human(root.lo()), human(root.hi()), human(root.lnR()), human(e.r()), root.evaluations());
        }
        ex.step("  V_donnan = −(RT/F)·ln r = −%s mV × %s = %s mV   (T = %s K, constants %s)",
                human(vt * 1e3), human(root.lnR()), human(e.potential() * 1e3), human(t), k.name());
        ex.step("Final concentrations:");
        for (Donnan.IonState s : e.ions()) {
            String label = new Ion(s.name(), s.z()).label();
            if (s.cIn() > 0 && s.cOut() > 0) {
                double en = vt / s.z() * Math.log(s.cOut() / s.cIn());
                ex.step("  %-6s in %s mM, out %s mM; c_in/c_out = %s = r^%s; E = (RT/zF)·ln(out/in) = %s mV = V",
                        label, human(s.cIn()), human(s.cOut()), human(s.cIn() / s.cOut()), Ion.signed(s.z()),
                        human(en * 1e3));
            } else {
                ex.step("  %-6s in %s mM, out %s mM", label, human(s.cIn()), human(s.cOut()));
            }
        }
        ex.step("  net charge: inside Σ z·c + ρ = %s mM, outside Σ z·c = %s mM (electroneutral)",
                human(clean(e.netChargeIn(), e)), human(clean(e.netChargeOut(), e)));
        ex.step("Osmotic balance (ideal, van 't Hoff):");
        ex.step("  osm_in = Σ c of the particles inside%s = %s mOsm/L; osm_out = %s mOsm/L",
                closed ? String.format(Locale.ROOT, " (permeant ions + %s mM impermeant molecules)",
                        human(e.impermeantOsmolarity())) : " (the fixed charge is no particle)",
                human(e.osmolarityIn()), human(e.osmolarityOut()));
        ex.step("  Δπ = π_in − π_out = (osm_in − osm_out)·RT = %s mol/m³ × %s J/mol = %s kPa (%s mmHg, %s atm)",
                human(e.osmolarityIn() - e.osmolarityOut()), human(k.gasConstant() * t),
                human(e.osmoticPressure() / 1e3), human(e.osmoticPressure() / PA_PER_MMHG),
                human(e.osmoticPressure() / 101325));
    }

    /** @return x, or 0 when it is rounding noise on the scale of the concentrations */
    private static double clean(double x, Donnan.Equilibrium e) {
        double scale = Math.abs(e.fixedCharge());
        for (Donnan.IonState s : e.ions()) {
            scale += Math.abs(s.z()) * (s.cIn() + s.cOut());
        }
        return Math.abs(x) <= 1e-12 * scale ? 0 : x;
    }
}
