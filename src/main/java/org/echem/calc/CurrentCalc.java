package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Numbers;
import org.echem.io.Row;
import org.echem.io.Schema;

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
import org.echem.lang.Msg;
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
public final class CurrentCalc implements Calculation {
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("current.help.description"),
            List.of(
                Input.G.map(Msg.help("current.help.g")),
                Input.I.map(Msg.help("current.help.i")),
                Input.VM.value(Msg.help("current.help.vm")),
                Input.E.map(Msg.help("current.help.e")),
                Input.ION.value(Msg.help("current.help.ion")),
                Input.Z.value(Msg.help("current.help.z")),
                Input.IN.map(Msg.help("current.help.in")),
                Input.OUT.map(Msg.help("current.help.out")),
                Input.PRESET.value(Presets.help(Msg.help("current.help.preset")))),
            Msg.helpLines("current.help.notes"),
            List.of(
                "  echem current --g 10nS --vm -70 --e 60",
                "  echem current --g Na=120mS/cm2,K=36mS/cm2,L=0.3mS/cm2 \\",
                "      --e Na=50,K=-77,L=-54.387 --vm -65",
                "  echem current --ion K --in 140 --out 5 --g 2nS --vm -60mV",
                "  echem current --g K=10nS,Na=0.5nS --preset mammalian --vm -80 --explain",
                "  echem current --i -1.3nA --vm -70 --e 60        " + Msg.help("current.example.solve_g"),
                "  echem current --csv examples/channels.csv --format json"));
    }

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
        boolean solve = in.has(Input.I) || in.hasMap(Input.I);
        boolean given = in.has(Input.G) || in.hasMap(Input.G);
        if (solve && given) {
            throw in.bad(in.has(Input.I) ? Input.I.key() : Input.I.entry(in.entries(Input.I).get(0)),
                    Msg.text("current.error.g_or_i"));
        }
        if (!solve && !given) {
            throw new InputException(Msg.text("current.error.g_missing", in.source().where(Input.G.key())));
        }
        String key = solve ? Input.I.key() : Input.G.key();
        in.notBoth(key);
        in.notBoth(Input.E);
        ConstantSet k = in.constants();
        double vm = in.voltage(Input.VM);
        List<Channel> channels = in.has(key) ? single(in, key, k, ex) : several(in, key, k, ex);

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
                throw in.bad(c.key(), Msg.text("current.error.mixed." + (perArea ? "per_area_" : "absolute_")
                        + (solve ? "i" : "g"), in.source().where(firstKey)));
            }
            e[j] = c.e();
            try {
                if (solve) {
                    i[j] = q.si();
                    g[j] = OhmicCurrent.conductance(i[j], vm, e[j]);
                } else {
                    g[j] = q.si();
                    if (!(g[j] >= 0)) {
                        throw in.bad(c.key(), Msg.text("current.error.g_negative"));
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
        Row r = new Row(SCHEMA).set("channel", name).si("E_mV", e).si("drive_mV", org.echem.core.DrivingForce.difference(vm, e))
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
                ex.say("current.step.chord", num, human(gOut(perArea, sumG)), human(v * 1e3));
                ex.say("current.step.total", human(iOut(perArea, sumI)), iUnit(perArea));
            }
        } else {
            r.note(Msg.text("current.note.no_conductance"));
        }
        return r;
    }

    /** One unnamed channel: {@code --g 10nS} with {@code --e}, or with {@code --ion} and concentrations. */
    private static List<Channel> single(Inputs in, String key, ConstantSet k, Explain ex) {
        if (in.hasMap(Input.E)) {
            throw in.bad(Input.E.entry(in.entries(Input.E).get(0)), Msg.text("current.error.e_pairs", key));
        }
        Ion ion = in.ionOrNull();
        String name = ion == null ? null : ion.name();
        if (in.has(Input.E)) {
            if (in.has(Input.IN) || in.has(Input.OUT) || in.hasMap(Input.IN) || in.hasMap(Input.OUT) || in.has(Input.PRESET)) {
                throw in.bad(Input.E, Msg.text("drive.error.e_or_conc"));
            }
            return List.of(new Channel(name, key, in.voltage(Input.E)));
        }
        if (ion == null) {
            throw new InputException(Msg.text("current.error.e_missing", in.source().where(Input.E.key())));
        }
        Gradients.Spec s = Gradients.resolve(in).get(0);
        return List.of(new Channel(name, key, nernst(in, s, k, ex)));
    }

    /** Several named channels: {@code --g Na=..,K=..} with {@code --e Na=..} or ions with concentrations. */
    private static List<Channel> several(Inputs in, String key, ConstantSet k, Explain ex) {
        if (in.has(Input.E)) {
            throw in.bad(Input.E, Msg.text("current.error.e_as_pairs", key));
        }
        if (Gradients.single(in)) {
            String s = in.has(Input.ION) ? Input.ION.key() : in.has(Input.Z) ? Input.Z.key() : in.has(Input.IN) ? Input.IN.key() : Input.OUT.key();
            throw in.bad(s, Msg.text("current.error.conc_as_pairs", key));
        }
        List<String> names = in.entries(key);
        for (String n : in.entries(Input.E)) {
            if (!names.contains(n)) {
                throw in.bad(Input.E.entry(n), Msg.text("current.error.no_channel", n, key, String.join(Msg.text("current.error.channel_separator"), names)));
            }
        }
        List<Ion> ions = new ArrayList<>();
        for (String n : names) {
            ions.add(in.has(Input.E.entry(n)) ? null : ionOf(in, key, n));
        }
        for (String side : List.of(Input.IN.key(), Input.OUT.key())) {
            for (String n : in.entries(side)) {
                Ion ion = in.ionNamed(side + "." + n, n);
                int j = indexOf(ions, ion);
                if (j < 0) {
                    boolean hasE = false;
                    for (String c : names) {
                        hasE |= in.has(Input.E.entry(c)) && sameIon(c, ion);
                    }
                    throw in.bad(side + "." + n, hasE
                            ? Msg.text("current.error.e_and_conc", n)
                            : Msg.text("current.error.no_channel", n, key, String.join(Msg.text("current.error.channel_separator"), names)));
                }
            }
        }
        List<Gradients.Spec> specs = null;
        List<Channel> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            String n = names.get(j);
            String ck = key + "." + n;
            if (ions.get(j) == null) {
                out.add(new Channel(n, ck, in.voltage(Input.E.entry(n))));
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
                throw in.bad(ck, Msg.text("current.error.no_e", n));
            }
            out.add(new Channel(n, ck, nernst(in, spec, k, ex)));
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
            throw in.bad(key + "." + name, Msg.text("current.error.not_an_ion", name, d.getMessage()));
        }
    }

    private static double nernst(Inputs in, Gradients.Spec s, ConstantSet k, Explain ex) {
        double t = in.temperature(); // only an E from concentrations depends on T
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
        String named = c.name() == null ? "" : "_of";
        if (solve) {
            Object[] args = {human(iOut(perArea, i)), iUnit(perArea), human(vm * 1e3), human(e * 1e3),
                human(gOut(perArea, g)), gUnit(perArea)};
            ex.say("current.step.conductance" + named, c.name() == null ? args : prepend(c.name(), args));
        } else {
            Object[] args = {human(gOut(perArea, g)), gUnit(perArea), human(vm * 1e3), human(e * 1e3),
                human(iOut(perArea, i)), iUnit(perArea)};
            ex.say("current.step.current" + named, c.name() == null ? args : prepend(c.name(), args));
        }
        ex.say("current.step.direction." + CurrentDirection.of(i).label(),
                perArea ? "mS/cm² × mV = µA/cm²" : "nS × mV = pA");
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
