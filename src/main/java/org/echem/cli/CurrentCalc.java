package org.echem.cli;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.CurrentDirection;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.Nernst;
import org.echem.core.OhmicCurrent;
import org.echem.units.Kind;
import org.echem.units.Quantity;

/**
 * {@code current}: ohmic currents I = g·(V_m − E) of one or several channels, or (with {@code --i})
 * the conductance that carries a given current; with several channels a {@code total} row with
 * the summed current and the zero-current (chord) potential Σ gE / Σ g.
 *
 * <p>The schema is fixed whatever the input: absolute values go to {@code I_pA} and {@code g_nS},
 * per-area values to {@code I_uA_cm2} and {@code g_mS_cm2}; the pair not used stays empty.
 */
final class CurrentCalc implements Calculation {
    static final Schema SCHEMA = Schema.of(
            Field.plain("channel", "channel"),
            Field.of("E_mV", "E", Kind.VOLTAGE, "mV"),
            Field.of("drive_mV", "V_m − E", Kind.VOLTAGE, "mV"),
            Field.of("I_pA", "I", Kind.CURRENT, "pA"),
            Field.of("I_uA_cm2", "I", Kind.CURRENT, "uA/cm2"),
            Field.plain("current", "current"),
            Field.of("g_nS", "g", Kind.CONDUCTANCE, "nS"),
            Field.of("g_mS_cm2", "g", Kind.CONDUCTANCE, "mS/cm2"),
            Field.of("V_rest_mV", "V_rest (I = 0)", Kind.VOLTAGE, "mV"));

    /** The total row's channel name. */
    static final String TOTAL = "total";

    /** One channel: its name (null for an unnamed single channel), the input key of g or I, and E. */
    private record Channel(String name, String key, double e) {}

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        boolean solve = in.has("i") || in.hasMap("i");
        boolean given = in.has("g") || in.hasMap("g");
        if (solve && given) {
            throw in.bad(in.has("i") ? "i" : "i." + in.entries("i").get(0),
                    "give either --g (to compute the current) or --i (to solve for g), not both");
        }
        if (!solve && !given) {
            throw new InputException(in.source().where("g") + " is missing: give a conductance (--g 10nS,"
                    + " --g 120mS/cm2, or NAME=G pairs), or --i to solve for g");
        }
        String key = solve ? "i" : "g";
        in.notBoth(key);
        in.notBoth("e");
        ConstantSet k = in.constants();
        double t = in.temperature();
        double vm = in.voltage("vm");
        List<Channel> channels = in.has(key) ? single(in, key, k, t, ex) : several(in, key, k, t, ex);

        Kind kind = solve ? Kind.CURRENT : Kind.CONDUCTANCE;
        Boolean perArea = null;
        String firstKey = null;
        int n = channels.size();
        double[] g = new double[n];
        double[] i = new double[n];
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            Channel c = channels.get(j);
            Quantity q = in.quantity(c.key(), kind);
            boolean pa = q.unit().perArea();
            if (perArea == null) {
                perArea = pa;
                firstKey = c.key();
            } else if (perArea != pa) {
                throw in.bad(c.key(), "mixes per-area and absolute values: " + in.source().where(firstKey) + " is "
                        + (perArea ? "per area" : "absolute") + "; give every channel in the same kind of unit"
                        + (solve ? " (pA, nA, … or uA/cm2, mA/cm2, …)" : " (nS, pS, … or mS/cm2, S/m2, …)"));
            }
            e[j] = c.e();
            try {
                if (solve) {
                    i[j] = q.si();
                    g[j] = OhmicCurrent.conductance(i[j], vm, e[j]);
                } else {
                    g[j] = q.si();
                    if (!(g[j] >= 0)) {
                        throw in.bad(c.key(), "a conductance must be ≥ 0");
                    }
                    i[j] = OhmicCurrent.current(g[j], vm, e[j]);
                }
            } catch (DomainException d) {
                throw in.domain(c.key(), d);
            }
            explain(ex, c, solve, perArea, g[j], i[j], vm, e[j]);
            Row row = row(perArea, c.name(), vm, e[j], i[j], g[j]);
            if (n == 1 && g[j] > 0) {
                row.si("V_rest_mV", e[j]);
            }
            out.add(row);
        }
        if (n > 1) {
            out.add(total(perArea, vm, g, i, e, ex));
        }
    }

    private static Row row(boolean perArea, String name, double vm, double e, double i, double g) {
        Row r = new Row(SCHEMA).set("channel", name).si("E_mV", e).si("drive_mV", vm - e)
                .set("current", CurrentDirection.of(i).label());
        r.si(perArea ? "I_uA_cm2" : "I_pA", i);
        r.si(perArea ? "g_mS_cm2" : "g_nS", g);
        return r;
    }

    private static Row total(boolean perArea, double vm, double[] g, double[] i, double[] e, Explain ex) {
        double sumI = 0;
        double sumG = 0;
        for (int j = 0; j < g.length; j++) {
            sumI += i[j];
            sumG += g[j];
        }
        Row r = new Row(SCHEMA).set("channel", TOTAL).set("current", CurrentDirection.of(sumI).label());
        r.si(perArea ? "I_uA_cm2" : "I_pA", sumI);
        r.si(perArea ? "g_mS_cm2" : "g_nS", sumG);
        if (sumG > 0) {
            double v = OhmicCurrent.chordPotential(g, e);
            r.si("V_rest_mV", v).si("drive_mV", vm - v);
            if (ex.on()) {
                StringBuilder num = new StringBuilder();
                for (int j = 0; j < g.length; j++) {
                    num.append(j == 0 ? "" : " + ").append(human(gOut(perArea, g[j]))).append(" × (")
                            .append(human(e[j] * 1e3)).append(')');
                }
                ex.step("Zero-current (chord) potential: V_rest = Σ g·E / Σ g = (%s) / %s = %s mV",
                        num, human(gOut(perArea, sumG)), human(v * 1e3));
                ex.step("  total I = Σ I = Σ g · (V_m − V_rest) = %s %s", human(iOut(perArea, sumI)), iUnit(perArea));
            }
        } else {
            r.note("Every conductance is 0: no current flows at any V_m, so there is no zero-current potential.");
        }
        return r;
    }

    /** One unnamed channel: {@code --g 10nS} with {@code --e}, or with {@code --ion} and concentrations. */
    private static List<Channel> single(Inputs in, String key, ConstantSet k, double t, Explain ex) {
        if (in.hasMap("e")) {
            throw in.bad("e." + in.entries("e").get(0), "NAME=E pairs need --" + key
                    + " NAME=VALUE pairs for the same channels; with one --" + key + " give one --e");
        }
        Ion ion = in.ionOrNull();
        String name = ion == null ? null : ion.name();
        if (in.has("e")) {
            if (in.has("in") || in.has("out") || in.hasMap("in") || in.hasMap("out") || in.has("preset")) {
                throw in.bad("e", "give either --e or concentrations (--in, --out, --preset), not both");
            }
            return List.of(new Channel(name, key, in.voltage("e")));
        }
        if (ion == null) {
            throw new InputException(in.source().where("e") + " is missing: give the reversal potential (--e 60mV),"
                    + " or --ion with --in and --out to compute it");
        }
        Gradients.Spec s = Gradients.resolve(in).get(0);
        return List.of(new Channel(name, key, nernst(in, s, k, t, ex)));
    }

    /** Several named channels: {@code --g Na=..,K=..} with {@code --e Na=..} or ions with concentrations. */
    private static List<Channel> several(Inputs in, String key, ConstantSet k, double t, Explain ex) {
        if (in.has("e")) {
            throw in.bad("e", "with NAME=VALUE pairs in --" + key + " give E as pairs too, one per channel (--e Na=50,K=-77)");
        }
        if (Gradients.single(in)) {
            String s = in.has("ion") ? "ion" : in.has("z") ? "z" : in.has("in") ? "in" : "out";
            throw in.bad(s, "with NAME=VALUE pairs in --" + key + ", give concentrations as pairs too"
                    + " (--in K=140,Na=15 --out K=5,Na=145)");
        }
        List<String> names = in.entries(key);
        for (String n : in.entries("e")) {
            if (!names.contains(n)) {
                throw in.bad("e." + n, "there is no channel " + n + " in --" + key + " (channels: "
                        + String.join(", ", names) + ")");
            }
        }
        List<Ion> ions = new ArrayList<>();
        for (String n : names) {
            ions.add(in.has("e." + n) ? null : ionOf(in, key, n));
        }
        for (String side : List.of("in", "out")) {
            for (String n : in.entries(side)) {
                Ion ion = in.ionNamed(side + "." + n, n);
                int j = indexOf(ions, ion);
                if (j < 0) {
                    boolean hasE = false;
                    for (String c : names) {
                        hasE |= in.has("e." + c) && sameIon(c, ion);
                    }
                    throw in.bad(side + "." + n, hasE
                            ? "channel " + n + " has both --e and a concentration; give one"
                            : "there is no channel " + n + " in --" + key + " (channels: " + String.join(", ", names) + ")");
                }
            }
        }
        List<Gradients.Spec> specs = null;
        List<Channel> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            String ck = key + "." + n;
            if (ions.get(j) == null) {
                out.add(new Channel(n, ck, in.voltage("e." + n)));
                continue;
            }
            if (specs == null) {
                specs = Gradients.resolve(in);
            }
            Gradients.Spec spec = null;
            for (Gradients.Spec s : specs) {
                if (s.ion().name().equals(ions.get(j).name())) {
                    spec = s;
                }
            }
            if (spec == null) {
                throw in.bad(ck, "channel " + n + " has no reversal potential: give --e " + n + "=<volt>,"
                        + " or its concentrations (--in " + n + "=<conc> --out " + n + "=<conc>, or --preset)");
            }
            out.add(new Channel(n, ck, nernst(in, spec, k, t, ex)));
        }
        return out;
    }

    private static boolean sameIon(String name, Ion ion) {
        try {
            return Ion.parse(name, null).name().equals(ion.name());
        } catch (DomainException e) {
            return false;
        }
    }

    private static int indexOf(List<Ion> ions, Ion ion) {
        for (int j = 0; j < ions.size(); j++) {
            if (ions.get(j) != null && ions.get(j).name().equals(ion.name())) {
                return j;
            }
        }
        return -1;
    }

    /** @return the ion a channel named without --e stands for; a name that is no ion needs --e */
    private static Ion ionOf(Inputs in, String key, String name) {
        try {
            return Ion.parse(name, null);
        } catch (DomainException d) {
            throw in.bad(key + "." + name, "channel " + name + " is not an ion (" + d.getMessage() + "), so its"
                    + " reversal potential cannot be computed: give --e " + name + "=<volt>");
        }
    }

    private static double nernst(Inputs in, Gradients.Spec s, ConstantSet k, double t, Explain ex) {
        Ion ion = s.ion();
        double cIn = s.cIn(in);
        double cOut = s.cOut(in);
        double e = Nernst.potential(k, ion.z(), cIn, cOut, t);
        NernstCalc.explainPotential(ex, k, ion, cIn, cOut, t, e);
        return e;
    }

    private static double iOut(boolean perArea, double si) {
        return SCHEMA.field(SCHEMA.indexOf(perArea ? "I_uA_cm2" : "I_pA")).out(si);
    }

    private static double gOut(boolean perArea, double si) {
        return SCHEMA.field(SCHEMA.indexOf(perArea ? "g_mS_cm2" : "g_nS")).out(si);
    }

    private static String iUnit(boolean perArea) {
        return perArea ? "µA/cm²" : "pA";
    }

    private static String gUnit(boolean perArea) {
        return perArea ? "mS/cm²" : "nS";
    }

    private static void explain(Explain ex, Channel c, boolean solve, boolean perArea, double g, double i,
            double vm, double e) {
        if (!ex.on()) {
            return;
        }
        String who = c.name() == null ? "" : " of " + c.name();
        if (solve) {
            ex.step("Conductance%s: g = I / (V_m − E) = %s %s / (%s mV − (%s mV)) = %s %s", who,
                    human(iOut(perArea, i)), iUnit(perArea), human(vm * 1e3), human(e * 1e3),
                    human(gOut(perArea, g)), gUnit(perArea));
        } else {
            ex.step("Current%s: I = g · (V_m − E) = %s %s × (%s mV − (%s mV)) = %s %s", who,
                    human(gOut(perArea, g)), gUnit(perArea), human(vm * 1e3), human(e * 1e3),
                    human(iOut(perArea, i)), iUnit(perArea));
        }
        ex.step("  (%s; positive = outward) → %s current", perArea ? "mS/cm² × mV = µA/cm²" : "nS × mV = pA",
                CurrentDirection.of(i).label());
    }
}
