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

/**
 * {@code pump}: the electrogenic contribution of the Na⁺/K⁺ pump to the resting potential
 * (Mullins–Noda), what a complete block does at its first instant ({@code --block}), and the ohmic
 * view ΔV = −I/G ({@code --pump-current}, {@code --g-total}).
 *
 * <p>Row layout: the first row carries the three V fields; with {@code --block} one row per ion
 * follows, carrying {@code ion E_mV drive_before_mV drive_after_mV} (its V fields empty).
 */
public final class PumpCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Electrogenic Na+/K+ pump: its contribution to the resting potential",
            "(Mullins-Noda), V = (RT/F)·ln((r·P_K[K]o + P_Na[Na]o) / (r·P_K[K]i + P_Na[Na]i))",
            "at the coupling ratio r (Na+ out per K+ in) and at r = 1; with --block, the",
            "instant after a complete block; with --pump-current and --g-total, the ohmic",
            "view ΔV = -I/G."),
        List.of(
            Input.IN.map("Inside concentrations as NAME=CONC pairs {bare}: K=140,Na=15."),
            Input.OUT.map("Outside concentrations as NAME=CONC pairs {bare}: K=5,Na=145."),
            Input.PRESET.value(Presets.help("Typical concentrations ('echem ions --preset NAME'); explicit values override:")),
            Input.PERM.map("Permeabilities as NAME=P pairs: Na=0.04 (relative to P_K = 1, a bare number), or K=2e-6cm/s,Na=8e-8cm/s (absolute, both). Only K and Na enter the equation."),
            Input.RATIO.value("Coupling ratio n:m, Na+ pumped out per K+ pumped in (m > 0), or a number r = n/m. Default: 3:2 (the Na+/K+-ATPase)."),
            Input.BLOCK.flag("Show the instant after a complete pump block: per ion, E and V_m - E before and after."),
            Input.PUMP_CURRENT.value("Ohmic view: the pump's net current I, positive outward {units}. Needs --g-total."),
            Input.G_TOTAL.value("Ohmic view: the total membrane conductance G {units}, absolute or per area like --pump-current.")),
        List.of(
            "%nContribution = V(r) - V(r = 1): negative (hyperpolarising) for r > 1.",
            "On complete block V_m jumps to V(r = 1) at once; concentrations, and so every",
            "E, are unchanged at that instant, so each driving force V_m - E changes by",
            "exactly that jump (for Na+ near rest the inward drive shrinks).",
            "The first row holds the V fields; with --block one more row per ion holds",
            "ion E_mV drive_before_mV drive_after_mV."),
        List.of(
            "  echem pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --ratio 3:2",
            "  echem pump --preset mammalian --perm Na=0.01 --ratio 3:2 --block",
            "  echem pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --explain",
            "  echem pump --pump-current 20pA --g-total 4nS",
            "  echem pump --pump-current 1uA/cm2 --g-total 0.3mS/cm2"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
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
                throw in.bad(other, "give either --pump-current with --g-total (the ohmic view) or concentrations"
                        + " and permeabilities (Mullins–Noda), not both");
            }
        }
        if (in.hasMap(Input.IN) || in.hasMap(Input.OUT) || in.hasMap(Input.PERM) || in.has(Input.PERM)) {
            String key = in.hasMap(Input.IN) ? Input.IN.key() : in.hasMap(Input.OUT) ? Input.OUT.key() : Input.PERM.key();
            throw new InputException(in.source().where(key) + ": give either --pump-current with --g-total"
                    + " (the ohmic view) or concentrations and permeabilities (Mullins–Noda), not both");
        }
        if (block(in)) {
            throw new InputException(in.source().where(Input.BLOCK.key())
                    + ": a block needs the concentrations (Mullins–Noda), not --pump-current with --g-total");
        }
        if (!in.has(Input.PUMP_CURRENT)) {
            throw new InputException(in.source().where(Input.PUMP_CURRENT.key())
                    + " is missing: --g-total needs the pump current, e.g. --pump-current 10pA");
        }
        if (!in.has(Input.G_TOTAL)) {
            throw new InputException(in.source().where(Input.G_TOTAL.key())
                    + " is missing: --pump-current needs the total membrane conductance, e.g. --g-total 5nS");
        }
        Quantity i = in.quantity(Input.PUMP_CURRENT, Kind.CURRENT);
        Quantity g = in.quantity(Input.G_TOTAL, Kind.CONDUCTANCE);
        if (i.unit().perArea() != g.unit().perArea()) {
            throw in.bad(Input.G_TOTAL, "the pump current '" + in.text(Input.PUMP_CURRENT) + "' is "
                    + (i.unit().perArea() ? "per area" : "absolute") + " but the conductance is "
                    + (g.unit().perArea() ? "per area" : "absolute")
                    + ": give both absolute (pA and nS) or both per area (uA/cm2 and mS/cm2)");
        }
        if (!(g.si() > 0)) {
            throw in.bad(Input.G_TOTAL, "the total conductance must be > 0");
        }
        double dv;
        try {
            dv = PumpCurrent.voltageShift(i.si(), g.si());
        } catch (DomainException d) {
            throw in.domain(Input.PUMP_CURRENT, d);
        }
        boolean area = i.unit().perArea();
        if (ex.on()) {
            ex.step("Ohmic view of the pump: its net current I flows through the total membrane conductance G,");
            ex.step("  so it shifts V_m by ΔV = −I/G (I positive outward: an outward pump current hyperpolarises).");
            ex.step("  I = %s %s, G = %s %s", human(area ? i.si() * 1e2 : i.si() * 1e12), area ? "uA/cm2" : "pA",
                    human(area ? g.si() * 1e-1 : g.si() * 1e9), area ? "mS/cm2" : "nS");
            ex.step("  ΔV = −(%s %s) / (%s %s) = %s mV", human(area ? i.si() * 1e2 : i.si() * 1e12),
                    area ? "uA/cm2" : "pA", human(area ? g.si() * 1e-1 : g.si() * 1e9), area ? "mS/cm2" : "nS",
                    human(dv * 1e3));
        }
        Row row = new Row(schema).si("pump_contribution_mV", dv);
        row.note(String.format(Locale.ROOT, "An %s pump current of %s %s through %s %s %s V_m by %s mV.",
                i.si() >= 0 ? "outward" : "inward", human(Math.abs(area ? i.si() * 1e2 : i.si() * 1e12)),
                area ? "uA/cm2" : "pA", human(area ? g.si() * 1e-1 : g.si() * 1e9), area ? "mS/cm2" : "nS",
                dv < 0 ? "hyperpolarises" : dv > 0 ? "depolarises" : "leaves", human(Math.abs(dv * 1e3))));
        out.add(row);
    }

    // ---- Mullins–Noda -----------------------------------------------------------------------

    private static void mullinsNoda(Inputs in, List<Row> out, Explain ex, Schema schema) {
        if (Gradients.single(in)) {
            String key = in.has(Input.IN) ? Input.IN.key() : in.has(Input.OUT) ? Input.OUT.key() : in.has(Input.ION) ? Input.ION.key() : Input.Z.key();
            throw in.bad(key, "pump needs K and Na concentrations on both sides as NAME=CONC pairs:"
                    + " --in K=140,Na=15 --out K=5,Na=145 (or --preset mammalian)");
        }
        ConstantSet k = in.constants();
        double t = in.temperature();
        double r = ratio(in);
        double[] p = permeabilities(in);
        List<Gradients.Spec> specs = Gradients.resolve(in);
        Gradients.Spec kSpec = spec(specs, "K");
        Gradients.Spec naSpec = spec(specs, "Na");
        if (kSpec == null || naSpec == null) {
            String missing = kSpec == null && naSpec == null ? "K and Na" : kSpec == null ? "K" : "Na";
            throw new InputException(in.source().where(Input.IN.key()) + ": the Mullins–Noda equation needs [K] and [Na]"
                    + " inside and outside; " + missing + " is missing (give --in K=..,Na=.. --out K=..,Na=..,"
                    + " or --preset mammalian)");
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
        first.note(String.format(Locale.ROOT,
                "The pump (r = %s) %s V_m by %s mV: V = %s mV with it, %s mV at r = 1 (electroneutral).",
                human(r), res.contribution() < 0 ? "hyperpolarises" : res.contribution() > 0 ? "depolarises" : "leaves",
                human(Math.abs(res.contribution() * 1e3)), human(res.withPump() * 1e3), human(res.withoutPump() * 1e3)));
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
            ex.step("Complete pump block, at its first instant:");
            ex.step("  V_m jumps from V(r) = %s mV to V(1) = %s mV, by %s%s mV.", human(before * 1e3),
                    human(after * 1e3), jump >= 0 ? "+" : "", human(jump * 1e3));
            ex.step("  The concentrations have had no time to change, so every E stays where it was; each driving");
            ex.step("  force V_m − E therefore changes by exactly the jump of V_m.");
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
            String toward = jump == 0 ? "neither toward nor away from"
                    : Math.abs(after - e) < Math.abs(before - e) ? "toward" : "away from";
            out.add(new Row(schema).set("ion", ion.name()).si("E_mV", e).si("drive_before_mV", d0)
                    .si("drive_after_mV", d1)
                    .note(String.format(Locale.ROOT, "%s: %s, |V_m − E| %s → %s mV (V_m moves %s E_%s = %s mV).",
                            ion.label(), what(ion, d0, d1, change), human(Math.abs(d0) * 1e3),
                            human(Math.abs(d1) * 1e3), toward, ion.name(), human(e * 1e3))));
            if (ex.on()) {
                ex.step("  %s: E_%s = %s mV; before: %s − (%s) = %s mV; after: %s − (%s) = %s mV: the magnitude %s.",
                        ion.label(), ion.name(), human(e * 1e3), human(before * 1e3), human(e * 1e3), human(d0 * 1e3),
                        human(after * 1e3), human(e * 1e3), human(d1 * 1e3), change);
                ex.step("    Why: E_%s (%s mV) lies %s V_m; a %s of V_m moves it %s E_%s, so |V_m − E_%s| %s.",
                        ion.name(), human(e * 1e3), e > before ? "above" : e < before ? "below" : "at",
                        jump > 0 ? "depolarisation" : jump < 0 ? "hyperpolarisation" : "zero change",
                        toward, ion.name(), ion.name(), change);
                if (ion.name().equals("Na") && Math.abs(d1) < Math.abs(d0)) {
                    ex.step("    (A classic error says the inward Na+ drive grows when the pump stops. It does not: at the");
                    ex.step("    instant of block only V_m moves, up toward E_Na, so the inward force on Na+ shrinks."
                            + " [Na]in rises");
                    ex.step("    and E_Na falls only later, over minutes, as Na+ leaks in without being pumped out.)");
                }
            }
        }
        first.note(String.format(Locale.ROOT,
                "On complete block V_m jumps by %s%s mV to the r = 1 value; concentrations and every E are unchanged"
                        + " at that instant, so each V_m − E changes by exactly that jump.",
                jump >= 0 ? "+" : "", human(jump * 1e3)));
    }

    /** @return e.g. "the inward driving force shrinks" for an ion whose drive goes from d0 to d1 */
    static String what(Ion ion, double d0, double d1, String change) {
        Direction before = DrivingForce.direction(ion.z(), d0);
        Direction after = DrivingForce.direction(ion.z(), d1);
        if (before == Direction.NONE) {
            return after == Direction.NONE ? "it stays at equilibrium"
                    : "it leaves equilibrium (net " + after.label() + ")";
        }
        String way = before == Direction.INFLUX ? "inward" : "outward";
        if (change.equals("reverses sign")) {
            return "the driving force reverses (net " + before.label() + " → " + after.label() + ")";
        }
        return "the " + way + " driving force " + change;
    }

    /** @return "grows", "shrinks", "is unchanged" or "reverses sign" for a drive going from d0 to d1 */
    static String change(double d0, double d1) {
        if (d0 != 0 && d1 != 0 && (d0 < 0) != (d1 < 0)) {
            return "reverses sign";
        }
        double a0 = Math.abs(d0);
        double a1 = Math.abs(d1);
        return a1 > a0 ? "grows" : a1 < a0 ? "shrinks" : "is unchanged";
    }

    private static void explainMullinsNoda(Explain ex, ConstantSet k, double t, double r, MullinsNoda.Gradients g,
            MullinsNoda.Result res) {
        if (!ex.on()) {
            return;
        }
        double vt = k.thermalVoltage(t) * 1e3;
        ex.step("Mullins–Noda (1963): V = (RT/F)·ln((r·P_K[K]o + P_Na[Na]o) / (r·P_K[K]i + P_Na[Na]i))");
        ex.step("  r = %s (Na+ out per K+ in), P_Na/P_K = %s / %s = %s", human(r), human(g.pNa()), human(g.pK()),
                human(g.pNa() / g.pK()));
        ex.step("  T = %s °C = %s K; constants %s: RT/F = %s mV", human(t - 273.15), human(t), k.name(), human(vt));
        for (double rr : new double[] {r, 1}) {
            double num = rr * g.pK() * g.kOut() + g.pNa() * g.naOut();
            double den = rr * g.pK() * g.kIn() + g.pNa() * g.naIn();
            ex.step("  r = %s: (%s·%s·%s + %s·%s) / (%s·%s·%s + %s·%s) = %s / %s; V = %s mV × ln(%s) = %s mV",
                    human(rr), human(rr), human(g.pK()), human(g.kOut()), human(g.pNa()), human(g.naOut()),
                    human(rr), human(g.pK()), human(g.kIn()), human(g.pNa()), human(g.naIn()), human(num), human(den),
                    human(vt), human(num / den), human((rr == r ? res.withPump() : res.withoutPump()) * 1e3));
        }
        ex.step("  pump contribution = V(r) − V(1) = %s − (%s) = %s mV", human(res.withPump() * 1e3),
                human(res.withoutPump() * 1e3), human(res.contribution() * 1e3));
        ex.step("  (r > 1: the pump moves net positive charge out, so its contribution is negative; r = 1 is the GHK"
                + " voltage equation for K+ and Na+.)");
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
                throw in.bad(Input.BLOCK, "expected true or false");
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
                throw in.bad(Input.RATIO, "the coupling ratio must be > 0 (3:2 or 1.5 for the Na/K pump; 1 = electroneutral)");
            }
            return r;
        }
        double n = number(in, text.substring(0, sep));
        double m = number(in, text.substring(sep + 1));
        if (!(m > 0)) {
            throw in.bad(Input.RATIO, "the denominator m of n:m (K+ in per cycle) must be > 0");
        }
        if (!(n > 0)) {
            throw in.bad(Input.RATIO, "the numerator n of n:m (Na+ out per cycle) must be > 0");
        }
        r = n / m;
        if (!(r > 0 && r < Double.POSITIVE_INFINITY)) {
            throw in.bad(Input.RATIO, "n/m must be a finite number > 0");
        }
        return r;
    }

    private static double number(Inputs in, String s) {
        try {
            return org.echem.units.Units.number(s);
        } catch (org.echem.units.UnitException e) {
            throw in.bad(Input.RATIO, "expected a coupling ratio n:m (Na+ out : K+ in, e.g. 3:2) or a number r > 0");
        }
    }

    /** @return {P_K, P_Na} in one unit (relative, or m/s) */
    private static double[] permeabilities(Inputs in) {
        if (in.has(Input.PERM)) {
            throw in.bad(Input.PERM, "expected NAME=VALUE pairs, e.g. --perm Na=0.04 (relative to P_K = 1)");
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
                throw in.bad(key, "the Mullins–Noda equation has only K and Na permeabilities; for "
                        + ion.name() + " use 'echem ghk'");
            }
        }
        if (pNa == null) {
            throw new InputException(in.source().where("perm.Na")
                    + " is missing: give P_Na relative to P_K, e.g. --perm Na=0.04");
        }
        String naKey = Input.PERM.entry(nameOf(in, "Na"));
        if (!(pNa.si() >= 0)) {
            throw in.bad(naKey, "a permeability must be ≥ 0");
        }
        if (pK == null) {
            if (!pNa.unit().relative()) {
                throw in.bad(naKey, "an absolute P_Na needs P_K in the same kind of unit: --perm K=<cm/s>,Na=<cm/s>,"
                        + " or give P_Na relative to P_K (a bare number)");
            }
            return new double[] {1, pNa.si()};
        }
        String kKey = Input.PERM.entry(nameOf(in, "K"));
        if (!(pK.si() > 0)) {
            throw in.bad(kKey, "P_K must be > 0");
        }
        if (pK.unit().relative() != pNa.unit().relative()) {
            throw in.bad(kKey, "P_K and P_Na must both be relative (bare numbers) or both absolute (cm/s)");
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
