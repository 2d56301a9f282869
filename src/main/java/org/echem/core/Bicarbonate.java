package org.echem.core;

/**
 * [HCO₃⁻] from pH and PCO₂ by the Henderson–Hasselbalch equation of the CO₂/HCO₃⁻ buffer,
 *
 * <pre>
 *   pH = pK′ + log₁₀([HCO₃⁻] / (S·PCO₂)),  so  [HCO₃⁻] = S·PCO₂·10^(pH − pK′),
 * </pre>
 *
 * <p>where S·PCO₂ is the dissolved CO₂ (Henry's law) and pK′ the apparent (empirical) pK of the
 * lumped reaction CO₂ + H₂O ⇌ H⁺ + HCO₃⁻. Both depend on the medium and the temperature; the
 * defaults are those of human plasma at 37 °C, {@link #PLASMA_37C}, and are parameters so that
 * other values (another temperature, the IFCC pK′ = 6.095, S = 0.0301) can be passed.
 * Units inside the core: PCO₂ in Pa, S in mol/(m³·Pa), [HCO₃⁻] in mol/m³ (mM); one conventional
 * millimetre of mercury is {@link #MMHG} Pa. Sources: L. J. Henderson, Am. J. Physiol. 21:427
 * (1908); K. A. Hasselbalch, Biochem. Z. 78:112 (1916); J. W. Severinghaus, M. Stupfel and A. F.
 * Bradley, J. Appl. Physiol. 9:197 (1956) (pK′ of serum, 6.10 at 37 °C, pH 7.4); W. H. Austin et
 * al., J. Appl. Physiol. 18:301 (1963) (CO₂ solubility in serum, 0.0307 mmol/L/mmHg at 37 °C);
 * O. Siggaard-Andersen, <i>The Acid–Base Status of the Blood</i>, 4th ed. (1974).
 */
public final class Bicarbonate {
    /** One conventional millimetre of mercury, 133.322387415 Pa (NIST SP 811, B.8; 13.5951 g/cm³ × g_n × 1 mm). */
    public static final double MMHG = 133.322387415;

    /**
     * The constants of the equation.
     *
     * @param solubility S, the CO₂ solubility, mol/(m³·Pa), &gt; 0
     * @param pK the apparent pK′, finite
     */
    public record Parameters(double solubility, double pK) {
        public Parameters {
            Require.positive(solubility, "core.what.co2SolubilityPa");
            Require.finite(pK, "pK′");
        }

        /**
         * @param mmPerMmHg S in mmol/L per mmHg (= mM/mmHg), &gt; 0
         * @param pK the apparent pK′
         * @return parameters with S converted to mol/(m³·Pa)
         */
        public static Parameters ofMmHg(double mmPerMmHg, double pK) {
            return new Parameters(Require.positive(mmPerMmHg, "core.what.co2SolubilityMmHg") / MMHG, pK);
        }
    }

    /**
     * Human plasma at 37 °C: S = 0.0307 mM/mmHg (Austin et al. 1963) and pK′ = 6.1 (Severinghaus
     * et al. 1956). With pH 7.4 and PCO₂ 40 mmHg they give [HCO₃⁻] = 24.5 mM (the classic 24 mM).
     */
    public static final Parameters PLASMA_37C = Parameters.ofMmHg(0.0307, 6.1);

    private Bicarbonate() {}

    /**
     * The dissolved CO₂, S·PCO₂.
     *
     * @param p S and pK′
     * @param pco2 PCO₂ in Pa, &gt; 0
     * @return [CO₂] in mol/m³ (mM)
     */
    public static double dissolvedCo2(Parameters p, double pco2) {
        Require.positive(pco2, "PCO₂ (Pa)");
        return Require.finiteResult(p.solubility() * pco2, "core.what.dissolvedCo2");
    }

    /**
     * [HCO₃⁻] = S·PCO₂·10^(pH − pK′).
     *
     * @param p S and pK′
     * @param ph pH, finite
     * @param pco2 PCO₂ in Pa, &gt; 0
     * @return [HCO₃⁻] in mol/m³ (mM)
     */
    public static double concentration(Parameters p, double ph, double pco2) {
        Require.finite(ph, "pH");
        double co2 = dissolvedCo2(p, pco2);
        double x = (ph - p.pK()) * Math.log(10);
        return Nernst.scaled(co2, x, "[HCO₃⁻]", null);
    }

    /**
     * The pH at which the given [HCO₃⁻] is in equilibrium with PCO₂: pH = pK′ + log₁₀([HCO₃⁻]/(S·PCO₂)).
     *
     * @param p S and pK′
     * @param hco3 [HCO₃⁻] in mol/m³ (mM), &gt; 0
     * @param pco2 PCO₂ in Pa, &gt; 0
     * @return pH
     */
    public static double ph(Parameters p, double hco3, double pco2) {
        Require.positive(hco3, "[HCO₃⁻] (mM)");
        double co2 = dissolvedCo2(p, pco2);
        return p.pK() + Nernst.logRatio(hco3, co2) / Math.log(10);
    }
}
