package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Numbers;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.units.UnitException;
import org.echem.units.Units;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.Direction;
import org.echem.core.DomainException;
import org.echem.core.DrivingForce;
import org.echem.core.Ion;
import org.echem.core.MullinsNoda;
import org.echem.core.Nernst;
import org.echem.core.PumpCurrent;
import org.echem.units.Kind;
import org.echem.units.Quantity;
import org.echem.lang.Msg;

/**
 * {@code pump}: the electrogenic contribution of the Na⁺/K⁺ pump to the resting potential
 * (Mullins–Noda), what a complete block does at its first instant ({@code --block}), and the ohmic
 * view ΔV = −I/G ({@code --pump-current}, {@code --g-total}).
 *
 * <p>Row layout: the first row carries the three V fields; with {@code --block} one row per ion
 * follows, carrying {@code ion E_mV drive_before_mV drive_after_mV} (its V fields empty).
 */
public final class PumpCalc implements Calculation {
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("pump.help.description"),
            List.of(
                Input.IN.map(Msg.help("pump.help.in")),
                Input.OUT.map(Msg.help("pump.help.out")),
                Input.PRESET.value(Presets.help(Msg.help("pump.help.preset"))),
                Input.PERM.map(Msg.help("pump.help.perm")),
                Input.RATIO.value(Msg.help("pump.help.ratio")),
                Input.BLOCK.flag(Msg.help("pump.help.block")),
                Input.PUMP_CURRENT.value(Msg.help("pump.help.pump_current")),
                Input.G_TOTAL.value(Msg.help("pump.help.g_total"))),
            Msg.helpLines("pump.help.notes"),
            List.of(
                "  echem pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --ratio 3:2",
                "  echem pump --preset mammalian --perm Na=0.01 --ratio 3:2 --block",
                "  echem pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --explain",
                "  echem pump --pump-current 20pA --g-total 4nS",
                "  echem pump --pump-current 1uA/cm2 --g-total 0.3mS/cm2"));
    }


    /** The coupling ratio when {@code --ratio} is absent: the Na⁺/K⁺-ATPase's 3 Na⁺ out per 2 K⁺ in. */
    static final String DEFAULT_RATIO = "3:2";

    private static final List<Field> V_FIELDS = List.of(
            Field.of("V_pump_mV", "V with pump", Kind.VOLTAGE, "mV"),
            Field.of("V_nopump_mV", "V without (r = 1)", Kind.VOLTAGE, "mV"),
            Field.of("pump_contribution_mV", "pump contribution", Kind.VOLTAGE, "mV"));
    private static final List<Field> BLOCK_FIELDS = List.of(
            Field.plain("ion", "ion"),
            Field.of("E_mV", "E", Kind.VOLTAGE, "mV"),
            Field.of("drive_before_mV", "V_m − E before", Kind.VOLTAGE, "mV"),
            Field.of("drive_after_mV", "V_m − E after", Kind.VOLTAGE, "mV"));
    static final Schema SCHEMA = new Schema(V_FIELDS);
    static final Schema BLOCK_SCHEMA;

    static {
        List<Field> all = new ArrayList<>(V_FIELDS);
        all.addAll(BLOCK_FIELDS);
        BLOCK_SCHEMA = new Schema(all);
    }

    @Override
    public Schema schema(Set<String> present) {
        return present.contains(Input.BLOCK.key()) ? BLOCK_SCHEMA : SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        // Rows always use the full schema: the V fields are its prefix, so a writer holding the short
        // schema (no block anywhere) reads exactly them, and a batch whose block cell is empty in
        // some rows still gets rows as wide as its header.
        Schema schema = BLOCK_SCHEMA;
        if (in.has(Input.PUMP_CURRENT) || in.has(Input.G_TOTAL)) {
            ohmic(in, out, ex, schema);
            return;
        }
        mullinsNoda(in, out, ex, schema);
    }

    // ---- ohmic view -------------------------------------------------------------------------

    private static void ohmic(Inputs in, List<Row> out, Explain ex, Schema schema) {
        for (String other : List.of(Input.RATIO.key(), Input.PRESET.key(), Input.IN.key(), Input.OUT.key())) {
            if (in.has(other)) {
                throw in.bad(other, Msg.text("pump.error.ohmic_or_mn"));
            }
        }
        if (in.hasMap(Input.IN) || in.hasMap(Input.OUT) || in.hasMap(Input.PERM) || in.has(Input.PERM)) {
            String key = in.hasMap(Input.IN) ? Input.IN.key() : in.hasMap(Input.OUT) ? Input.OUT.key() : Input.PERM.key();
            throw new InputException(in.source().where(key) + ": " + Msg.text("pump.error.ohmic_or_mn"));
        }
        if (block(in)) {
            throw new InputException(in.source().where(Input.BLOCK.key()) + ": " + Msg.text("pump.error.block_ohmic"));
        }
        if (!in.has(Input.PUMP_CURRENT)) {
            throw new InputException(Msg.text("pump.error.no_current", in.source().where(Input.PUMP_CURRENT.key())));
        }
        if (!in.has(Input.G_TOTAL)) {
            throw new InputException(Msg.text("pump.error.no_g_total", in.source().where(Input.G_TOTAL.key())));
        }
        Quantity i = in.quantity(Input.PUMP_CURRENT, Kind.CURRENT);
        Quantity g = in.quantity(Input.G_TOTAL, Kind.CONDUCTANCE);
        if (i.unit().perArea() != g.unit().perArea()) {
            throw in.bad(Input.G_TOTAL, Msg.text(i.unit().perArea() ? "pump.error.area_current"
                    : "pump.error.area_conductance", in.text(Input.PUMP_CURRENT)));
        }
        if (!(g.si() > 0)) {
            throw in.bad(Input.G_TOTAL, Msg.text("pump.error.g_positive"));
        }
        double dv;
        try {
            dv = PumpCurrent.voltageShift(i.si(), g.si());
        } catch (DomainException d) {
            throw in.domain(Input.PUMP_CURRENT, d);
        }
        boolean area = i.unit().perArea();
        if (ex.on()) {
            ex.say("pump.step.ohmic");
            ex.say("pump.step.ohmic_values", human(area ? i.si() * 1e2 : i.si() * 1e12), area ? "uA/cm2" : "pA",
                    human(area ? g.si() * 1e-1 : g.si() * 1e9), area ? "mS/cm2" : "nS");
            ex.say("pump.step.ohmic_shift", human(area ? i.si() * 1e2 : i.si() * 1e12),
                    area ? "uA/cm2" : "pA", human(area ? g.si() * 1e-1 : g.si() * 1e9), area ? "mS/cm2" : "nS",
                    human(dv * 1e3));
        }
        Row row = new Row(schema).si("pump_contribution_mV", dv);
        row.note(Msg.text(dv < 0 ? "pump.note.ohmic.hyperpolarises" : dv > 0 ? "pump.note.ohmic.depolarises"
                        : "pump.note.ohmic.leaves",
                Msg.text(i.si() >= 0 ? "pump.word.outward" : "pump.word.inward"),
                human(Math.abs(area ? i.si() * 1e2 : i.si() * 1e12)),
                area ? "uA/cm2" : "pA", human(area ? g.si() * 1e-1 : g.si() * 1e9), area ? "mS/cm2" : "nS",
                human(Math.abs(dv * 1e3))));
        out.add(row);
    }

    // ---- Mullins–Noda -----------------------------------------------------------------------

    private static void mullinsNoda(Inputs in, List<Row> out, Explain ex, Schema schema) {
        if (Gradients.single(in)) {
            String key = in.has(Input.IN) ? Input.IN.key() : in.has(Input.OUT) ? Input.OUT.key() : in.has(Input.ION) ? Input.ION.key() : Input.Z.key();
            throw in.bad(key, Msg.text("pump.error.pairs"));
        }
        ConstantSet k = in.constants();
        double t = in.temperature();
        double r = ratio(in);
        double[] p = permeabilities(in);
        List<Gradients.Spec> specs = Gradients.resolve(in);
        Gradients.Spec kSpec = spec(specs, "K");
        Gradients.Spec naSpec = spec(specs, "Na");
        if (kSpec == null || naSpec == null) {
            String missing = kSpec == null && naSpec == null ? Msg.text("pump.word.k_and_na") : kSpec == null ? "K" : "Na";
            throw new InputException(Msg.text("pump.error.missing_ion", in.source().where(Input.IN.key()), missing));
        }
        MullinsNoda.Gradients g;
        MullinsNoda.Result res;
        try {
            g = new MullinsNoda.Gradients(p[0], p[1], kSpec.cIn(in), kSpec.cOut(in), naSpec.cIn(in), naSpec.cOut(in));
            res = MullinsNoda.of(k, r, g, t);
        } catch (DomainException d) {
            throw in.domain(Input.IN, d);
        }
        explainMullinsNoda(ex, k, t, r, g, res);
        Row first = new Row(schema).si("V_pump_mV", res.withPump()).si("V_nopump_mV", res.withoutPump())
                .si("pump_contribution_mV", res.contribution());
        first.note(Msg.text(res.contribution() < 0 ? "pump.note.pump.hyperpolarises"
                        : res.contribution() > 0 ? "pump.note.pump.depolarises" : "pump.note.pump.leaves",
                human(r), human(Math.abs(res.contribution() * 1e3)), human(res.withPump() * 1e3),
                human(res.withoutPump() * 1e3)));
        out.add(first);
        if (block(in)) {
            block(in, out, ex, first, k, t, specs, res);
        }
    }

    private static void block(Inputs in, List<Row> out, Explain ex, Row first, ConstantSet k, double t,
            List<Gradients.Spec> specs, MullinsNoda.Result res) {
        Schema schema = first.schema();
        double before = res.withPump();
        double after = res.withoutPump();
        double jump = after - before;
        if (ex.on()) {
            ex.step("");
            ex.say("pump.step.block");
            ex.say("pump.step.block.jump", human(before * 1e3), human(after * 1e3), jump >= 0 ? "+" : "",
                    human(jump * 1e3));
            ex.say("pump.step.block.every_e");
        }
        for (Gradients.Spec s : specs) {
            Ion ion = s.ion();
            double e;
            try {
                e = Nernst.potential(k, ion.z(), s.cIn(in), s.cOut(in), t);
            } catch (DomainException d) {
                throw in.domain(Input.IN, d);
            }
            double d0 = before - e;
            double d1 = after - e;
            String change = change(d0, d1);
            String toward = jump == 0 ? "pump.word.neither"
                    : Math.abs(after - e) < Math.abs(before - e) ? "pump.word.toward" : "pump.word.away";
            out.add(new Row(schema).set("ion", ion.name()).si("E_mV", e).si("drive_before_mV", d0)
                    .si("drive_after_mV", d1)
                    .note(Msg.text("pump.note.block", ion.label(), what(ion, d0, d1, change),
                            human(Math.abs(d0) * 1e3), human(Math.abs(d1) * 1e3), Msg.text(toward), ion.name(),
                            human(e * 1e3))));
            if (ex.on()) {
                String changed = Msg.text("pump.change." + change);
                ex.say("pump.step.block.ion", ion.label(), ion.name(), human(e * 1e3), human(before * 1e3),
                        human(e * 1e3), human(d0 * 1e3), human(after * 1e3), human(e * 1e3), human(d1 * 1e3), changed);
                ex.say("pump.step.block.why", ion.name(), human(e * 1e3),
                        Msg.text(e > before ? "pump.word.above" : e < before ? "pump.word.below" : "pump.word.at"),
                        Msg.text(jump > 0 ? "pump.word.depolarisation" : jump < 0 ? "pump.word.hyperpolarisation"
                                : "pump.word.zero_change"),
                        Msg.text(toward), ion.name(), ion.name(), changed);
                if (ion.name().equals("Na") && Math.abs(d1) < Math.abs(d0)) {
                    ex.say("pump.step.block.na_erratum");
                }
            }
        }
        first.note(Msg.text("pump.note.block_jump", jump >= 0 ? "+" : "", human(jump * 1e3)));
    }

    /** @return e.g. "the inward driving force shrinks" for an ion whose drive goes from d0 to d1 */
    static String what(Ion ion, double d0, double d1, String change) {
        Direction before = DrivingForce.direction(ion.z(), d0);
        Direction after = DrivingForce.direction(ion.z(), d1);
        if (before == Direction.NONE) {
            return after == Direction.NONE ? Msg.text("pump.what.stays")
                    : Msg.text("pump.what.leaves", word(after));
        }
        if (change.equals("reverses")) {
            return Msg.text("pump.what.reverses", word(before), word(after));
        }
        return Msg.text((before == Direction.INFLUX ? "pump.what.inward." : "pump.what.outward.") + change);
    }

    /** @return a direction's word (influx, efflux, equilibrium) in the language in use */
    private static String word(Direction d) {
        return Msg.textOr("value." + d.label(), d.label());
    }

    /**
     * @return "grows", "shrinks", "unchanged" or "reverses" (the last part of the keys
     *     {@code pump.change.*}) for a drive going from d0 to d1
     */
    static String change(double d0, double d1) {
        if (d0 != 0 && d1 != 0 && (d0 < 0) != (d1 < 0)) {
            return "reverses";
        }
        double a0 = Math.abs(d0);
        double a1 = Math.abs(d1);
        return a1 > a0 ? "grows" : a1 < a0 ? "shrinks" : "unchanged";
    }

    private static void explainMullinsNoda(Explain ex, ConstantSet k, double t, double r, MullinsNoda.Gradients g,
            MullinsNoda.Result res) {
        if (!ex.on()) {
            return;
        }
        double vt = k.thermalVoltage(t) * 1e3;
        ex.say("pump.step.mn");
        ex.say("pump.step.mn.ratio", human(r), human(g.pNa()), human(g.pK()), human(g.pNa() / g.pK()));
        ex.say("pump.step.mn.temperature", human(t - 273.15), human(t), k.name(), human(vt));
        for (double rr : new double[] {r, 1}) {
            double num = rr * g.pK() * g.kOut() + g.pNa() * g.naOut();
            double den = rr * g.pK() * g.kIn() + g.pNa() * g.naIn();
            ex.say("pump.step.mn.v", human(rr), human(rr), human(g.pK()), human(g.kOut()), human(g.pNa()),
                    human(g.naOut()), human(rr), human(g.pK()), human(g.kIn()), human(g.pNa()), human(g.naIn()),
                    human(num), human(den), human(vt), human(num / den),
                    human((rr == r ? res.withPump() : res.withoutPump()) * 1e3));
        }
        ex.say("pump.step.mn.contribution", human(res.withPump() * 1e3), human(res.withoutPump() * 1e3),
                human(res.contribution() * 1e3));
        ex.say("pump.step.mn.sign");
    }

    private static Gradients.Spec spec(List<Gradients.Spec> specs, String name) {
        for (Gradients.Spec s : specs) {
            if (s.ion().name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** @return whether {@code block} is given and true (a flag on the command line; true/false in a CSV) */
    static boolean block(Inputs in) {
        String t = in.text(Input.BLOCK);
        if (t == null) {
            return false;
        }
        switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": case "on":
                return true;
            case "false": case "no": case "0": case "off":
                return false;
            default:
                throw in.bad(Input.BLOCK, Msg.text("pump.error.block_value"));
        }
    }

    /**
     * Reads {@code ratio}: {@code n:m} (or {@code n/m}) with n, m &gt; 0, or one number r &gt; 0.
     *
     * @return r = n/m
     */
    static double ratio(Inputs in) {
        String t = in.text(Input.RATIO);
        String text = t == null ? DEFAULT_RATIO : t.strip();
        int sep = Math.max(text.indexOf(':'), text.indexOf('/'));
        double r;
        if (sep < 0) {
            r = number(in, text);
            if (!(r > 0)) {
                throw in.bad(Input.RATIO, Msg.text("pump.error.ratio"));
            }
            return r;
        }
        double n = number(in, text.substring(0, sep));
        double m = number(in, text.substring(sep + 1));
        if (!(m > 0)) {
            throw in.bad(Input.RATIO, Msg.text("pump.error.ratio_m"));
        }
        if (!(n > 0)) {
            throw in.bad(Input.RATIO, Msg.text("pump.error.ratio_n"));
        }
        r = n / m;
        if (!(r > 0 && r < Double.POSITIVE_INFINITY)) {
            throw in.bad(Input.RATIO, Msg.text("pump.error.ratio_finite"));
        }
        return r;
    }

    private static double number(Inputs in, String s) {
        try {
            return org.echem.units.Units.number(s);
        } catch (org.echem.units.UnitException e) {
            throw in.bad(Input.RATIO, Msg.text("pump.error.ratio_syntax"));
        }
    }

    /** @return {P_K, P_Na} in one unit (relative, or m/s) */
    private static double[] permeabilities(Inputs in) {
        if (in.has(Input.PERM)) {
            throw in.bad(Input.PERM, Msg.text("pump.error.perm_pairs"));
        }
        Quantity pK = null;
        Quantity pNa = null;
        for (String name : in.entries(Input.PERM)) {
            String key = Input.PERM.entry(name);
            Ion ion = in.ionNamed(key, name);
            if (ion.name().equals("K")) {
                pK = in.quantity(key, Kind.PERMEABILITY);
            } else if (ion.name().equals("Na")) {
                pNa = in.quantity(key, Kind.PERMEABILITY);
            } else {
                throw in.bad(key, Msg.text("pump.error.perm_ion", ion.name()));
            }
        }
        if (pNa == null) {
            throw new InputException(Msg.text("pump.error.perm_na_missing", in.source().where("perm.Na")));
        }
        String naKey = Input.PERM.entry(nameOf(in, "Na"));
        if (!(pNa.si() >= 0)) {
            throw in.bad(naKey, Msg.text("pump.error.perm_negative"));
        }
        if (pK == null) {
            if (!pNa.unit().relative()) {
                throw in.bad(naKey, Msg.text("pump.error.perm_absolute"));
            }
            return new double[] {1, pNa.si()};
        }
        String kKey = Input.PERM.entry(nameOf(in, "K"));
        if (!(pK.si() > 0)) {
            throw in.bad(kKey, Msg.text("pump.error.pk"));
        }
        if (pK.unit().relative() != pNa.unit().relative()) {
            throw in.bad(kKey, Msg.text("pump.error.perm_mixed"));
        }
        return new double[] {pK.si(), pNa.si()};
    }

    private static String nameOf(Inputs in, String ion) {
        for (String name : in.entries(Input.PERM)) {
            if (in.ionNamed(Input.PERM.entry(name), name).name().equals(ion)) {
                return name;
            }
        }
        return ion;
    }
}
