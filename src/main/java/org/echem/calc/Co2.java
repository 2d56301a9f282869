package org.echem.calc;

import static org.echem.io.Numbers.human;

import java.util.List;
import org.echem.core.Bicarbonate;
import org.echem.core.DomainException;
import org.echem.core.Ph;
import org.echem.io.InputException;
import org.echem.lang.Msg;

/**
 * [HCO₃⁻] on either side from the pH there and {@code --pco2}, by Henderson–Hasselbalch
 * ({@link Bicarbonate}): {@code --pco2 40mmHg --ph-in 7.2 --ph-out 7.4} (or {@code --in H=pH7.2}),
 * with S and pK′ of plasma at 37 °C unless {@code --co2-solubility} and {@code --pk} say otherwise.
 * A concentration of HCO₃⁻ given explicitly (or by a preset) wins. Used by the subcommands whose
 * concentrations go through {@link Gradients} and by {@code ghk}.
 */
final class Co2 {
    /** @return the inputs a subcommand declares to take HCO₃⁻ from PCO₂, in help order, in the language in use */
    static List<Input> inputs() {
        return List.of(
                Input.PCO2.value(Msg.help("co2.help.pco2")),
                Input.PH_IN.value(Msg.help("co2.help.ph_in")),
                Input.PH_OUT.value(Msg.help("co2.help.ph_out")),
                Input.PK.value(Msg.help("co2.help.pk")),
                Input.CO2_SOLUBILITY.value(Msg.help("co2.help.solubility")));
    }

    static final String HCO3 = "HCO3";

    /** @return a subcommand's inputs followed by those of this class */
    static List<Input> with(List<Input> inputs) {
        List<Input> all = new java.util.ArrayList<>(inputs);
        all.addAll(inputs());
        return all;
    }

    private Co2() {}

    /** @return whether {@code --pco2} was given */
    static boolean given(Inputs in) {
        return in.has(Input.PCO2);
    }

    /**
     * @param inside which side
     * @return [HCO₃⁻] of that side in mol/m³ (mM) from its pH and PCO₂
     */
    static double hco3(Inputs in, boolean inside) {
        double pco2 = in.positive(Input.PCO2, org.echem.units.Kind.PRESSURE);
        double ph = ph(in, inside);
        Bicarbonate.Parameters p = parameters(in);
        try {
            return Bicarbonate.concentration(p, ph, pco2);
        } catch (DomainException d) {
            throw in.bad(Input.PCO2, Msg.text(inside ? "co2.error.range_in" : "co2.error.range_out",
                    org.echem.io.Numbers.human(ph), org.echem.io.Numbers.human(p.pK()), d.getMessage()));
        }
    }

    /** The pH of one side: {@code --ph-in}, else the H entry of {@code --in}. */
    static double ph(Inputs in, boolean inside) {
        Input phKey = inside ? Input.PH_IN : Input.PH_OUT;
        Input map = inside ? Input.IN : Input.OUT;
        if (in.has(phKey)) {
            String t = in.text(phKey).strip();
            if (org.echem.units.Units.isPh(t)) {
                t = t.substring(2);
            }
            try {
                return org.echem.units.Units.number(t);
            } catch (RuntimeException e) {
                throw in.bad(phKey, Msg.text("co2.error.ph"));
            }
        }
        for (String name : in.entries(map)) {
            String key = map.entry(name);
            if (in.ionNamed(key, name).name().equals("H")) {
                try {
                    return Ph.of(in.concentration(key));
                } catch (DomainException d) {
                    throw in.domain(key, d);
                }
            }
        }
        throw new InputException(Msg.text(inside ? "co2.error.needs_ph_in" : "co2.error.needs_ph_out",
                in.source().where(Input.PCO2.key()), in.text(Input.PCO2)));
    }

    /** @return S and pK′: the plasma defaults, or {@code --co2-solubility} and {@code --pk} */
    static Bicarbonate.Parameters parameters(Inputs in) {
        if (!in.has(Input.PK) && !in.has(Input.CO2_SOLUBILITY)) {
            return Bicarbonate.PLASMA_37C;
        }
        double pk = 6.1;
        if (in.has(Input.PK)) {
            try {
                pk = org.echem.units.Units.number(in.text(Input.PK));
            } catch (RuntimeException e) {
                throw in.bad(Input.PK, Msg.text("co2.error.pk"));
            }
        }
        double s = 0.0307;
        if (in.has(Input.CO2_SOLUBILITY)) {
            String t = in.text(Input.CO2_SOLUBILITY).strip();
            for (String unit : List.of("mM/mmHg", "mmol/L/mmHg")) {
                if (t.endsWith(unit)) {
                    t = t.substring(0, t.length() - unit.length());
                }
            }
            try {
                s = org.echem.units.Units.number(t);
            } catch (RuntimeException e) {
                throw in.bad(Input.CO2_SOLUBILITY, Msg.text("co2.error.solubility"));
            }
            if (!(s > 0)) {
                throw in.bad(Input.CO2_SOLUBILITY, Msg.text("co2.error.solubility_positive"));
            }
        }
        try {
            return Bicarbonate.Parameters.ofMmHg(s, pk);
        } catch (DomainException d) {
            throw in.domain(in.has(Input.PK) ? Input.PK : Input.CO2_SOLUBILITY, d);
        }
    }

    /**
     * Refuses the options that only apply with {@code --pco2} when it is absent, and writes the
     * Henderson–Hasselbalch steps for each side whose pH is known when it is present.
     */
    /** The options that apply only with --pco2 (an array: no list is made per row of a batch). */
    private static final Input[] WITH_PCO2_ONLY = {Input.PH_IN, Input.PH_OUT, Input.PK, Input.CO2_SOLUBILITY};
    /** {@code --pco2} and the options that apply only with it: in a batch, mostly none of them. */
    private static final String[] FAMILY = Inputs.keys(Input.PCO2, Input.PH_IN, Input.PH_OUT, Input.PK,
            Input.CO2_SOLUBILITY);

    static void begin(Inputs in, Explain ex) {
        if (!in.hasAny(FAMILY)) {
            return;
        }
        if (!given(in)) {
            for (Input i : WITH_PCO2_ONLY) {
                if (in.has(i)) {
                    throw in.bad(i, Msg.text("co2.error.without_pco2", i.option()));
                }
            }
            return;
        }
        if (ex.on()) {
            try {
                explain(in, ex);
            } catch (DomainException e) {
                // the calculation reports it, naming the option
            }
        }
    }

    private static void explain(Inputs in, Explain ex) {
        Bicarbonate.Parameters p = parameters(in);
        double pco2 = in.positive(Input.PCO2, org.echem.units.Kind.PRESSURE);
        double s = p.solubility() * Bicarbonate.MMHG;
        ex.say(in.has(Input.PK) || in.has(Input.CO2_SOLUBILITY) ? "co2.step.given" : "co2.step.plasma", human(s),
                human(p.pK()));
        for (boolean inside : new boolean[] {true, false}) {
            double ph;
            try {
                ph = ph(in, inside);
            } catch (InputException | DomainException e) {
                continue;
            }
            ex.say(inside ? "co2.step.inside" : "co2.step.outside", human(s),
                    human(pco2 / Bicarbonate.MMHG), human(ph), human(p.pK()),
                    human(Bicarbonate.concentration(p, ph, pco2)));
        }
    }
}
