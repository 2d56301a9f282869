package org.echem.calc;

import org.echem.io.Field;
import org.echem.io.Numbers;
import org.echem.io.Row;
import org.echem.io.Schema;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.Direction;
import org.echem.core.DomainException;
import org.echem.core.DrivingForce;
import org.echem.core.Ion;
import org.echem.core.Nernst;
import org.echem.units.Kind;

/** {@code drive}: the driving force V_m − E, flux direction, Ussing ratio and Δμ̃ with its parts. */
public final class DriveCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Electrochemical driving force V_m - E on an ion: the direction of its net flux",
            "and current, the Ussing flux ratio J_in/J_out and the free energy Δμ̃ of moving",
            "1 mol in, split into its chemical and electrical parts. E from concentrations or",
            "given with --e."),
        Activities.with(Co2.with(List.of(
            Input.ION.value("Ion: a name from 'echem ions', or one with its charge (Ca2+, Cl-, X+)."),
            Input.Z.value("Valence with sign, for an ion not in the table."),
            Input.VM.value("Membrane potential V_m = V_in - V_out {units}."),
            Input.IN.map("Inside concentration {bare}, or NAME=CONC pairs."),
            Input.OUT.map("Outside concentration {bare}, or NAME=CONC pairs."),
            Input.PRESET.value(Presets.help("Typical concentrations:")),
            Input.E.map("The equilibrium potential, instead of concentrations {bare}; or NAME=E pairs.")))),
        List.of(
            "%nSign rules: a cation flows in when V_m - E < 0, an anion flows out; the current",
            "(positive outward) always has the sign of V_m - E."),
        List.of(
            "  echem drive --ion Na --in 15 --out 145 --vm -70",
            "  echem drive --ion K --e -94.5 --vm -68.2",
            "  echem drive --preset mammalian --vm -85mV",
            "  echem drive --ion Cl --e -64 --vm -70 --explain",
            "  echem drive --ion Ca --in 100nM --out 2mM --vm -70 --activity davies --ionic-strength-in 150mM \\",
            "              --ionic-strength-out 160mM"));

    @Override
    public Declaration declaration() {
        return DECLARATION;
    }

    static final Schema SCHEMA = Schema.of(
            Field.plain("ion", "ion"),
            Field.plain("z", "z"),
            Field.of("E_mV", "E", Kind.VOLTAGE, "mV"),
            Field.of("vm_mV", "V_m", Kind.VOLTAGE, "mV"),
            Field.of("drive_mV", "V_m − E", Kind.VOLTAGE, "mV"),
            Field.plain("direction", "net flux"),
            Field.plain("current", "current"),
            Field.plain("flux_ratio", "J_in/J_out"),
            Field.scaled("dmu_kJ_mol", "Δμ̃ (out→in)", "kJ/mol", 1e-3),
            Field.scaled("dmu_chem_kJ_mol", "chemical part", "kJ/mol", 1e-3),
            Field.scaled("dmu_elec_kJ_mol", "electrical part", "kJ/mol", 1e-3));

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        Co2.begin(in, ex);
        ConstantSet k = in.constants();
        double t = in.temperature();
        double vm = in.voltage(Input.VM);
        in.notBoth(Input.E);
        if (in.has(Input.E)) {
            if (in.has(Input.IN) || in.has(Input.OUT) || in.hasMap(Input.IN) || in.hasMap(Input.OUT) || in.has(Input.PRESET)) {
                throw in.bad(Input.E, "give either --e or concentrations (--in, --out, --preset), not both");
            }
            Activities.rejectWithGivenE(in);
            Activities.of(in, 0, 0); // an ionic strength without --activity is an error
            Ion ion = in.ion();
            double e = in.voltage(Input.E);
            out.add(row(in, k, ion, e, vm, t, ex));
            return;
        }
        List<Gradients.Spec> specs = Gradients.resolve(in, Input.E.key());
        Activities acts = null;
        for (Gradients.Spec s : specs) {
            Ion ion = s.ion();
            double e;
            String eKey = Input.E.entry(mapName(in, ion));
            boolean explicit = s.inKey() != null && in.has(s.inKey()) || s.outKey() != null && in.has(s.outKey());
            if (in.has(eKey) && explicit) {
                throw in.bad(eKey, "give either E or the concentrations of " + ion.name() + ", not both");
            }
            Activities.Result act = null;
            double eConc = 0;
            if (!in.has(eKey)) {
                double cIn = s.cIn(in);
                double cOut = s.cOut(in);
                e = Nernst.potential(k, ion.z(), cIn, cOut, t);
                NernstCalc.explainPotential(ex, k, ion, cIn, cOut, t, e);
                if (acts == null) {
                    acts = Activities.resolve(in, withConcentrations(in, specs));
                }
                if (acts != null) {
                    eConc = e;
                    act = acts.potential(in, k, ion, cIn, cOut, t, e, ex);
                    e = act.e();
                }
            } else {
                e = in.voltage(eKey); // given explicitly: it overrides a preset's concentrations
            }
            Row row = row(in, k, ion, e, vm, t, ex);
            out.add(act == null ? row : acts.note(row, ion, eConc, act));
        }
        if (acts == null) { // no E came from concentrations: --activity has nothing to act on
            Activities.rejectWithGivenE(in);
            Activities.of(in, 0, 0);
        }
    }

    /** @return the ions whose concentrations are given (not those with an E of their own), for the ionic strength */
    private static List<Gradients.Spec> withConcentrations(Inputs in, List<Gradients.Spec> specs) {
        List<Gradients.Spec> list = new java.util.ArrayList<>();
        for (Gradients.Spec s : specs) {
            if (s.hasIn(in) && s.hasOut(in)) {
                list.add(s);
            }
        }
        return list;
    }

    private static String mapName(Inputs in, Ion ion) {
        for (String name : in.entries(Input.E)) {
            if (in.ionNamed(Input.E.entry(name), name).name().equals(ion.name())) {
                return name;
            }
        }
        return ion.name();
    }

    static Row row(Inputs in, ConstantSet k, Ion ion, double e, double vm, double t, Explain ex) {
        DrivingForce.Result r;
        try {
            r = DrivingForce.of(k, ion.z(), e, vm, t);
        } catch (DomainException d) {
            throw in.domain(Input.VM, d);
        }
        explain(ex, ion, e, vm, r);
        Row row = new Row(SCHEMA).set("ion", ion.name()).set("z", ion.z()).si("E_mV", e).si("vm_mV", vm)
                .si("drive_mV", r.drive()).set("direction", r.direction().label())
                .set("current", r.current().label()).set("flux_ratio", r.fluxRatio())
                .si("dmu_kJ_mol", r.dmu()).si("dmu_chem_kJ_mol", r.dmuChemical())
                .si("dmu_elec_kJ_mol", r.dmuElectrical());
        return row.note(meaning(ion, r));
    }

    /** @return one sentence on what the sign of the driving force means for this ion */
    static String meaning(Ion ion, DrivingForce.Result r) {
        if (r.direction() == Direction.NONE) {
            return ion.label() + " is at equilibrium: no net flux; the unidirectional fluxes are equal and opposite.";
        }
        String flow = r.direction() == Direction.INFLUX ? "flows in (influx)" : "flows out (efflux)";
        return String.format(java.util.Locale.ROOT,
                "%s %s: V_m − E = %s mV for %s, so the net current it carries is %s.",
                ion.label(), flow, human(r.drive() * 1e3), ion.z() > 0 ? "a cation" : "an anion", r.current().label());
    }

    private static void explain(Explain ex, Ion ion, double e, double vm, DrivingForce.Result r) {
        if (!ex.on()) {
            return;
        }
        ex.step("Driving force on %s: V_m − E = %s mV − (%s mV) = %s mV",
                ion.label(), human(vm * 1e3), human(e * 1e3), human(r.drive() * 1e3));
        ex.step("  sign rule: for %s (z %s 0) a %s driving force moves it %s",
                ion.z() > 0 ? "a cation" : "an anion", ion.z() > 0 ? ">" : "<",
                r.drive() < 0 ? "negative" : r.drive() > 0 ? "positive" : "zero",
                r.direction() == Direction.INFLUX ? "in" : r.direction() == Direction.EFFLUX ? "out" : "nowhere (equilibrium)");
        ex.step("  current (positive outward) has the sign of V_m − E: %s", r.current().label());
        ex.step("  Δμ̃ for 1 mol from out to in = zF(V_m − E) = %s kJ/mol", human(r.dmu() / 1e3));
        ex.step("    chemical part RT·ln([in]/[out]) = −zFE = %s kJ/mol", human(r.dmuChemical() / 1e3));
        ex.step("    electrical part zF·V_m = %s kJ/mol", human(r.dmuElectrical() / 1e3));
        ex.step("  Ussing flux ratio J_in/J_out = exp(−z(V_m − E)F/RT) = %s", human(r.fluxRatio()));
    }
}
