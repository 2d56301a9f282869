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
import org.echem.core.DomainException;
import org.echem.core.GhkCurrent;
import org.echem.core.GhkPotential;
import org.echem.core.GhkPotential.Permeant;
import org.echem.core.Ion;
import org.echem.core.Nernst;
import org.echem.lang.Msg;
import org.echem.units.Kind;
import org.echem.units.Quantity;
import org.echem.units.Units;

/**
 * {@code ghk}: the Goldman–Hodgkin–Katz reversal potential of any set of ions; with {@code --vm}
 * and absolute permeabilities, each ion's GHK current density and the total; with
 * {@code --vrev V --solve-perm ION}, ION's permeability relative to the others.
 *
 * <p>Row layout: without {@code --vm}, one row with {@code V_rev_mV} (ion {@code total}, or the
 * ion's name when there is only one). With {@code --vm}, one row per ion (ion, z, E_mV,
 * I_uA_cm2) and, for several ions, a {@code total} row with the summed current and V_rev_mV.
 * With {@code --solve-perm}, one row for that ion with V_rev_mV (the measured one) and perm_ratio.
 */
public final class GhkCalc implements Calculation {
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("ghk.help.description"),
            Activities.with(Co2.with(List.of(
                Input.PERM.map(Msg.help("ghk.help.perm")),
                Input.IN.map(Msg.help("ghk.help.in")),
                Input.OUT.map(Msg.help("ghk.help.out")),
                Input.PRESET.value(Presets.help(Msg.help("ghk.help.preset"))),
                Input.VM.value(Msg.help("ghk.help.vm")),
                Input.VREV.value(Msg.help("ghk.help.vrev")),
                Input.SOLVE_PERM.value(Msg.help("ghk.help.solve_perm")),
                Input.ION.value(Msg.help("ghk.help.ion")),
                Input.Z.value(Msg.help("ghk.help.z"))))),
            Msg.helpLines("ghk.help.notes"),
            List.of(
                "  echem ghk --perm K=1,Na=0.04,Cl=0.45 --in K=140,Na=15,Cl=10 \\",
                "      --out K=5,Na=145,Cl=110",
                "  echem ghk --perm K=1,Na=0.04,Ca=0.5 --in K=140,Na=15,Ca=0.0001 \\",
                "      --out K=5,Na=145,Ca=2",
                "  echem ghk --perm K=1e-6cm/s,Na=4e-8cm/s --in K=140,Na=15 \\",
                "      --out K=5,Na=145 --vm -70",
                "  echem ghk --ion Ca --perm 1e-5cm/s --in 100nM --out 2mM --vm 0 --explain",
                "  echem ghk --perm K=1 --in K=140 --out Na=140 --vrev -50 --solve-perm Na",
                "  echem ghk --perm Cl=1,HCO3=0.2 --in Cl=7 --out Cl=130 \\",
                "      --pco2 40mmHg --ph-in 7.2 --ph-out 7.4            " + Msg.help("ghk.example.gaba"),
                "  echem ghk --csv examples/ghk.csv --format json",
                "  echem ghk --perm K=1,Na=0.04,Ca=0.5 --preset mammalian --activity davies"));
    }

    static final Schema SCHEMA = Schema.of(
            Field.plain("ion", "ion"),
            Field.plain("z", "z"),
            Field.of("E_mV", "E (Nernst)", Kind.VOLTAGE, "mV"),
            Field.of("I_uA_cm2", "I (GHK)", Kind.CURRENT, "uA/cm2"),
            Field.of("V_rev_mV", "V_rev (GHK)", Kind.VOLTAGE, "mV"),
            Field.plain("perm_ratio", "P/P_ref"));

    static final String TOTAL = "total";

    /** One ion: its name as written, the ion, the key of its permeability (null for the one solved for). */
    private record Member(String name, Ion ion, String permKey) {}

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        Co2.begin(in, ex);
        in.notBoth(Input.PERM);
        ConstantSet k = in.constants();
        double t = in.temperature();
        boolean solve = in.has(Input.SOLVE_PERM);
        if (in.has(Input.VREV) && !solve) {
            throw in.bad(Input.VREV, Msg.text("ghk.error.vrev_needs_solve"));
        }
        if (solve && in.has(Input.VM)) {
            throw in.bad(Input.VM, Msg.text("ghk.error.vm_or_solve"));
        }
        List<Member> members = members(in, solve);
        Sides sides = new Sides(in);
        List<Permeant> ions = new ArrayList<>();
        Boolean relative = null;
        String firstKey = null;
        for (Member m : members) {
            double p = 0;
            if (m.permKey() != null) {
                Quantity q = in.quantity(m.permKey(), Kind.PERMEABILITY);
                if (relative == null) {
                    relative = q.unit().relative();
                    firstKey = m.permKey();
                } else if (relative != q.unit().relative()) {
                    throw in.bad(m.permKey(), Msg.text(relative ? "ghk.error.mixed.relative" : "ghk.error.mixed.absolute",
                            in.source().where(firstKey)));
                }
                p = q.si();
                if (!(p >= 0)) {
                    throw in.bad(m.permKey(), Msg.text("ghk.error.p_negative"));
                }
            }
            double[] c = concentrations(in, m, sides);
            ions.add(new Permeant(m.name(), m.ion().z(), p, c[0], c[1]));
        }
        List<Permeant> concentrations = ions;
        Activities acts = activities(in, members, concentrations, ex);
        if (acts != null) {
            ions = new ArrayList<>();
            for (int j = 0; j < members.size(); j++) {
                Permeant p = concentrations.get(j);
                org.echem.core.Activity.Result[] g = acts.gammas(in, members.get(j).ion(), p.cIn(), p.cOut());
                ions.add(new Permeant(p.name(), p.z(), p.p(), g[0].activity(), g[1].activity()));
            }
        }
        int first = out.size();
        if (solve) {
            solvePerm(in, k, t, members, ions, out, ex);
        } else if (!in.has(Input.VM)) {
            double v = reversal(in, k, t, ions, ex, true);
            Row row = new Row(SCHEMA).set("ion", ions.size() == 1 ? members.get(0).ion().name() : TOTAL)
                    .si("V_rev_mV", v);
            out.add(row);
        } else {
            currents(in, k, t, members, ions, relative, firstKey, out, ex);
        }
        if (acts != null && out.size() > first) {
            Row last = acts.shared(out.get(out.size() - 1));
            Object v = last.get("V_rev_mV");
            if (!solve && v != null) {
                double vc;
                try {
                    vc = reversal(in, k, t, concentrations, Explain.NONE, true);
                } catch (InputException e) {
                    vc = Double.NaN;
                }
                if (!Double.isNaN(vc)) {
                    double va = (Double) v / 1e3;
                    last.note(Msg.text("ghk.note.activities_vrev", acts.model(), human(va * 1e3),
                            Activities.signedMillivolts(va - vc), human(vc * 1e3)));
                }
            }
            if (in.has(Input.VM) || solve) {
                last.note(Msg.text(solve ? "ghk.note.activities_perm" : "ghk.note.activities_currents", acts.model()));
            }
        }
    }

    /** @return the activities of {@code --activity}, I of each side from the ions of --perm, or null */
    private static Activities activities(Inputs in, List<Member> members, List<Permeant> ions, Explain ex) {
        double sumIn = 0;
        double sumOut = 0;
        for (Permeant p : ions) {
            sumIn += p.z() * p.z() * p.cIn();
            sumOut += p.z() * p.z() * p.cOut();
        }
        Activities acts = Activities.of(in, sumIn, sumOut);
        if (acts != null && ex.on()) {
            ex.say("ghk.step.activities", acts.model());
            acts.explainSides(ex);
            for (int j = 0; j < members.size(); j++) {
                Permeant p = ions.get(j);
                org.echem.core.Activity.Result[] g = acts.gammas(in, members.get(j).ion(), p.cIn(), p.cOut());
                ex.say("ghk.step.gammas", members.get(j).ion().label(),
                        human(g[0].gamma()), human(g[1].gamma()), human(g[0].activity()), human(g[1].activity()));
            }
        }
        return acts;
    }

    private static void currents(Inputs in, ConstantSet k, double t, List<Member> members, List<Permeant> ions,
            Boolean relative, String firstKey, List<Row> out, Explain ex) {
        if (Boolean.TRUE.equals(relative)) {
            throw in.bad(firstKey, Msg.text("ghk.error.currents_absolute"));
        }
        double vm = in.voltage(Input.VM);
        double sum = 0;
        Row first = null;
        if (ex.on()) {
            ex.say("ghk.step.current");
            ex.say("ghk.step.current_bernoulli");
            ex.say("ghk.step.current_v", human(vm * 1e3), human(k.thermalVoltage(t) * 1e3));
        }
        for (int j = 0; j < ions.size(); j++) {
            Permeant p = ions.get(j);
            double i;
            try {
                i = GhkCurrent.density(k, p.z(), p.p(), p.cIn(), p.cOut(), vm, t);
            } catch (DomainException d) {
                throw in.domain(members.get(j).permKey(), d);
            }
            sum += i;
            if (ex.on()) {
                double u = p.z() * vm / k.thermalVoltage(t);
                ex.say("ghk.step.current_ion",
                        members.get(j).ion().label(), human(p.p() * 100), human(u), human(p.cIn()),
                        human(GhkCurrent.bernoulli(-u)), human(p.cOut()), human(GhkCurrent.bernoulli(u)),
                        human(i * 100));
            }
            Row r = new Row(SCHEMA).set("ion", members.get(j).ion().name()).set("z", p.z()).si("I_uA_cm2", i);
            if (p.cIn() > 0 && p.cOut() > 0) {
                r.si("E_mV", Nernst.potential(k, p.z(), p.cIn(), p.cOut(), t));
            }
            out.add(r);
            first = r;
        }
        Row total = ions.size() == 1 ? first : new Row(SCHEMA).set("ion", TOTAL).si("I_uA_cm2", sum);
        if (ions.size() > 1) {
            ex.say("ghk.step.current_total", human(sum * 100));
            out.add(total);
        }
        try {
            total.si("V_rev_mV", reversal(in, k, t, ions, ex, false));
        } catch (InputException e) {
            total.note(Msg.text("ghk.note.no_reversal", e.getMessage().replaceFirst("^[^:]*: ", "")));
        }
    }

    private static double reversal(Inputs in, ConstantSet k, double t, List<Permeant> ions, Explain ex,
            boolean fail) {
        try {
            if (GhkPotential.monovalent(ions)) {
                double v = GhkPotential.closedForm(k, ions, t);
                if (ex.on()) {
                    explainClosed(ex, k, t, ions, v);
                }
                return v;
            }
            GhkPotential.Root r = GhkPotential.rootFinding(k, ions, t);
            if (ex.on()) {
                ex.say("ghk.step.root");
                ex.say("ghk.step.root_brent", human(r.lo() * 1e3), human(r.hi() * 1e3), human(r.volts() * 1e3),
                        String.valueOf(r.evaluations()));
            }
            return r.volts();
        } catch (DomainException d) {
            throw new InputException(in.source().where(Input.PERM.key()) + ": " + d.getMessage());
        }
    }

    private static void explainClosed(Explain ex, ConstantSet k, double t, List<Permeant> ions, double v) {
        ex.say("ghk.step.closed");
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        double a = 0;
        double b = 0;
        for (Permeant p : ions) {
            double pIn = p.z() > 0 ? p.cOut() : p.cIn();
            double pOut = p.z() > 0 ? p.cIn() : p.cOut();
            num.append(num.length() == 0 ? "" : " + ").append(human(p.p())).append('·').append(human(pIn));
            den.append(den.length() == 0 ? "" : " + ").append(human(p.p())).append('·').append(human(pOut));
            b += p.p() * pIn;
            a += p.p() * pOut;
        }
        ex.say("ghk.step.numerator", num, human(b));
        ex.say("ghk.step.denominator", den, human(a));
        ex.say("ghk.step.closed_v", human(k.thermalVoltage(t) * 1e3), human(b / a), human(v * 1e3));
    }

    private static void solvePerm(Inputs in, ConstantSet k, double t, List<Member> members, List<Permeant> ions,
            List<Row> out, Explain ex) {
        double vrev = in.voltage(Input.VREV);
        Permeant x = null;
        Member mx = null;
        List<Permeant> others = new ArrayList<>();
        double ref = 0;
        String refName = null;
        for (int j = 0; j < ions.size(); j++) {
            if (members.get(j).permKey() == null) {
                x = ions.get(j);
                mx = members.get(j);
            } else {
                others.add(ions.get(j));
                if (refName == null && ions.get(j).p() > 0) {
                    ref = ions.get(j).p();
                    refName = members.get(j).ion().name();
                }
            }
        }
        double px;
        try {
            px = GhkPotential.permeabilityFor(k, x, others, vrev, t);
        } catch (DomainException d) {
            throw in.bad(Input.VREV, d.getMessage());
        }
        double ratio = px / ref;
        if (ex.on()) {
            ex.say("ghk.step.perm");
            ex.say("ghk.step.perm_formula", mx.ion().name(), human(vrev / k.thermalVoltage(t)));
            ex.say("ghk.step.perm_value", mx.ion().name(), human(px), refName, human(ref), human(ratio));
        }
        Row r = new Row(SCHEMA).set("ion", mx.ion().name()).set("z", x.z()).si("V_rev_mV", vrev)
                .set("perm_ratio", ratio);
        if (x.cIn() > 0 && x.cOut() > 0) {
            r.si("E_mV", Nernst.potential(k, x.z(), x.cIn(), x.cOut(), t));
        }
        r.note(Msg.text("ghk.note.perm_ratio", mx.ion().name(), refName));
        out.add(r);
    }

    /** @return the ions: one from --ion with a single --perm, or one per --perm pair (plus --solve-perm's) */
    private static List<Member> members(Inputs in, boolean solve) {
        List<Member> list = new ArrayList<>();
        if (in.has(Input.PERM)) {
            if (solve) {
                throw in.bad(Input.PERM, Msg.text("ghk.error.solve_needs_pairs"));
            }
            if (in.hasMap(Input.IN) || in.hasMap(Input.OUT)) {
                throw in.bad(Input.PERM, Msg.text("ghk.error.perm_as_pairs"));
            }
            Ion ion = in.ion();
            list.add(new Member(ion.name(), ion, Input.PERM.key()));
            return list;
        }
        if (!in.hasMap(Input.PERM)) {
            throw new InputException(Msg.text("ghk.error.perm_missing", in.source().where(Input.PERM.key())));
        }
        if (Gradients.single(in)) {
            String s = in.has(Input.ION) ? Input.ION.key() : in.has(Input.Z) ? Input.Z.key() : in.has(Input.IN) ? Input.IN.key() : Input.OUT.key();
            throw in.bad(s, Msg.text("ghk.error.conc_as_pairs"));
        }
        java.util.Set<String> named = new java.util.HashSet<>(); // ion names of the members: linear in the ions
        for (String n : in.entries(Input.PERM)) {
            Ion ion = in.ionNamed(Input.PERM.entry(n), n);
            if (!named.add(ion.name())) {
                throw in.bad(Input.PERM.entry(n), Msg.text("ghk.error.twice", ion.name()));
            }
            list.add(new Member(n, ion, Input.PERM.entry(n)));
        }
        if (solve) {
            String n = in.text(Input.SOLVE_PERM).strip();
            Ion ion = in.ionNamed(Input.SOLVE_PERM.key(), n);
            for (Member m : list) {
                if (m.ion().name().equals(ion.name())) {
                    throw in.bad(Input.SOLVE_PERM, Msg.text("ghk.error.solve_has_perm", ion.name()));
                }
            }
            list.add(new Member(n, ion, null));
            named.add(ion.name());
        }
        for (String side : List.of(Input.IN.key(), Input.OUT.key())) {
            for (String n : in.entries(side)) {
                Ion ion = in.ionNamed(side + "." + n, n);
                if (!named.contains(ion.name())) {
                    throw in.bad(side + "." + n, Msg.text(solve ? "ghk.error.no_perm_solve" : "ghk.error.no_perm",
                            ion.name()));
                }
            }
        }
        return list;
    }

    /** @return {c_in, c_out} in mM: given, else from --preset, else 0 (absent on that side) */
    private static double[] concentrations(Inputs in, Member m, Sides sides) {
        double[] c = new double[2];
        List<Presets.Entry> preset = sides.preset;
        for (int s = 0; s < 2; s++) {
            String key = sides.keyFor(s, m);
            if (key != null) {
                c[s] = in.nonNegative(key, Kind.CONCENTRATION);
                continue;
            }
            if (m.ion().name().equals(Co2.HCO3) && Co2.given(in)) {
                c[s] = Co2.hco3(in, s == 0);
                continue;
            }
            for (Presets.Entry p : preset) {
                if (p.ion().equals(m.ion().name())) {
                    c[s] = Units.concentration(s == 0 ? p.in() : p.out(), p.ion().equals("H"), p.ion(), null).si();
                }
            }
        }
        if (c[0] == 0 && c[1] == 0) {
            throw in.bad(m.permKey() == null ? Input.SOLVE_PERM.key() : m.permKey(),
                    Msg.text("ghk.error.no_conc", m.ion().name(), m.name()));
        }
        return c;
    }

    /**
     * The concentration keys of each side by ion name ({@code in.K}), and the preset: found once per
     * calculation, so that looking up every member's concentrations stays linear in the ions.
     */
    private static final class Sides {
        private final Inputs in;
        private final String[] side = {Input.IN.key(), Input.OUT.key()};
        private final List<java.util.Map<String, String>> keys = new ArrayList<>(2);
        final List<Presets.Entry> preset;

        Sides(Inputs in) {
            this.in = in;
            for (String sd : side) {
                java.util.Map<String, String> byIon = new java.util.HashMap<>();
                for (String n : in.entries(sd)) {
                    String key = sd + "." + n;
                    if (in.has(key)) {
                        byIon.putIfAbsent(in.ionNamed(key, n).name(), key);
                    }
                }
                keys.add(byIon);
            }
            preset = in.has(Input.PRESET)
                    ? Presets.named(in.text(Input.PRESET), in.source().where(Input.PRESET.key())) : List.of();
        }

        /** @return the key of {@code m}'s concentration on side {@code s} (0 in, 1 out), or null */
        String keyFor(int s, Member m) {
            if (m.permKey() != null && m.permKey().equals(Input.PERM.key())) {
                return in.has(side[s]) ? side[s] : null;
            }
            return keys.get(s).get(m.ion().name());
        }
    }
}
