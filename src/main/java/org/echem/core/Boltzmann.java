package org.echem.core;

/**
 * Ions near a charged surface at equilibrium: the concentration where the potential is ψ
 * (relative to the bulk) is c_s = c·e^(−zFψ/RT). A negative surface attracts cations
 * (factor &gt; 1) and repels anions. Source: Gouy (1910), Chapman (1913); McLaughlin, Curr. Top.
 * Membr. Transp. 9:71 (1977).
 */
public final class Boltzmann {
    private Boltzmann() {}

    /**
     * @param z valence, ≠ 0
     * @param psi the potential relative to the bulk, V
     * @param temperature T in K
     * @return e^(−zFψ/RT), dimensionless, &gt; 0
     */
    public static double factor(ConstantSet k, int z, double psi, double temperature) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(psi, "core.what.psi");
        double x = Math.exp(-z * psi / k.thermalVoltage(temperature));
        if (x > 0) {
            return Require.finiteResult(x, "core.what.boltzmannFactor");
        }
        throw new DomainException(Msg.text("core.boltzmann.underflow"));
    }

    /**
     * @param c the bulk concentration, mol/m³, &gt; 0
     * @return the concentration c·e^(−zFψ/RT) where the potential is ψ, mol/m³
     */
    public static double concentration(ConstantSet k, int z, double c, double psi, double temperature) {
        Require.positive(c, "core.what.bulkConc");
        Require.nonZero(z, "core.what.valence");
        Require.finite(psi, "core.what.psi");
        // c·e^(−zFψ/RT) without forming the factor alone, which may overflow where the product does not
        return Nernst.scaled(c, -z * psi / k.thermalVoltage(temperature), "core.what.surfaceConc");
    }
}
