package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.lang.Msg;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** @return the help text and inputs, in the language in use (built on each call, never kept) */
    @Override
    public Declaration declaration() {
        return new Declaration(
        Msg.helpLines("donnan.help.description"),
        List.of(
            Input.IN.map(Msg.help("donnan.input.in")),
            Input.OUT.map(Msg.help("donnan.input.out")),
            Input.IMPERMEANT.map(Msg.help("donnan.input.impermeant")),
            Input.Z.map(Msg.help("donnan.input.z")),
            Input.VOLUMES.value(Msg.help("donnan.input.volumes")),
            Input.BATH.map(Msg.help("donnan.input.bath")),
            Input.FIXED_CHARGE.value(Msg.help("donnan.input.fixedCharge")),
            Input.ACTIVITY.value(Msg.help("donnan.input.activity")),
            Input.IONIC_STRENGTH_IN.value(Msg.help("donnan.input.ionicIn")),
            Input.IONIC_STRENGTH_OUT.value(Msg.help("donnan.input.ionicOut"))),
        Msg.helpLines("donnan.help.notes"),
        List.of(
            "  echem donnan --in Na=100 --out Na=100,Cl=100 --impermeant Pr-=100",
            "  echem donnan --in K=100 --out K=100,Cl=100 --impermeant Pr=50 --z Pr=-2 --volumes 1:10",
            "  echem donnan --bath Na=150,Cl=150 --fixed-charge -50mM",
            "  echem donnan --bath Na=150,Cl=150 --fixed-charge -50mM --activity davies",
            "  echem donnan --bath Na=140,K=5,Ca=2,Cl=149 --fixed-charge -100 --temp 25 --explain"));
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
            throw in.bad(open, Msg.text("donnan.error.bothSettings", closed.option()));
        }
        Activities.Sides gammas = Activities.sides(in);
        Donnan.Equilibrium e = open != null ? open(in, k, t, gammas) : closed(in, k, t, gammas);
        if (!Double.isFinite(e.osmoticPressure())) {
            Input culprit = open != null ? Input.FIXED_CHARGE : Input.IMPERMEANT;
            throw new InputException(Msg.text("donnan.error.overflow", in.source().where(culprit.key())
                    + (open != null ? " '" + in.text(culprit) + "'" : "")));
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
        if (gammas != null) { // how much the activities moved the potential: against the same inputs in concentrations
            double ideal = (open != null ? open(in, k, t, null) : closed(in, k, t, null)).potential();
            last.note(gammas.note(e.potential(), ideal));
            if (ex.on()) {
                ex.say("donnan.step.activity", gammas.note(e.potential(), ideal));
            }
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

    private static Donnan.Equilibrium closed(Inputs in, ConstantSet k, double t, Donnan.Coefficients gammas) {
        for (Input i : List.of(Input.IN, Input.OUT, Input.IMPERMEANT)) {
            if (in.has(i)) {
                throw in.bad(i, Msg.text("donnan.error.pairs", i == Input.IMPERMEANT ? "Pr-=100" : "Na=100,Cl=100"));
            }
        }
        if (!in.hasMap(Input.IN) && !in.hasMap(Input.OUT)) {
            throw new InputException(Msg.text("donnan.error.missingIn", in.source().where(Input.IN.key())));
        }
        if (!in.hasMap(Input.IMPERMEANT)) {
            throw new InputException(Msg.text("donnan.error.missingImpermeant", in.source().where(Input.IMPERMEANT.key())));
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
                        throw in.bad(key, Msg.text("donnan.error.bothPermeant", ion.name()));
                    }
                }
                if (!seen.add(ion.name())) {
                    throw in.bad(key, Msg.text("donnan.error.twice", prefix.option(), ion.name()));
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
            return Donnan.closed(k, ions, imp, v[0], v[1], t, gammas);
        } catch (DomainException d) {
            throw new InputException(Msg.text("donnan.error.closed", in.source().where(Input.IN.key()), pairs(in, Input.IN),
                    pairs(in, Input.OUT), pairs(in, Input.IMPERMEANT), d.getMessage()));
        }
    }

    private static List<Donnan.Impermeant> impermeants(Inputs in) {
        List<Donnan.Impermeant> list = new ArrayList<>();
        List<String> names = in.entries(Input.IMPERMEANT);
        if (in.has(Input.Z) && names.size() != 1) {
            throw in.bad(Input.Z, Msg.text("donnan.error.singleZ"));
        }
        for (String name : names) {
            String key = Input.IMPERMEANT.entry(name);
            String zKey = in.has(Input.Z) ? Input.Z.key() : zKey(in, name);
            Integer z = in.has(zKey) ? in.integer(zKey) : null;
            String shown;
            int valence;
            if (z != null && z == 0) {
                if (name.strip().matches(".*[+\\-\u2212]$")) {
                    throw in.bad(zKey, Msg.text("donnan.error.chargedZero", name));
                }
                shown = name.strip();
                valence = 0;
            } else {
                Ion ion;
                try {
                    ion = Ion.parse(name, z);
                } catch (DomainException d) {
                    throw new InputException(Msg.text(z == null ? "donnan.error.impermeantIonHint" : "donnan.error.impermeantIon",
                            in.source().where(key), d.getMessage()));
                }
                shown = ion.name();
                valence = ion.z();
            }
            for (Donnan.Impermeant x : list) {
                if (x.name().equals(shown)) {
                    throw in.bad(key, Msg.text("donnan.error.impermeantTwice", shown));
                }
            }
            list.add(new Donnan.Impermeant(shown, valence, in.nonNegative(key, Kind.CONCENTRATION)));
        }
        for (String name : in.entries(Input.Z)) {
            if (!named(in, name, Input.IMPERMEANT, Input.IN, Input.OUT)) {
                throw in.bad(Input.Z.entry(name), Msg.text("donnan.error.noSpecies", name));
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
            throw in.bad(zKey, Msg.text("donnan.error.permeantZero"));
        }
        try {
            return Ion.parse(name, z);
        } catch (DomainException d) {
            throw new InputException(Msg.text("donnan.error.ion", in.source().where(key), d.getMessage()));
        }
    }

    /** @return {V_in, V_out} in m³ from {@code --volumes IN:OUT}, default 1:1 */
    private static double[] volumes(Inputs in) {
        String text = in.text(Input.VOLUMES);
        if (text == null) {
            return new double[] {1, 1};
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw in.bad(Input.VOLUMES, Msg.text("donnan.error.volumes"));
        }
        double[] v = new double[2];
        for (int i = 0; i < 2; i++) {
            try {
                v[i] = Units.parse(parts[i], Kind.VOLUME, in.source().hintUnit(Input.VOLUMES.key(), Kind.VOLUME)).si();
            } catch (UnitException u) {
                throw in.bad(Input.VOLUMES, Msg.text("donnan.error.volumeUnit", u.getMessage()));
            }
            if (!(v[i] > 0 && v[i] < Double.POSITIVE_INFINITY)) {
                throw in.bad(Input.VOLUMES, Msg.text(i == 0 ? "donnan.error.volumeIn" : "donnan.error.volumeOut",
                        parts[i].strip()));
            }
        }
        if (!Double.isFinite(v[0] / v[1]) || !(v[0] / v[1] > 0)) {
            throw in.bad(Input.VOLUMES, Msg.text("donnan.error.volumeRatio"));
        }
        return v;
    }

    // ---- open ------------------------------------------------------------------------------------

    private static Donnan.Equilibrium open(Inputs in, ConstantSet k, double t, Donnan.Coefficients gammas) {
        if (in.has(Input.BATH)) {
            throw in.bad(Input.BATH, Msg.text("donnan.error.pairs", "Na=150,Cl=150"));
        }
        if (!in.hasMap(Input.BATH)) {
            throw new InputException(Msg.text("donnan.error.missingBath", in.source().where(Input.BATH.key())));
        }
        if (!in.has(Input.FIXED_CHARGE)) {
            throw new InputException(Msg.text("donnan.error.missingFixedCharge", in.source().where(Input.FIXED_CHARGE.key())));
        }
        if (in.has(Input.Z)) {
            throw in.bad(Input.Z, Msg.text("donnan.error.openZ"));
        }
        if (in.hasMap(Input.Z)) {
            for (String name : in.entries(Input.Z)) {
                if (!named(in, name, Input.BATH)) {
                    throw in.bad(Input.Z.entry(name), Msg.text("donnan.error.noBathIon", name));
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
                    throw in.bad(key, Msg.text("donnan.error.bathTwice", ion.name()));
                }
            }
            bath.add(new Electrolyte.Species(ion.name(), ion.z(), in.nonNegative(key, Kind.CONCENTRATION)));
        }
        try {
            return Donnan.open(k, bath, rho, t, gammas);
        } catch (DomainException d) {
            throw new InputException(Msg.text("donnan.error.open", in.source().where(Input.BATH.key()), pairs(in, Input.BATH),
                    in.text(Input.FIXED_CHARGE), d.getMessage()));
        }
    }

    /** @return the pairs of a map as given ({@code Na=100,Cl=10}, for messages), or {@code (none)} */
    private static String pairs(Inputs in, Input prefix) {
        StringBuilder b = new StringBuilder();
        for (String name : in.entries(prefix)) {
            b.append(b.length() == 0 ? "" : ",").append(name).append('=').append(in.text(prefix.entry(name)));
        }
        return b.length() == 0 ? Msg.text("donnan.error.none") : b.toString();
    }

    // ---- words -------------------------------------------------------------------------------------

    /** @return what the equilibrium means, for people: the potential and the osmotic consequence */
    private static List<String> meaning(Donnan.Equilibrium e) {
        List<String> notes = new ArrayList<>();
        if (e.root().evaluations() == 0) {
            notes.add(Msg.text("donnan.note.noCharge"));
        } else {
            String mV = human(e.potential() * 1e3);
            notes.add(Msg.text(e.fixedCharge() < 0 ? "donnan.note.cationsIn" : "donnan.note.anionsIn", mV, human(e.r())));
        }
        double dPi = e.osmoticPressure();
        double dOsm = e.osmolarityIn() - e.osmolarityOut();
        if (Math.abs(dOsm) <= 1e-9 * Math.max(e.osmolarityIn(), e.osmolarityOut())) {
            notes.add(Msg.text("donnan.note.balance", human(e.osmolarityIn())));
        } else {
            notes.add(Msg.text(dOsm > 0 ? "donnan.note.swell" : "donnan.note.shrink", human(e.osmolarityIn()),
                    human(e.osmolarityOut()), human(dPi / 1e3), human(dPi / PA_PER_MMHG)));
        }
        if (e.mode() == Donnan.Mode.OPEN) {
            notes.add(Msg.text("donnan.note.open"));
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
        if (closed) {
            ex.say("donnan.step.closed", human(e.volumeRatio()));
            ex.say("donnan.step.chargeClosed", human(e.fixedCharge()));
        } else {
            ex.say("donnan.step.open");
            ex.say("donnan.step.chargeOpen", human(e.fixedCharge()));
        }
        ex.say("donnan.step.condition");
        ex.say("donnan.step.ratio");
        if (closed) {
            ex.say("donnan.step.conserved");
        } else {
            ex.say("donnan.step.bath");
        }
        ex.say("donnan.step.neutrality");
        Donnan.Root root = e.root();
        if (root.evaluations() == 0) {
            ex.say("donnan.step.rootNone");
        } else {
            ex.say("donnan.step.root");
            ex.say("donnan.step.rootFound",
                    human(root.lo()), human(root.hi()), human(root.lnR()), human(e.r()), root.evaluations());
        }
        ex.say("donnan.step.potential",
                human(vt * 1e3), human(root.lnR()), human(e.potential() * 1e3), human(t), k.name());
        ex.say("donnan.step.final");
        for (Donnan.IonState s : e.ions()) {
            String label = new Ion(s.name(), s.z()).label();
            if (s.cIn() > 0 && s.cOut() > 0) {
                double en = vt / s.z() * Math.log(s.cOut() / s.cIn());
                ex.say("donnan.step.ion",
                        label, human(s.cIn()), human(s.cOut()), human(s.cIn() / s.cOut()), Ion.signed(s.z()),
                        human(en * 1e3));
            } else {
                ex.say("donnan.step.ionOneSide", label, human(s.cIn()), human(s.cOut()));
            }
        }
        ex.say("donnan.step.netCharge",
                human(clean(e.netChargeIn(), e)), human(clean(e.netChargeOut(), e)));
        ex.say("donnan.step.osmotic");
        if (closed) {
            ex.say("donnan.step.osmClosed", human(e.impermeantOsmolarity()), human(e.osmolarityIn()),
                    human(e.osmolarityOut()));
        } else {
            ex.say("donnan.step.osmOpen", human(e.osmolarityIn()), human(e.osmolarityOut()));
        }
        ex.say("donnan.step.pressure",
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
