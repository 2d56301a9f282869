package org.echem.core;

/**
 * The Debye screening length of an electrolyte, κ⁻¹ = √(ε_r·ε0·RT / (2·F²·I)), with the ionic
 * strength I = ½·Σ cᵢzᵢ² in mol/m³. The potential of a weakly charged surface falls off as
 * e^(−x·κ). Source: P. Debye and E. Hückel, Phys. Z. 24:185 (1923); J. Israelachvili,
 * <i>Intermolecular and Surface Forces</i>, 3rd ed. (2011), ch. 14 (κ⁻¹ = 0.304/√I nm for a
 * 1:1 salt at 25 °C, I in mol/L).
 */
public final class Debye {
    private Debye() {}

    /**
     * @param k the constants set
     * @param epsilonR relative permittivity of the solvent, &gt; 0
     * @param temperature T in K, &gt; 0
     * @param ionicStrength I in mol/m³ (mM), &gt; 0
     * @return κ⁻¹ in m
     */
    public static double length(ConstantSet k, double epsilonR, double temperature, double ionicStrength) {
        Require.positive(epsilonR, "core.what.epsilonR");
        Require.positive(ionicStrength, "core.what.ionicStrength");
        double rt = k.gasConstant() * Require.positive(temperature, "core.what.temperatureK");
        double f = k.faraday();
        return Require.finiteResult(Math.sqrt(epsilonR * k.vacuumPermittivity() * rt / (2 * f * f * ionicStrength)),
                "core.what.debyeLength");
    }
}
