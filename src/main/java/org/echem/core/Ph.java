package org.echem.core;

/**
 * pH and the concentration of H⁺: pH = −log₁₀([H⁺] / 1 M), so [H⁺] = 10^(−pH) mol/L = 10^(3 − pH)
 * mol/m³ (= mM). pH 7.2 is 10^−7.2 M = 10^−4.2 mM = 63.1 nM.
 *
 * <p>Concentrations stand in for activities, as everywhere in echem's core (a glass electrode
 * measures the activity; the difference is the activity coefficient of H⁺, ≈ 0.8 at
 * physiological ionic strength). Source: S. P. L. Sørensen, Biochem. Z. 21:131 (1909); IUPAC,
 * <i>Quantities, Units and Symbols in Physical Chemistry</i> (Green Book), 3rd ed. (2007), §2.13.
 */
public final class Ph {
    /** mol/m³ per mol/L: pH is defined on mol/L, the core works in mol/m³. */
    private static final double MOLAR = 1000.0;

    private Ph() {}

    /**
     * [H⁺] = 10^(3 − pH) mol/m³.
     *
     * @param ph pH, finite (any value whose concentration is a normal double, about −305 &lt; pH &lt; 310)
     * @return [H⁺] in mol/m³ (mM), &gt; 0
     */
    public static double concentration(double ph) {
        Require.finite(ph, "pH");
        double c = Math.pow(10, 3 - ph);
        if (c >= Double.MIN_NORMAL && c < Double.POSITIVE_INFINITY) {
            return c;
        }
        throw new DomainException(Msg.text(c < Double.MIN_NORMAL ? "core.ph.underflow" : "core.ph.overflow", Msg.num(ph)));
    }

    /**
     * pH = 3 − log₁₀([H⁺] in mol/m³).
     *
     * @param concentration [H⁺] in mol/m³ (mM), &gt; 0
     * @return pH
     */
    public static double of(double concentration) {
        Require.positive(concentration, "core.what.hConc");
        return Math.log10(MOLAR) - Math.log10(concentration);
    }
}
