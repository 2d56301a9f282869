package org.echem.calc;

import static org.echem.io.Numbers.human;

import java.util.List;
import org.echem.core.Bicarbonate;
import org.echem.core.DomainException;
import org.echem.core.Ph;
import org.echem.io.InputException;

/**
 * [HCO₃⁻] on either side from the pH there and {@code --pco2}, by Henderson–Hasselbalch
 * ({@link Bicarbonate}): {@code --pco2 40mmHg --ph-in 7.2 --ph-out 7.4} (or {@code --in H=pH7.2}),
 * with S and pK′ of plasma at 37 °C unless {@code --co2-solubility} and {@code --pk} say otherwise.
 * A concentration of HCO₃⁻ given explicitly (or by a preset) wins. Used by the subcommands whose
 * concentrations go through {@link Gradients} and by {@code ghk}.
 */
final class Co2 {
    /** The inputs a subcommand declares to take HCO₃⁻ from PCO₂, in help order. */
    static final List<Input> INPUTS = List.of(
            Input.PCO2.value("PCO2 for [HCO3-] on a side not given, by Henderson-Hasselbalch"
                    + " [HCO3-] = S·PCO2·10^(pH - pK') {units}; needs the pH of that side."),
            Input.PH_IN.value("pH inside, for --pco2 (or --in H=pH7.2)."),
            Input.PH_OUT.value("pH outside, for --pco2 (or --out H=pH7.4)."),
            Input.PK.value("Apparent pK' of CO2/HCO3- (default 6.1, plasma at 37 °C, Severinghaus et al. 1956)."),
            Input.CO2_SOLUBILITY.value("CO2 solubility S in mM/mmHg (default 0.0307, plasma at 37 °C,"
                    + " Austin et al. 1963)."));

    static final String HCO3 = "HCO3";

    /** @return a subcommand's inputs followed by those of this class */
    static List<Input> with(List<Input> inputs) {
        List<Input> all = new java.util.ArrayList<>(inputs);
        all.addAll(INPUTS);
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
            throw in.bad(Input.PCO2, "[HCO3-] " + (inside ? "inside" : "outside") + " = S·PCO2·10^(pH - pK') is out"
                    + " of range for pH " + org.echem.io.Numbers.human(ph) + " and pK' "
                    + org.echem.io.Numbers.human(p.pK()) + " (" + d.getMessage() + ")");
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
                throw in.bad(phKey, "expected a pH, a plain number such as 7.2");
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
        throw new InputException(in.source().where(Input.PCO2.key()) + " '" + in.text(Input.PCO2)
                + "' needs the pH " + (inside ? "inside" : "outside") + " for [HCO3-]: give " + phKey.option()
                + (inside ? " 7.2 (or " : " 7.4 (or ") + map.option() + (inside ? " H=pH7.2)" : " H=pH7.4)"));
    }

    /** @return S and pK′: the plasma defaults, or {@code --co2-solubility} and {@code --pk} */
    static Bicarbonate.Parameters parameters(Inputs in) {
        if (!in.has(Input.PK) && !in.has(Input.CO2_SOLUBILITY)) {
            return Bicarbonate.PLASMA_37C;
        }
        double pk = in.has(Input.PK) ? in.number(Input.PK.key(), "a pK', a plain number such as 6.1") : 6.1;
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
                throw in.bad(Input.CO2_SOLUBILITY, "expected a CO2 solubility in mM/mmHg, such as 0.0307");
            }
            if (!(s > 0)) {
                throw in.bad(Input.CO2_SOLUBILITY, "the CO2 solubility must be > 0 mM/mmHg");
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

    static void begin(Inputs in, Explain ex) {
        if (!given(in)) {
            for (Input i : WITH_PCO2_ONLY) {
                if (in.has(i)) {
                    throw in.bad(i, i.option() + " applies with --pco2 (for [HCO3-]); for H+ itself give --in H=pH7.2");
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
        ex.step("[HCO3-] from PCO2 (Henderson-Hasselbalch): [HCO3-] = S·PCO2·10^(pH − pK′),"
                + " S = %s mM/mmHg, pK′ = %s%s", human(s), human(p.pK()),
                in.has(Input.PK) || in.has(Input.CO2_SOLUBILITY) ? " (as given)"
                        : " (plasma at 37 °C: Austin et al. 1963, Severinghaus et al. 1956)");
        for (boolean inside : new boolean[] {true, false}) {
            double ph;
            try {
                ph = ph(in, inside);
            } catch (InputException | DomainException e) {
                continue;
            }
            ex.step("  %s: %s mM/mmHg × %s mmHg × 10^(%s − %s) = %s mM", inside ? "inside" : "outside", human(s),
                    human(pco2 / Bicarbonate.MMHG), human(ph), human(p.pK()),
                    human(Bicarbonate.concentration(p, ph, pco2)));
        }
    }
}
