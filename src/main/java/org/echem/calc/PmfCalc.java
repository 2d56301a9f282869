package org.echem.calc;

import static org.echem.io.Numbers.human;

import java.util.List;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Nernst;
import org.echem.core.Ph;
import org.echem.core.ProtonMotiveForce;
import org.echem.io.Field;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.lang.Msg;
import org.echem.units.Kind;

/** {@code pmf}: Mitchell's proton motive force Δp = V_m − E_H, its parts and Δμ̃ of H⁺. */
public final class PmfCalc implements Calculation {
    static final Schema SCHEMA = Schema.of(
            Field.of("vm_mV", "V_m (electrical part)", Kind.VOLTAGE, "mV"),
            Field.plain("ph_in", "pH in"),
            Field.plain("ph_out", "pH out"),
            Field.of("E_H_mV", "E_H (= −chemical part)", Kind.VOLTAGE, "mV"),
            Field.of("pmf_mV", "Δp", Kind.VOLTAGE, "mV"),
            Field.scaled("dmu_H_kJ_mol", "Δμ̃ H⁺ (out→in)", "kJ/mol", 1e-3));

    @Override
    public Declaration declaration() {
        return new Declaration(
            Msg.helpLines("pmf.help.description"),
            List.of(
                Input.VM.value(Msg.help("pmf.help.vm")),
                Input.PH_IN.value(Msg.help("pmf.help.ph_in")),
                Input.PH_OUT.value(Msg.help("pmf.help.ph_out")),
                Input.IN.map(Msg.help("pmf.help.in")),
                Input.OUT.map(Msg.help("pmf.help.out"))),
            List.of(),
            List.of(
                "  echem pmf --vm -120mV --ph-in 7 --ph-out 5 --temp 25    " + Msg.help("pmf.help.example_taiz"),
                "  echem pmf --vm -150 --in H=pH7.2 --out H=pH5.5",
                "  echem pmf --vm -180 --ph-in 8 --ph-out 7 --explain"));
    }

    @Override
    public Schema schema(Set<String> present) {
        return SCHEMA;
    }

    @Override
    public void compute(Inputs in, List<Row> out, Explain ex) {
        ConstantSet k = in.constants();
        double t = in.temperature();
        double vm = in.voltage(Input.VM);
        double phIn = ph(in, Input.PH_IN, Input.IN, true);
        double phOut = ph(in, Input.PH_OUT, Input.OUT, false);
        ProtonMotiveForce.Result r;
        try {
            r = ProtonMotiveForce.of(k, vm, phIn, phOut, t);
        } catch (DomainException d) {
            throw in.domain(in.has(Input.PH_IN) ? Input.PH_IN.key() : Input.IN.entry("H"), d);
        }
        explain(ex, k, t, r);
        out.add(new Row(SCHEMA).si("vm_mV", r.vm()).set("ph_in", r.phIn()).set("ph_out", r.phOut())
                .si("E_H_mV", r.eH()).si("pmf_mV", r.pmf()).si("dmu_H_kJ_mol", r.dmu())
                .note(meaning(r)));
    }

    /** @return the pH of one side: {@code --ph-in 7.2}, or {@code --in H=pH7.2} / {@code --in H=63nM} */
    static double ph(Inputs in, Input phKey, Input mapKey, boolean inside) {
        String hKey = in.has(mapKey) ? mapKey.key() : null; // --in pH7.2: pmf is about H+ only
        if (hKey != null && in.hasMap(mapKey)) {
            throw in.bad(mapKey, Msg.text("pmf.error.value_or_map"));
        }
        for (String name : in.entries(mapKey)) {
            String key = mapKey.entry(name);
            if (!in.ionNamed(key, name).name().equals("H")) {
                throw in.bad(key, Msg.text("pmf.error.h_only", mapKey.option(), phKey.option()));
            }
            hKey = key;
        }
        if (hKey != null && in.has(phKey)) {
            throw in.bad(phKey, Msg.text("pmf.error.ph_or_map", phKey.option(), mapKey.option()));
        }
        if (hKey != null) {
            try {
                if (hKey.equals(mapKey.key())) {
                    return Ph.of(org.echem.units.Units.concentration(in.text(hKey), true, "H",
                            in.source().hintUnit(hKey, Kind.CONCENTRATION)).si());
                }
                return Ph.of(in.concentration(hKey));
            } catch (org.echem.units.UnitException e) {
                throw new org.echem.io.InputException(in.source().where(hKey) + ": " + e.getMessage());
            } catch (DomainException d) {
                throw in.domain(hKey, d);
            }
        }
        if (!in.has(phKey)) {
            throw new org.echem.io.InputException(Msg.text(inside ? "pmf.error.no_ph_in" : "pmf.error.no_ph_out",
                    in.source().where(phKey.key()), phKey.option(), mapKey.option()));
        }
        String text = in.text(phKey).strip();
        if (text.regionMatches(true, 0, "pH", 0, 2)) {
            text = text.substring(2);
        }
        try {
            return org.echem.units.Units.number(text);
        } catch (RuntimeException e) {
            throw in.bad(phKey, Msg.text("pmf.error.ph"));
        }
    }

    static String meaning(ProtonMotiveForce.Result r) {
        if (r.pmf() == 0) {
            return Msg.text("pmf.note.equilibrium");
        }
        return Msg.text(r.pmf() < 0 ? "pmf.note.in" : "pmf.note.out", human(r.pmf() * 1e3), human(r.dmu() / 1e3));
    }

    private static void explain(Explain ex, ConstantSet k, double t, ProtonMotiveForce.Result r) {
        if (!ex.on()) {
            return;
        }
        double slope = Nernst.slopePerDecade(k, 1, t);
        ex.say("pmf.step.formula");
        ex.say("pmf.step.temperature", human(t - 273.15), human(t), k.name(), human(slope * 1e3));
        ex.say("pmf.step.delta_ph", human(r.phIn()), human(r.phOut()), human(r.deltaPh()));
        ex.say("pmf.step.e_h", human(slope * 1e3), human(r.deltaPh()), human(r.eH() * 1e3));
        ex.say("pmf.step.parts", human(r.electrical() * 1e3), human(r.chemical() * 1e3));
        ex.say("pmf.step.pmf", human(r.electrical() * 1e3), human(r.chemical() * 1e3), human(r.pmf() * 1e3));
        ex.say(r.pmf() < 0 ? "pmf.step.dmu.in" : r.pmf() > 0 ? "pmf.step.dmu.out" : "pmf.step.dmu",
                human(k.faraday()), human(r.pmf()), human(r.dmu() / 1e3));
    }
}
