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
import org.echem.units.Kind;

/** {@code transport}: ΔG per cycle, reversal potential and direction of a coupled transporter. */
public final class TransportCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Free energy per cycle ΔG = Σ nᵢzᵢF(V_m - Eᵢ) + m·ΔG_ATP of a coupled",
            "transporter (nᵢ moles of ion i moved in per forward cycle, m ATP hydrolysed),",
            "its reversal potential E_rev = (Σ nᵢzᵢEᵢ - m·ΔG_ATP/F) / Σ nᵢzᵢ and its",
            "direction (forward when ΔG < 0). With --solve ION: the inside concentration",
            "of ION at which it is at equilibrium."),
        Co2.with(
        List.of(
            Input.NAME.value("A named transporter (table below): ncx, nka, pmca, kcc2, nkcc1, nhe, ae, h-k-symport."),
            Input.STOICH.map("Or a stoichiometry: moles moved IN per cycle, negative = out, e.g. Na=3,Ca=-1;"
                    + " ATP=1 for one ATP hydrolysed per cycle."),
            Input.IN.map("Inside concentrations, NAME=CONC pairs {bare}: Na=15,Ca=100nM (H=pH7.2 for H+)."),
            Input.OUT.map("Outside concentrations, NAME=CONC pairs {bare}: Na=145,Ca=2."),
            Input.PRESET.value(Presets.help("Typical concentrations; --in/--out override them:")),
            Input.VM.value("Membrane potential V_m {units}. Without it ΔG and the direction are left empty."),
            Input.DG_ATP.value("ΔG of ATP hydrolysis, kJ/mol (a bare number ≤ 0, e.g. -55); required by ATP-driven"
                    + " transporters (nka, pmca), no default."),
            Input.SOLVE.value("An ion of the stoichiometry: give its equilibrium inside concentration c_in_eq_mM"
                    + " (its own --in is not needed)."))),
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
        List<String> lines = new ArrayList<>();
        lines.add("%nForward is the direction each named transporter runs in a resting mammalian cell");
        lines.add("(h-k-symport: in a plant root cell). Named transporters, with what one cycle");
        lines.add("moves in:");
        for (Transporter t : Transporter.named()) {
            lines.add(String.format(Locale.ROOT, "  %-12s %-18s %s", t.name(), label(t), t.description()));
            StringBuilder line = new StringBuilder("               source:");
            for (String word : t.source().split(" ")) {
                if (line.length() + 1 + word.length() > 78) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append("                      ");
                }
                line.append(' ').append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public Declaration declaration() {
        return DECLARATION;
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
                throw in.bad(Input.SOLVE, t.name() + " does not transport " + solveFor + " (its stoichiometry is "
                        + t.stoichLabel() + "): name one of its ions");
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
            throw in.bad(Input.NAME, "give either --name or --stoich, not both");
        }
        if (named) {
            Transporter t = Transporter.named(in.text(Input.NAME));
            if (t == null) {
                throw in.bad(Input.NAME, "unknown transporter, expected one of " + names()
                        + " (or --stoich Na=3,Ca=-1)");
            }
            return t;
        }
        if (!stoich) {
            throw new InputException("no transporter given: use --name " + names()
                    + " or --stoich Na=3,Ca=-1 (moles moved in per cycle)");
        }
        if (in.has(Input.STOICH)) {
            throw in.bad(Input.STOICH, "expected ION=N pairs, moles moved in per cycle (negative: out), e.g. Na=3,Ca=-1");
        }
        List<Transporter.Stoich> list = new ArrayList<>();
        int atp = 0;
        for (String name : in.entries(Input.STOICH)) {
            String key = Input.STOICH.entry(name);
            int n = in.integer(key);
            if (Math.abs(n) > MAX_STOICH) {
                throw in.bad(key, "expected a whole number of moles per cycle between -" + MAX_STOICH + " and "
                        + MAX_STOICH);
            }
            if (name.strip().equalsIgnoreCase("ATP")) {
                atp = n;
                continue;
            }
            Ion ion = in.ionNamed(key, name);
            if (n == 0) {
                throw in.bad(key, "a stoichiometry must not be 0: leave " + name + " out, or give moles moved in"
                        + " (negative: out)");
            }
            list.add(new Transporter.Stoich(ion, n));
        }
        if (list.isEmpty()) {
            throw in.bad(Input.STOICH.entry(in.entries(Input.STOICH).get(0)),
                    "the stoichiometry names no ion: give at least one, e.g. Na=3,Ca=-1");
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
                throw in.bad(side, "transport takes NAME=CONC pairs, e.g. " + side.option() + " Na=15,Ca=100nM");
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
                String side = !spec.hasOut(in) ? "out" : "in";
                throw new InputException("--" + side + " is missing the " + (side.equals("in") ? "inside" : "outside")
                        + " concentration of " + name + ": " + t.name() + " moves " + name + " (" + label(t)
                        + "); give --" + side + " " + name + "=<conc>");
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
                throw new InputException("--dg-atp is missing: " + t.name() + " hydrolyses ATP, give ΔG_ATP in"
                        + " kJ/mol (no default; about -50 to -60 kJ/mol in living cells), e.g. --dg-atp -55");
            }
            return OptionalDouble.empty();
        }
        if (t.atpPerCycle() == 0) {
            throw in.bad(Input.DG_ATP, t.name() + " is not driven by ATP: leave --dg-atp out");
        }
        String text = in.text(Input.DG_ATP).strip();
        if (text.endsWith("kJ/mol")) {
            text = text.substring(0, text.length() - "kJ/mol".length());
        }
        double kj;
        try {
            kj = org.echem.units.Units.number(text);
        } catch (RuntimeException e) {
            throw in.bad(Input.DG_ATP, "expected ΔG_ATP in kJ/mol, a plain number ≤ 0 such as -55");
        }
        if (!(kj <= 0) || !Double.isFinite(kj * 1e3)) {
            throw in.bad(Input.DG_ATP, "ΔG of ATP hydrolysis must be a finite number ≤ 0 kJ/mol (typically -50 to -60)");
        }
        return OptionalDouble.of(kj * 1e3);
    }

    static String meaning(Transporter t, Transport.Result r, boolean vmGiven, String solveFor, double eq) {
        StringBuilder b = new StringBuilder();
        if (solveFor != null) {
            b.append(String.format(Locale.ROOT, "%s is at equilibrium with [%s]in = %s mM. ", t.name(), solveFor,
                    human(eq)));
        }
        if (!vmGiven) {
            b.append(t.electroneutral()
                    ? "Electroneutral: ΔG does not depend on V_m; give --vm (any value) to print ΔG and the direction."
                    : "Give --vm for ΔG and the direction; it runs forward at V_m above E_rev when Σnz > 0, below when < 0.");
            return b.toString().strip();
        }
        double dg = r.dg().getAsDouble();
        b.append(String.format(Locale.ROOT, "ΔG = %s kJ/mol per cycle: %s ", human(dg / 1e3), t.name()));
        switch (r.direction().get()) {
            case FORWARD -> b.append("runs forward (moved in: ").append(label(t)).append(')');
            case REVERSE -> b.append("runs in reverse (moved in: ").append(label(t.reversed())).append(')');
            default -> b.append("is at equilibrium: no net cycling");
        }
        b.append('.');
        return b.toString();
    }

    private static void explain(Explain ex, ConstantSet k, Transport.Result r, String solveFor, double eq) {
        if (!ex.on()) {
            return;
        }
        Transporter t = r.transporter();
        double f = k.faraday();
        ex.step("Transporter %s, %s per forward cycle (n moved in, negative = out)", t.name(), label(t));
        ex.step("  ΔG = Σ nᵢzᵢF(V_m − Eᵢ) + m·ΔG_ATP;  E_rev = (Σ nᵢzᵢEᵢ − m·ΔG_ATP/F) / Σ nᵢzᵢ");
        ex.step("  T = %s °C; constants %s: F = %s C/mol", human(r.temperature() - 273.15), k.name(), human(f));
        if (solveFor != null) {
            ex.step("  solving ΔG = 0 for [%s]in: [%s]in = [%s]out·exp(−X/(n·RT)) = %s mM", solveFor, solveFor,
                    solveFor, human(eq));
        }
        double sumNzE = 0;
        for (Transport.Term term : r.terms()) {
            int nz = term.n() * term.ion().z();
            sumNzE += nz * term.e();
            String energy = term.energy().isPresent()
                    ? String.format(Locale.ROOT, "; n·z·F·(V_m − E) = %s × %s C/mol × (%s − (%s)) mV = %s kJ/mol",
                            Ion.signed(nz), human(f), human(r.vm().getAsDouble() * 1e3), human(term.e() * 1e3),
                            human(term.energy().getAsDouble() / 1e3))
                    : "";
            ex.step("  %s: n = %s, z = %s, E = (RT/zF)·ln(%s mM / %s mM) = %s mV%s", term.ion().label(),
                    Ion.signed(term.n()), Ion.signed(term.ion().z()), human(term.cOut()), human(term.cIn()),
                    human(term.e() * 1e3), energy);
        }
        if (t.atpPerCycle() != 0) {
            ex.step("  ATP: m = %d, m·ΔG_ATP = %d × %s kJ/mol = %s kJ/mol", t.atpPerCycle(), t.atpPerCycle(),
                    human(r.dgAtp().getAsDouble() / 1e3), human(r.atpEnergy() / 1e3));
        }
        ex.step("  net charge moved in per cycle Σ nᵢzᵢ = %s", Ion.signed(r.netCharge()));
        if (r.eRev().isPresent()) {
            if (t.atpPerCycle() != 0) {
                ex.step("  E_rev = (%s mV − (%s kJ/mol)/F) / %s = %s mV", human(sumNzE * 1e3),
                        human(r.atpEnergy() / 1e3), Ion.signed(r.netCharge()), human(r.eRev().getAsDouble() * 1e3));
            } else {
                ex.step("  E_rev = Σ nᵢzᵢEᵢ / Σ nᵢzᵢ = %s mV / %s = %s mV", human(sumNzE * 1e3),
                        Ion.signed(r.netCharge()), human(r.eRev().getAsDouble() * 1e3));
            }
        } else {
            ex.step("  electroneutral: V_m does not enter ΔG, there is no reversal potential");
        }
        if (r.dg().isPresent() && r.vm().isPresent()) {
            ex.step("  ΔG = %s kJ/mol per cycle → %s (forward when ΔG < 0)", human(r.dg().getAsDouble() / 1e3),
                    r.direction().get().label());
        }
    }
}
