package org.echem.calc;

import org.echem.io.InputException;
import org.echem.units.Kind;
import org.echem.units.Units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echem.core.Ion;
import org.echem.lang.Msg;

/**
 * Resolves which ions a calculation is about and where their concentrations come from: a single
 * ion ({@code --ion K --in 140 --out 5}), maps ({@code --in K=140,Na=15 --out K=5,Na=145}), a
 * {@code --preset}, or a mix in which explicit values override the preset.
 */
public final class Gradients {
    /**
     * One ion and the keys of its concentrations.
     *
     * @param ion the ion
     * @param inKey the input key of c_in ({@code in} or {@code in.K}), or null
     * @param outKey the input key of c_out, or null
     * @param preset the preset entry, or null
     */
    record Spec(Ion ion, String inKey, String outKey, Presets.Entry preset) {

        boolean hasIn(Inputs in) {
            return inKey != null && in.has(inKey) || preset != null || fromCo2(in);
        }

        boolean hasOut(Inputs in) {
            return outKey != null && in.has(outKey) || preset != null || fromCo2(in);
        }

        /** @return whether [HCO3-] comes from --pco2 and the pH where it is not given */
        private boolean fromCo2(Inputs in) {
            return ion.name().equals(Co2.HCO3) && Co2.given(in);
        }

        /** @return c_in in mol/m³ (mM) */
        double cIn(Inputs in) {
            return conc(in, inKey, preset == null ? null : preset.in(), Input.IN.key());
        }

        /** @return c_out in mol/m³ (mM) */
        double cOut(Inputs in) {
            return conc(in, outKey, preset == null ? null : preset.out(), Input.OUT.key());
        }

        private double conc(Inputs in, String key, String presetText, String side) {
            if (key != null && in.has(key)) {
                return in.concentration(key); // looked up twice, but RowSource remembers the last key
            }
            if (fromCo2(in)) {
                return Co2.hco3(in, side.equals(Input.IN.key()));
            }
            if (presetText != null) {
                return Units.concentration(presetText, ion.name().equals("H"), ion.name(), null).si();
            }
            throw new InputException(Msg.text(side.equals(Input.IN.key()) ? "gradients.error.missing_in"
                    : "gradients.error.missing_out", in.source().where(side), ion.name()));
        }
    }

    private Gradients() {}

    /** @return whether the inputs name a single ion ({@code --ion}, {@code --z}, scalar {@code --in}/{@code --out}) */
    static boolean single(Inputs in) {
        return in.has(Input.ION) || in.has(Input.Z) || in.has(Input.IN) || in.has(Input.OUT);
    }

    /**
     * @param mapKeys the map options that name ions besides {@code in} and {@code out} (e.g. {@code e})
     * @return the ions, in the order given
     */
    static List<Spec> resolve(Inputs in, String... mapKeys) {
        in.notBoth(Input.IN);
        in.notBoth(Input.OUT);
        List<Presets.Entry> preset = in.has(Input.PRESET) ? Presets.named(in.text(Input.PRESET), in.source().where(Input.PRESET.key())) : List.of();
        if (single(in)) {
            Ion ion = in.ion();
            String inKey = in.has(Input.IN) ? Input.IN.key() : entryFor(in, Input.IN.key(), ion);
            String outKey = in.has(Input.OUT) ? Input.OUT.key() : entryFor(in, Input.OUT.key(), ion);
            return List.of(new Spec(ion, inKey, outKey, presetFor(preset, ion)));
        }
        Map<String, Spec> specs = new LinkedHashMap<>();
        List<String> prefixes = new ArrayList<>(List.of(Input.IN.key(), Input.OUT.key()));
        prefixes.addAll(List.of(mapKeys));
        for (String prefix : prefixes) {
            for (String name : in.entries(prefix)) {
                Ion ion = in.ionNamed(prefix + "." + name, name);
                Spec old = specs.get(ion.name());
                String inKey = old != null && old.inKey() != null ? old.inKey() : prefix.equals(Input.IN.key()) ? Input.IN.entry(name) : null;
                String outKey = old != null && old.outKey() != null ? old.outKey() : prefix.equals(Input.OUT.key()) ? Input.OUT.entry(name) : null;
                specs.put(ion.name(), new Spec(ion, inKey, outKey, presetFor(preset, ion)));
            }
        }
        for (Presets.Entry p : preset) {
            if (!specs.containsKey(p.ion())) {
                specs.put(p.ion(), new Spec(Ion.parse(p.ion(), null), null, null, p));
            }
        }
        if (specs.isEmpty()) {
            throw new InputException(Msg.text("gradients.error.no_ion"));
        }
        return new ArrayList<>(specs.values());
    }

    private static String entryFor(Inputs in, String prefix, Ion ion) {
        for (String name : in.entries(prefix)) {
            if (in.ionNamed(prefix + "." + name, name).name().equals(ion.name())) {
                return prefix + "." + name;
            }
        }
        return null;
    }

    private static Presets.Entry presetFor(List<Presets.Entry> preset, Ion ion) {
        for (Presets.Entry p : preset) {
            if (p.ion().equals(ion.name())) {
                return p;
            }
        }
        return null;
    }
}
