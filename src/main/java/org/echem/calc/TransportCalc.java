package org.echem.calc;

import static org.echem.io.Numbers.human;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.Transport;
import org.echem.core.Transporter;
import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.io.TextStyle;
import org.echem.units.Kind;
import org.echem.lang.Msg;

/** {@code transport}: ΔG per cycle, reversal potential and direction of a coupled transporter. */
public final class TransportCalc implements Calculation {
    static final Schema SCHEMA = Schema.of(
            Field.plain("transporter", "transporter"),
            Field.plain("stoich", "stoichiometry (in)"),
            Field.plain("net_charge", "net charge in"),
            Field.scaled("dG_kJ_mol", "ΔG per cycle", "kJ/mol", 1e-3),
            Field.of("E_rev_mV", "E_rev", Kind.VOLTAGE, "mV"),
            Field.of("vm_mV", "V_m", Kind.VOLTAGE, "mV"),
            Field.plain("direction", "direction"),
            Field.of("c_in_eq_mM", "[ion]in at equilibrium", Kind.CONCENTRATION, "mM"));

    /** The largest |n| of a stoichiometry: real transporters move a few ions per cycle; this keeps Σ nᵢzᵢ exact. */
    private static final int MAX_STOICH = 1000;

    /** The help's table of named transporters, each with its stoichiometry and source. */
    private static List<String> notes() {
        if (!Msg.helpShown()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(Msg.helpLines("transport.help.notes"));
        String source = "               " + Msg.help("transport.help.source");
        for (Transporter t : Transporter.named()) {
            lines.add(String.format(Locale.ROOT, "  %-12s %-18s %s", t.name(), label(t), t.description()));
            StringBuilder line = new StringBuilder(source);
            int width = TextStyle.width(source); // the columns taken: 来源： is wider than its length
            for (String word : t.source().split(" ")) {
                if (width + 1 + word.length() > 78) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(" ".repeat(TextStyle.width(source)));
                    width = line.length();
                }
                line.append(' ').append(word);
                width += 1 + TextStyle.width(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("transport.help.description"),
            Co2.with(
            List.of(
                Input.NAME.value(Msg.help("transport.help.name")),
                Input.STOICH.map(Msg.help("transport.help.stoich")),
                Input.IN.map(Msg.help("transport.help.in")),
                Input.OUT.map(Msg.help("transport.help.out")),
                Input.PRESET.value(Presets.help(Msg.help("transport.help.preset"))),
                Input.VM.value(Msg.help("transport.help.vm")),
                Input.DG_ATP.value(Msg.help("transport.help.dg_atp")),
                Input.SOLVE.value(Msg.help("transport.help.solve")))),
            notes(),
            List.of(
                "  echem transport --name ncx --in Na=15,Ca=100nM --out Na=145,Ca=2 \\",
                "      --vm -70",
                "  echem transport --name nka --in Na=15,K=140 --out Na=145,K=5 \\",
                "      --dg-atp -55 --vm -70",
                "  echem transport --name kcc2 --in K=140 --out K=5,Cl=110 --solve Cl",
                "  echem transport --stoich H=1,K=1 --in H=pH7.2,K=100 \\",
                "      --out H=pH5.5,K=0.1 --vm -150",
                "  echem transport --name ncx --preset mammalian --vm -70 --explain"));
    }

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    /** @return the stoichiometry with its ATP, e.g. {@code Na=-3,K=2,ATP=1} */
    static String label(Transporter t) {
        return t.stoichLabel() + (t.atpPerCycle() == 0 ? "" : ",ATP=" + t.atpPerCycle());
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        Co2.begin(in, ex);
        ConstantSet k = in.constants();
        double temp = in.temperature();
        Transporter t = transporter(in);
        String solveFor = null;
        if (in.has(Input.SOLVE)) {
            solveFor = in.ionNamed(Input.SOLVE.key(), in.text(Input.SOLVE).strip()).name();
            if (t.stoich(solveFor) == null) {
                throw in.bad(Input.SOLVE, Msg.text("transport.error.solve", t.name(), solveFor, t.stoichLabel()));
            }
        }
        Map<String, Double> cIn = new HashMap<>();
        Map<String, Double> cOut = new HashMap<>();
        concentrations(in, t, solveFor, cIn, cOut);
        OptionalDouble vm = in.has(Input.VM) ? OptionalDouble.of(in.voltage(Input.VM)) : OptionalDouble.empty();
        OptionalDouble dgAtp = dgAtp(in, t);
        Transport.Conditions c;
        try {
            c = new Transport.Conditions(cIn, cOut, vm, dgAtp, temp);
        } catch (DomainException d) {
            throw in.domain(Input.DG_ATP, d);
        }
        Transport.Result r;
        double eq = Double.NaN;
        try {
            if (solveFor != null) {
                Transport.Solution s = Transport.solve(k, t, solveFor, c);
                r = s.atEquilibrium();
                eq = s.cIn();
            } else {
                r = Transport.of(k, t, c);
            }
        } catch (DomainException d) {
            throw in.domain(solveFor != null ? Input.SOLVE.key() : Input.VM.key(), d);
        }
        explain(ex, k, r, solveFor, eq);
        Row row = new Row(SCHEMA).set("transporter", t.name()).set("stoich", label(t)).set("net_charge", t.netCharge());
        if (vm.isPresent()) {
            row.si("dG_kJ_mol", r.dg().getAsDouble()).si("vm_mV", vm.getAsDouble())
                    .set("direction", r.direction().get().label());
        }
        if (r.eRev().isPresent()) {
            row.si("E_rev_mV", r.eRev().getAsDouble());
        }
        if (solveFor != null) {
            row.si("c_in_eq_mM", eq);
        }
        out.add(row.note(meaning(t, r, vm.isPresent(), solveFor, eq)));
    }

    private static Transporter transporter(Inputs in) {
        boolean named = in.has(Input.NAME);
        boolean stoich = in.hasMap(Input.STOICH) || in.has(Input.STOICH);
        if (named && stoich) {
            throw in.bad(Input.NAME, Msg.text("transport.error.name_or_stoich"));
        }
        if (named) {
            Transporter t = Transporter.named(in.text(Input.NAME));
            if (t == null) {
                throw in.bad(Input.NAME, Msg.text("transport.error.unknown", names()));
            }
            return t;
        }
        if (!stoich) {
            throw new InputException(Msg.text("transport.error.none", names()));
        }
        if (in.has(Input.STOICH)) {
            throw in.bad(Input.STOICH, Msg.text("transport.error.stoich_pairs"));
        }
        List<Transporter.Stoich> list = new ArrayList<>();
        int atp = 0;
        for (String name : in.entries(Input.STOICH)) {
            String key = Input.STOICH.entry(name);
            int n = in.integer(key);
            if (Math.abs(n) > MAX_STOICH) {
                throw in.bad(key, Msg.text("transport.error.stoich_range", MAX_STOICH));
            }
            if (name.strip().equalsIgnoreCase("ATP")) {
                atp = n;
                continue;
            }
            Ion ion = in.ionNamed(key, name);
            if (n == 0) {
                throw in.bad(key, Msg.text("transport.error.stoich_zero", name));
            }
            list.add(new Transporter.Stoich(ion, n));
        }
        if (list.isEmpty()) {
            throw in.bad(Input.STOICH.entry(in.entries(Input.STOICH).get(0)),
                    Msg.text("transport.error.stoich_no_ion"));
        }
        try {
            return Transporter.custom(list, atp);
        } catch (DomainException d) {
            throw new InputException(in.source().where(Input.STOICH.key()) + ": " + d.getMessage());
        }
    }

    private static String names() {
        StringBuilder b = new StringBuilder();
        for (Transporter t : Transporter.named()) {
            b.append(b.length() == 0 ? "" : ", ").append(t.name());
        }
        return b.toString();
    }

    /** Fills the concentrations of the transporter's ions from --in/--out maps, --preset and --pco2. */
    private static void concentrations(Inputs in, Transporter t, String solveFor, Map<String, Double> cIn,
            Map<String, Double> cOut) {
        for (Input side : List.of(Input.IN, Input.OUT)) {
            if (in.has(side)) {
                throw in.bad(side, Msg.text("transport.error.pairs", side.option()));
            }
        }
        List<Gradients.Spec> specs = in.hasMap(Input.IN) || in.hasMap(Input.OUT) || in.has(Input.PRESET)
                ? Gradients.resolve(in) : List.of();
        for (Transporter.Stoich s : t.stoichiometry()) {
            String name = s.ion().name();
            Gradients.Spec spec = null;
            for (Gradients.Spec g : specs) {
                if (g.ion().name().equals(name)) {
                    spec = g;
                }
            }
            if (spec == null) { // not in the maps: only --pco2 can give it (HCO3-)
                spec = new Gradients.Spec(s.ion(), null, null, null);
            }
            boolean needIn = !name.equals(solveFor);
            if (needIn && !spec.hasIn(in) || !spec.hasOut(in)) {
                throw new InputException(Msg.text(!spec.hasOut(in) ? "transport.error.no_out" : "transport.error.no_in",
                        name, t.name(), label(t)));
            }
            if (needIn) {
                cIn.put(name, spec.cIn(in));
            }
            cOut.put(name, spec.cOut(in));
        }
    }

    private static OptionalDouble dgAtp(Inputs in, Transporter t) {
        if (!in.has(Input.DG_ATP)) {
            if (t.atpPerCycle() != 0) {
                throw new InputException(Msg.text("transport.error.no_dg_atp", t.name()));
            }
            return OptionalDouble.empty();
        }
        if (t.atpPerCycle() == 0) {
            throw in.bad(Input.DG_ATP, Msg.text("transport.error.not_atp", t.name()));
        }
        String text = in.text(Input.DG_ATP).strip();
        if (text.endsWith("kJ/mol")) {
            text = text.substring(0, text.length() - "kJ/mol".length());
        }
        double kj;
        try {
            kj = org.echem.units.Units.number(text);
        } catch (RuntimeException e) {
            throw in.bad(Input.DG_ATP, Msg.text("transport.error.dg_atp"));
        }
        if (!(kj <= 0) || !Double.isFinite(kj * 1e3)) {
            throw in.bad(Input.DG_ATP, Msg.text("transport.error.dg_atp_range"));
        }
        return OptionalDouble.of(kj * 1e3);
    }

    static String meaning(Transporter t, Transport.Result r, boolean vmGiven, String solveFor, double eq) {
        String rest;
        if (!vmGiven) {
            rest = Msg.text(t.electroneutral() ? "transport.note.no_vm.electroneutral" : "transport.note.no_vm");
        } else {
            String dg = human(r.dg().getAsDouble() / 1e3);
            rest = switch (r.direction().get()) {
                case FORWARD -> Msg.text("transport.note.forward", dg, t.name(), label(t));
                case REVERSE -> Msg.text("transport.note.reverse", dg, t.name(), label(t.reversed()));
                default -> Msg.text("transport.note.equilibrium", dg, t.name());
            };
        }
        if (solveFor == null) {
            return rest;
        }
        String solved = Msg.text("transport.note.solved", t.name(), solveFor, human(eq));
        return solved + (solved.endsWith("。") ? "" : " ") + rest;
    }

    private static void explain(Explain ex, ConstantSet k, Transport.Result r, String solveFor, double eq) {
        if (!ex.on()) {
            return;
        }
        Transporter t = r.transporter();
        double f = k.faraday();
        ex.say("transport.step.transporter", t.name(), label(t));
        ex.say("transport.step.formula");
        ex.say("transport.step.temperature", human(r.temperature() - 273.15), k.name(), human(f));
        if (solveFor != null) {
            ex.say("transport.step.solve", solveFor, solveFor, solveFor, human(eq));
        }
        double sumNzE = 0;
        for (Transport.Term term : r.terms()) {
            int nz = term.n() * term.ion().z();
            sumNzE += nz * term.e();
            if (term.energy().isPresent()) {
                ex.say("transport.step.term.energy", term.ion().label(), Ion.signed(term.n()),
                        Ion.signed(term.ion().z()), human(term.cOut()), human(term.cIn()), human(term.e() * 1e3),
                        Ion.signed(nz), human(f), human(r.vm().getAsDouble() * 1e3), human(term.e() * 1e3),
                        human(term.energy().getAsDouble() / 1e3));
            } else {
                ex.say("transport.step.term", term.ion().label(), Ion.signed(term.n()), Ion.signed(term.ion().z()),
                        human(term.cOut()), human(term.cIn()), human(term.e() * 1e3));
            }
        }
        if (t.atpPerCycle() != 0) {
            ex.say("transport.step.atp", t.atpPerCycle(), t.atpPerCycle(), human(r.dgAtp().getAsDouble() / 1e3),
                    human(r.atpEnergy() / 1e3));
        }
        ex.say("transport.step.net_charge", Ion.signed(r.netCharge()));
        if (r.eRev().isPresent()) {
            if (t.atpPerCycle() != 0) {
                ex.say("transport.step.e_rev.atp", human(sumNzE * 1e3), human(r.atpEnergy() / 1e3),
                        Ion.signed(r.netCharge()), human(r.eRev().getAsDouble() * 1e3));
            } else {
                ex.say("transport.step.e_rev", human(sumNzE * 1e3), Ion.signed(r.netCharge()),
                        human(r.eRev().getAsDouble() * 1e3));
            }
        } else {
            ex.say("transport.step.electroneutral");
        }
        if (r.dg().isPresent() && r.vm().isPresent()) {
            ex.say("transport.step.direction." + r.direction().get().label(), human(r.dg().getAsDouble() / 1e3));
        }
    }
}
