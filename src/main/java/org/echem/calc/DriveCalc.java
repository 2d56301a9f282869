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
import org.echem.lang.Msg;
import org.echem.units.Kind;

/** {@code drive}: the driving force V_m − E, flux direction, Ussing ratio and Δμ̃ with its parts. */
public final class DriveCalc implements Calculation {
    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("drive.help.description"),
            Activities.with(Co2.with(List.of(
                Input.ION.value(Msg.help("drive.help.ion")),
                Input.Z.value(Msg.help("drive.help.z")),
                Input.VM.value(Msg.help("drive.help.vm")),
                Input.IN.map(Msg.help("drive.help.in")),
                Input.OUT.map(Msg.help("drive.help.out")),
                Input.PRESET.value(Presets.help(Msg.help("drive.help.preset"))),
                Input.E.map(Msg.help("drive.help.e"))))),
            Msg.helpLines("drive.help.notes"),
            List.of(
                "  echem drive --ion Na --in 15 --out 145 --vm -70",
                "  echem drive --ion K --e -94.5 --vm -68.2",
                "  echem drive --preset mammalian --vm -85mV",
                "  echem drive --ion Cl --e -64 --vm -70 --explain",
                "  echem drive --ion Ca --in 100nM --out 2mM --vm -70 --activity davies --ionic-strength-in 150mM \\",
                "              --ionic-strength-out 160mM"));
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
                throw in.bad(Input.E, Msg.text("drive.error.e_or_conc"));
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
                throw in.bad(eKey, Msg.text("drive.error.e_or_conc_of", ion.name()));
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
            return Msg.text("drive.note.equilibrium", ion.label());
        }
        // the current's direction follows from the flux's and the charge's: a cation's influx is inward
        String key = ion.z() > 0
                ? r.direction() == Direction.INFLUX ? "drive.note.cation_in" : "drive.note.cation_out"
                : r.direction() == Direction.INFLUX ? "drive.note.anion_in" : "drive.note.anion_out";
        return Msg.text(key, ion.label(), human(r.drive() * 1e3));
    }

    private static void explain(Explain ex, Ion ion, double e, double vm, DrivingForce.Result r) {
        if (!ex.on()) {
            return;
        }
        ex.say("drive.step.force", ion.label(), human(vm * 1e3), human(e * 1e3), human(r.drive() * 1e3));
        String sign = r.drive() < 0 ? "negative" : r.drive() > 0 ? "positive" : "zero";
        ex.say("drive.step.sign." + (ion.z() > 0 ? "cation_" : "anion_") + sign);
        ex.say("drive.step.current." + r.current().label());
        ex.say("drive.step.dmu", human(r.dmu() / 1e3));
        ex.say("drive.step.chemical", human(r.dmuChemical() / 1e3));
        ex.say("drive.step.electrical", human(r.dmuElectrical() / 1e3));
        ex.say("drive.step.ussing", human(r.fluxRatio()));
    }
}
