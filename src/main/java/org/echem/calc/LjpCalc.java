package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.lang.Msg;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.JunctionPotential;
import org.echem.core.JunctionPotential.Imbalance;
import org.echem.core.JunctionPotential.Method;
import org.echem.core.JunctionPotential.Result;
import org.echem.core.JunctionPotential.Species;
import org.echem.core.Mobility;
import org.echem.units.Kind;

/**
 * {@code ljp}: the liquid junction potential between a patch pipette's solution and the bath,
 * LJP = V_bath − V_pipette (SPEC §9), by the stationary Nernst–Planck (Planck) equations or the
 * Henderson equation ({@link JunctionPotential}); with {@code --vm-measured}, the corrected
 * V_cell = V_measured − LJP. Ions are looked up in the {@link Mobility} table; another ion needs
 * {@code --mobility} (bare number: relative to K⁺ = 1; with S·cm²/mol: λ⁰) and a charge.
 */
public final class LjpCalc implements Calculation {
    /** @return the help text and inputs, in the language in use (built on each call, never kept) */
    @Override
    public Declaration declaration() {
        return new Declaration(
        Msg.helpLines("ljp.help.description"),
        List.of(
            Input.PIPETTE.map(Msg.help("ljp.input.pipette")),
            Input.BATH.map(Msg.help("ljp.input.bath")),
            Input.METHOD.value(Msg.help("ljp.input.method")),
            Input.MOBILITY.map(Msg.help("ljp.input.mobility")),
            Input.Z.map(Msg.help("ljp.input.z")),
            Input.BALANCE.value(Msg.help("ljp.input.balance")),
            Input.VM_MEASURED.value(Msg.help("ljp.input.vmMeasured"))),
        Msg.helpLines("ljp.help.notes"),
        List.of(
            "  echem ljp --pipette k-gluconate --bath acsf --temp 20 --vm-measured -48.13",
            "  echem ljp --pipette K=145,Na=13,Mg=1,HEPES=5,Gluconate=145,Cl=10 \\",
            "      --bath K=2.8,Na=145,Mg=2,Ca=1,HEPES=5,Cl=148.8 --temp 20 --explain",
            "  echem ljp --pipette Cs=135,F=135,Na=10,Cl=10 --bath Na=145,Cl=145 \\",
            "      --method henderson --temp 20",
            "  echem ljp --pipette Na=50,Cl=50 --bath K=50,Cl=50 --temp 25",
            "  echem ljp --pipette K=140,X=140 --mobility X=0.4 --z X=-1 --bath acsf",
            "  echem ljp --pipette cs-methanesulfonate --bath acsf --method henderson",
            "  echem ljp --pipette K=140,Cl=130 --bath acsf --balance Cl"));
    }


    static final String LJP = "ljp_mV";
    static final String METHOD = "method";
    static final String TEMP = "temp_C";
    static final String VM_CORRECTED = "vm_corrected_mV";
    static final String BALANCE_ION = "balance_ion";
    static final String PIPETTE_ADJUST = "pipette_adjust_mM";
    static final String BATH_ADJUST = "bath_adjust_mM";

    static final Schema SCHEMA = Schema.of(
            Field.of(LJP, "LJP", Kind.VOLTAGE, "mV"),
            Field.plain(METHOD, "method"),
            Field.of(TEMP, "T", Kind.TEMPERATURE, "°C"),
            Field.of(VM_CORRECTED, "V_m corrected", Kind.VOLTAGE, "mV"),
            Field.plain(BALANCE_ION, "balanced with"),
            Field.of(PIPETTE_ADJUST, "pipette change", Kind.CONCENTRATION, "mM"),
            Field.of(BATH_ADJUST, "bath change", Kind.CONCENTRATION, "mM"));

    /** Concentrations above this (10 M, in mol/m³) are refused: the model means nothing there. */
    static final double MAX_CONC = 1e4;
    /** Accepted mobilities relative to K⁺: H⁺, the fastest ion in water, is 4.8; large organic ions about 0.1. */
    static final double MIN_MOBILITY = 0.01;
    static final double MAX_MOBILITY = 10;

    private static final Pattern NUMBER = Pattern.compile(
            "\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)");

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    /** An ion as written on a side: the table's entry, or a name and the charge its suffix gives. */
    private record Named(String key, String name, Mobility.Entry entry, Integer z) {}

    /** One ion across the junction while the inputs are read. */
    private static final class Member {
        final Named named;
        final double[] c = new double[2];
        final String[] where = new String[2];

        Member(Named named) {
            this.named = named;
        }
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double t = in.temperature();
        Method method = method(in);
        if (in.has(Input.MOBILITY)) {
            throw in.bad(Input.MOBILITY, Msg.text("ljp.error.mobilityByName"));
        }
        if (in.has(Input.Z)) {
            throw in.bad(Input.Z, Msg.text("ljp.error.zByName"));
        }
        Map<String, Member> members = new LinkedHashMap<>();
        side(in, Input.PIPETTE, 0, members);
        side(in, Input.BATH, 1, members);
        Map<String, String> zKeys = keysOf(in, Input.Z, members);
        Map<String, String> uKeys = keysOf(in, Input.MOBILITY, members);
        List<Species> ions = new ArrayList<>();
        for (Map.Entry<String, Member> e : members.entrySet()) {
            ions.add(species(in, e.getValue(), zKeys.get(e.getKey()), uKeys.get(e.getKey())));
        }
        Optional<String> balance = Optional.ofNullable(in.text(Input.BALANCE)).map(String::strip);
        checkSides(in, ions, balance.isPresent());
        Result r;
        try {
            r = JunctionPotential.compute(k, ions, t, method, balance);
        } catch (DomainException d) {
            throw in.domain(balance.isPresent() ? Input.BALANCE : Input.PIPETTE, d);
        }
        Row row = new Row(SCHEMA).si(LJP, r.ljp()).set(METHOD, method.label()).si(TEMP, t);
        if (in.has(Input.VM_MEASURED)) {
            double vm = in.voltage(Input.VM_MEASURED);
            row.si(VM_CORRECTED, r.vmCorrected(vm));
        } else {
            row.note(Msg.text("ljp.note.sign"));
        }
        r.balance().ifPresent(b -> row.set(BALANCE_ION, b.ion()).si(PIPETTE_ADJUST, b.pipetteAdjust())
                .si(BATH_ADJUST, b.bathAdjust()));
        if (ex.on()) {
            explain(ex, k, r, in.has(Input.VM_MEASURED) ? in.voltage(Input.VM_MEASURED) : Double.NaN);
        }
        out.add(row);
    }

    private static Method method(Inputs in) {
        String m = in.text(Input.METHOD);
        if (m == null) {
            return Method.PLANCK;
        }
        for (Method x : Method.values()) {
            if (x.label().equals(m.strip().toLowerCase(Locale.ROOT))) {
                return x;
            }
        }
        throw in.bad(Input.METHOD, Msg.text("ljp.error.method"));
    }

    /** Reads one side: a named solution, then NAME=CONC pairs over it. */
    private static void side(Inputs in, Input option, int side, Map<String, Member> members) {
        String what = side == 0 ? "pipette" : "bath"; // the side in message keys
        boolean any = false;
        if (in.has(option)) {
            String where = in.source().where(option.key());
            for (Solutions.Entry e : Solutions.named(in.text(option), where)) {
                Member m = member(in, option.key(), e.ion(), members);
                m.c[side] = org.echem.units.Units.parse(e.conc(), Kind.CONCENTRATION).si();
                m.where[side] = option.key();
                any = true;
            }
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String name : in.entries(option)) {
            String key = option.entry(name);
            Member m = member(in, key, name, members);
            String before = seen.put(m.named.key(), name);
            if (before != null) {
                throw in.bad(key, Msg.text("ljp.error.twice." + what, m.named.name(), before, name));
            }
            double c = in.nonNegative(key, Kind.CONCENTRATION);
            if (c > MAX_CONC) {
                throw in.bad(key, Msg.text("ljp.error.above10M"));
            }
            m.c[side] = c;
            m.where[side] = key;
            any = true;
        }
        if (!any) {
            throw new InputException(Msg.text("ljp.error.missing." + what, in.source().where(option.key()),
                    String.join(", ", Solutions.all().keySet())));
        }
    }

    private static Member member(Inputs in, String key, String written, Map<String, Member> members) {
        Named n = identify(in, key, written);
        Member m = members.get(n.key());
        if (m == null) {
            m = new Member(n);
            members.put(n.key(), m);
        }
        return m;
    }

    /** @return the ion written {@code written} (at input {@code key}) */
    private static Named identify(Inputs in, String key, String written) {
        try {
            Optional<Mobility.Entry> e = Mobility.lookup(written);
            if (e.isPresent()) {
                return new Named(e.get().name().toLowerCase(Locale.ROOT), e.get().name(), e.get(), null);
            }
            Ion ion;
            try {
                ion = Ion.parse(written, null);
            } catch (DomainException noCharge) {
                String name = written.strip();
                if (name.isEmpty()) {
                    throw new InputException(Msg.text("ljp.error.emptyName", in.source().where(key)));
                }
                return new Named(name.toLowerCase(Locale.ROOT), name, null, null);
            }
            return new Named(ion.name().toLowerCase(Locale.ROOT), ion.name(), null, ion.z());
        } catch (DomainException | NumberFormatException d) {
            throw new InputException(Msg.text("ljp.error.badIon", in.source().where(key), written, d.getMessage()));
        }
    }

    /** @return the input key of each ion's entry of map {@code option}, by ion key; each must name an ion given */
    private static Map<String, String> keysOf(Inputs in, Input option, Map<String, Member> members) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : in.entries(option)) {
            String key = option.entry(name);
            Named n = identify(in, key, name);
            if (!members.containsKey(n.key())) {
                throw in.bad(key, Msg.text("ljp.error.notAnIon", n.name()));
            }
            if (keys.put(n.key(), key) != null) {
                throw in.bad(key, Msg.text("ljp.error.givesTwice", n.name()));
            }
        }
        return keys;
    }

    private static Species species(Inputs in, Member m, String zKey, String uKey) {
        Named n = m.named;
        Integer z = n.entry() != null ? Integer.valueOf(n.entry().z()) : n.z();
        boolean zGiven = zKey != null;
        if (zGiven) {
            int given = in.integer(zKey);
            if (given == 0 || Math.abs(given) > 10) {
                throw in.bad(zKey, Msg.text("ljp.error.zRange"));
            }
            if (n.entry() == null && n.z() != null && n.z() != given) {
                throw in.bad(zKey, Msg.text("ljp.error.zContradicts", Ion.signed(n.z())));
            }
            z = given;
        }
        String where = m.where[0] != null ? m.where[0] : m.where[1];
        if (uKey == null && n.entry() == null) {
            throw new InputException(Msg.text(z == null ? "ljp.error.noMobilityNoCharge" : "ljp.error.noMobility",
                    in.source().where(where), n.name()));
        }
        if (z == null) {
            throw new InputException(Msg.text("ljp.error.noCharge", in.source().where(where), n.name()));
        }
        try {
            if (uKey != null) {
                return mobility(in, uKey, n.name(), z, m.c[0], m.c[1]);
            }
            Mobility.Entry e = n.entry();
            String source = zGiven && z != e.z() ? Msg.text("ljp.source.chargeFromZ", e.source(), Ion.signed(z))
                    : e.source();
            return new Species(e.name(), z, e.relative(), source, m.c[0], m.c[1]);
        } catch (DomainException d) {
            throw in.domain(where, d);
        }
    }

    /** @return the ion with the mobility of {@code --mobility NAME=…}: bare, relative to K⁺; or λ⁰ in S·cm²/mol */
    private static Species mobility(Inputs in, String key, String name, int z, double cp, double cb) {
        String text = in.text(key);
        Matcher mt = NUMBER.matcher(text);
        if (!mt.matches()) {
            throw in.bad(key, Msg.text("ljp.error.mobilityExpected"));
        }
        double v = Double.parseDouble(mt.group(1));
        String unit = mt.group(2).replace(" ", "").replace("·", "").replace("*", "").replace("⋅", "")
                .replace(".", "").replace("²", "2").replace("^2", "").toLowerCase(Locale.ROOT);
        boolean lambda;
        if (unit.isEmpty()) {
            lambda = false;
        } else if (unit.equals("scm2/mol") || unit.equals("scm/mol") && mt.group(2).contains("^2")) {
            lambda = true;
        } else {
            throw in.bad(key, Msg.text("ljp.error.mobilityUnit", mt.group(2).strip()));
        }
        double u = lambda && v > 0 && Double.isFinite(v) ? Mobility.relativeFromConductivity(v, z) : v;
        if (!(u >= MIN_MOBILITY && u <= MAX_MOBILITY)) {
            throw in.bad(key, lambda ? Msg.text("ljp.error.lambdaRange", human(u)) : Msg.text("ljp.error.mobilityRange"));
        }
        return lambda ? Species.withConductivity(name, z, v, cp, cb) : Species.withMobility(name, z, v, cp, cb);
    }

    /** Each side has ions and, unless a balancing ion is named, is electroneutral. */
    private static void checkSides(Inputs in, List<Species> ions, boolean balancing) {
        Imbalance q = JunctionPotential.imbalance(ions);
        if (!(q.pipetteTotal() > 0)) {
            throw in.bad(Input.PIPETTE, Msg.text("ljp.error.noIons.pipette"));
        }
        if (!(q.bathTotal() > 0)) {
            throw in.bad(Input.BATH, Msg.text("ljp.error.noIons.bath"));
        }
        if (balancing || q.pipetteNeutral() && q.bathNeutral()) {
            return;
        }
        boolean pipette = !q.pipetteNeutral();
        double sum = pipette ? q.pipette() : q.bath();
        String msg = imbalance(pipette ? "pipette" : "bath", sum);
        String fix = suggest(ions, sum);
        throw in.bad(pipette ? Input.PIPETTE : Input.BATH, pipette && !q.bathNeutral()
                ? Msg.text("ljp.error.unbalancedBoth", msg, imbalance("bath", q.bath()), fix)
                : Msg.text("ljp.error.unbalanced", msg, fix));
    }

    /** @return the clause saying that side {@code side} (pipette or bath) is not electroneutral */
    private static String imbalance(String side, double sum) {
        return Msg.text("ljp.error.imbalance." + side + (sum > 0 ? ".cations" : ".anions"),
                (sum > 0 ? "+" : "") + human(sum), human(Math.abs(sum)));
    }

    /** @return the most concentrated ion of the charge that is short, the usual one to balance with */
    private static String suggest(List<Species> ions, double sum) {
        String best = null;
        double most = -1;
        for (Species s : ions) {
            double c = Math.max(s.cPipette(), s.cBath());
            if (Math.signum(s.z()) == -Math.signum(sum) && c > most) {
                most = c;
                best = s.name();
            }
        }
        return best == null ? "Cl" : best;
    }

    // ---------------------------------------------------------------- --explain

    private static void explain(Explain ex, ConstantSet k, Result r, double vMeasured) {
        double t = r.temperature();
        double vt = k.thermalVoltage(t);
        ex.say("ljp.step.title",
                r.method().label());
        ex.say("ljp.step.ions");
        for (Species s : r.ions()) {
            ex.say("ljp.step.ion", s.name(),
                    Ion.signed(s.z()), human(s.lambda()), human(s.mobility()), human(s.cPipette()),
                    human(s.cBath()), s.source());
        }
        r.balance().ifPresent(b -> ex.say("ljp.step.balanced", b.ion(), b.pipetteAdjust() >= 0 ? "+" : "", human(b.pipetteAdjust()),
                b.bathAdjust() >= 0 ? "+" : "", human(b.bathAdjust())));
        ex.say("ljp.step.temperature", human(t - 273.15), human(t), k.name(),
                human(vt * 1e3));
        if (r.method() == Method.HENDERSON) {
            explainHenderson(ex, vt, r);
        } else if (monovalent(r.ions())) {
            explainPlanckClosed(ex, vt, r);
        } else {
            ex.say("ljp.step.planck");
            ex.say("ljp.step.planckEquations");
            ex.say("ljp.step.planckShooting",
                    r.evaluations(), human(r.ljp() / vt));
            ex.say("ljp.step.planckLjp", human(vt * 1e3), human(r.ljp() / vt),
                    human(r.ljp() * 1e3));
        }
        if (!Double.isNaN(vMeasured)) {
            ex.say("ljp.step.vCell", human(vMeasured * 1e3),
                    human(r.ljp() * 1e3), human(r.vmCorrected(vMeasured) * 1e3));
        }
    }

    private static boolean monovalent(List<Species> ions) {
        for (Species s : ions) {
            if (Math.abs(s.z()) != 1 && (s.cPipette() > 0 || s.cBath() > 0)) {
                return false;
            }
        }
        return true;
    }

    private static void explainHenderson(Explain ex, double vt, Result r) {
        double a = 0;
        double b = 0;
        double sp = 0;
        double sb = 0;
        for (Species s : r.ions()) {
            double dc = s.cBath() - s.cPipette();
            a += s.z() * s.mobility() * dc;
            b += s.z() * s.z() * s.mobility() * dc;
            sp += s.z() * s.z() * s.mobility() * s.cPipette();
            sb += s.z() * s.z() * s.mobility() * s.cBath();
        }
        ex.say("ljp.step.henderson");
        ex.say("ljp.step.hendersonAB", human(a), human(b));
        ex.say("ljp.step.hendersonS", human(sp), human(sb));
        if (b == 0) {
            ex.say("ljp.step.hendersonLimit", human(r.ljp() * 1e3));
        } else {
            ex.say("ljp.step.hendersonLjp", human(vt * 1e3), human(a), human(b),
                    human(sp), human(sb), human(r.ljp() * 1e3));
        }
    }

    private static void explainPlanckClosed(Explain ex, double vt, Result r) {
        JunctionPotential.PlanckSums p = JunctionPotential.PlanckSums.of(r.ions());
        double y = r.ljp() / vt;
        ex.say("ljp.step.closed");
        ex.say("ljp.step.closedEquation");
        ex.say("ljp.step.closedSums",
                human(p.u1()), human(p.u2()), human(p.v1()), human(p.v2()), human(p.c1()), human(p.c2()));
        ex.say("ljp.step.closedRoot", r.evaluations(), human(y));
        ex.say("ljp.step.closedLjp", human(vt * 1e3), human(y), human(r.ljp() * 1e3));
    }
}
