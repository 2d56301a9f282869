package org.echem.core;

/**
 * Properties of liquid water that the surface laws need.
 *
 * <p>Relative permittivity (static dielectric constant) of pure water at 1 atm, the fit of
 * C. G. Malmberg and A. A. Maryott, "Dielectric constant of water from 0° to 100 °C",
 * J. Res. Natl. Bur. Stand. 56:1–8 (1956), eq. (5):
 * ε_r(t) = 87.740 − 0.40008·t + 9.398·10⁻⁴·t² − 1.410·10⁻⁶·t³, t in °C.
 * At 25 °C the fit gives 78.303; 78.54 is the value often quoted from older measurements.
 */
public final class Water {
    /** The lowest temperature the Malmberg–Maryott fit covers, 0 °C, in K. */
    public static final double MIN_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS;

    /** The highest temperature the Malmberg–Maryott fit covers, 100 °C, in K. */
    public static final double MAX_TEMPERATURE = PhysicalConstants.ZERO_CELSIUS + 100;

    private Water() {}

    /**
     * The relative permittivity of water (Malmberg &amp; Maryott 1956).
     *
     * @param temperature T in K, from 273.15 K (0 °C) to 373.15 K (100 °C), the range of the fit
     * @return ε_r, dimensionless
     * @throws DomainException outside the range of the fit
     */
    public static double relativePermittivity(double temperature) {
        if (temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE) {
            double t = temperature - PhysicalConstants.ZERO_CELSIUS;
            return 87.740 + t * (-0.40008 + t * (9.398e-4 + t * -1.410e-6));
        }
        throw new DomainException(Msg.text("core.water.outOfRange", Msg.num(temperature - PhysicalConstants.ZERO_CELSIUS)));
    }
}
