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
import org.echem.units.Kind;

/** {@code pmf}: Mitchell's proton motive force Δp = V_m − E_H, its parts and Δμ̃ of H⁺. */
public final class PmfCalc implements Calculation {
    static final Declaration DECLARATION = new Declaration(
        List.of(
            "Proton motive force Δp = V_m - (RT·ln10/F)·(pH_in - pH_out) = V_m - E_H,",
            "the electrochemical potential difference of H+ across a membrane, split into",
            "its electrical part V_m and its chemical part -E_H, and Δμ̃ = F·Δp of moving",
            "1 mol of H+ in. A negative Δp drives H+ in (what H+-coupled symport in a",
            "plant cell runs on). The pH as --ph-in/--ph-out or --in/--out H=pH7.2."),
        List.of(
            Input.VM.value("Membrane potential V_m = V_in - V_out {units}."),
            Input.PH_IN.value("pH inside (a plain number such as 7.2)."),
            Input.PH_OUT.value("pH outside (a plain number such as 5.5)."),
            Input.IN.map("Instead of --ph-in: pH7.2 or H=pH7.2 (or 63nM, a concentration of H+)."),
            Input.OUT.map("Instead of --ph-out: H=pH5.5 (or a concentration of H+).")),
        List.of(),
        List.of(
            "  echem pmf --vm -120mV --ph-in 7 --ph-out 5 --temp 25    (Taiz: -238 mV)",
            "  echem pmf --vm -150 --in H=pH7.2 --out H=pH5.5",
            "  echem pmf --vm -180 --ph-in 8 --ph-out 7 --explain"));

    static final Schema SCHEMA = Schema.of(
            Field.of("vm_mV", "V_m (electrical part)", Kind.VOLTAGE, "mV"),
            Field.plain("ph_in", "pH in"),
            Field.plain("ph_out", "pH out"),
            Field.of("E_H_mV", "E_H (= −chemical part)", Kind.VOLTAGE, "mV"),
            Field.of("pmf_mV", "Δp", Kind.VOLTAGE, "mV"),
            Field.scaled("dmu_H_kJ_mol", "Δμ̃ H⁺ (out→in)", "kJ/mol", 1e-3));

    @Override
    public Declaration declaration() {
        return DECLARATION;
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
        double phIn = ph(in, Input.PH_IN, Input.IN, "inside");
        double phOut = ph(in, Input.PH_OUT, Input.OUT, "outside");
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
    static double ph(Inputs in, Input phKey, Input mapKey, String side) {
        String hKey = in.has(mapKey) ? mapKey.key() : null; // --in pH7.2: pmf is about H+ only
        if (hKey != null && in.hasMap(mapKey)) {
            throw in.bad(mapKey, "give either one value or a map (H=pH7.2), not both");
        }
        for (String name : in.entries(mapKey)) {
            String key = mapKey.entry(name);
            if (!in.ionNamed(key, name).name().equals("H")) {
                throw in.bad(key, "pmf is about H+ only: give " + mapKey.option() + " H=pH7.2 or " + phKey.option());
            }
            hKey = key;
        }
        if (hKey != null && in.has(phKey)) {
            throw in.bad(phKey, "give either " + phKey.option() + " or " + mapKey.option() + " H=..., not both");
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
            throw new org.echem.io.InputException(in.source().where(phKey.key()) + " is missing: give the pH "
                    + side + " (" + phKey.option() + " 7.2, or " + mapKey.option() + " H=pH7.2)");
        }
        String text = in.text(phKey).strip();
        if (text.regionMatches(true, 0, "pH", 0, 2)) {
            text = text.substring(2);
        }
        try {
            return org.echem.units.Units.number(text);
        } catch (RuntimeException e) {
            throw in.bad(phKey, "expected a pH, a plain number such as 7.2");
        }
    }

    static String meaning(ProtonMotiveForce.Result r) {
        if (r.pmf() == 0) {
            return "Δp = 0: H⁺ is at equilibrium across the membrane.";
        }
        return String.format(java.util.Locale.ROOT, "Δp = %s mV: H⁺ is driven %s (%s kJ/mol for each mol moved in).",
                human(r.pmf() * 1e3), r.pmf() < 0 ? "in" : "out", human(r.dmu() / 1e3));
    }

    private static void explain(Explain ex, ConstantSet k, double t, ProtonMotiveForce.Result r) {
        if (!ex.on()) {
            return;
        }
        double slope = Nernst.slopePerDecade(k, 1, t);
        ex.step("Proton motive force: Δp = V_m − (RT·ln10/F)·(pH_in − pH_out) = V_m − E_H");
        ex.step("  T = %s °C = %s K; constants %s: RT·ln10/F = %s mV per pH unit",
                human(t - 273.15), human(t), k.name(), human(slope * 1e3));
        ex.step("  ΔpH = pH_in − pH_out = %s − %s = %s", human(r.phIn()), human(r.phOut()), human(r.deltaPh()));
        ex.step("  E_H = %s mV × %s = %s mV", human(slope * 1e3), human(r.deltaPh()), human(r.eH() * 1e3));
        ex.step("  electrical part V_m = %s mV; chemical part −E_H = %s mV",
                human(r.electrical() * 1e3), human(r.chemical() * 1e3));
        ex.step("  Δp = %s mV + (%s mV) = %s mV", human(r.electrical() * 1e3), human(r.chemical() * 1e3),
                human(r.pmf() * 1e3));
        ex.step("  Δμ̃ of H⁺ (out → in) = F·Δp = %s C/mol × %s V = %s kJ/mol%s", human(k.faraday()),
                human(r.pmf()), human(r.dmu() / 1e3),
                r.pmf() < 0 ? ": negative, H⁺ is driven in" : r.pmf() > 0 ? ": positive, H⁺ is driven out" : "");
    }
}
