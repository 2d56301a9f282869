package org.echem.units;

/**
 * One unit: SI value = (number × mul / div) + offset. Multiplying by an exact integer or dividing
 * by one keeps decimal inputs such as {@code -70 mV} as close to their SI value as a double allows.
 *
 * @param symbol how the unit is written
 * @param perArea true for densities per membrane area (S/m², A/m²), false otherwise
 * @param relative true for a dimensionless relative value (relative permeability)
 * @param mul multiplier to SI
 * @param div divisor to SI
 * @param offset added after scaling (temperature scales only)
 */
public record Unit(String symbol, boolean perArea, boolean relative, double mul, double div, double offset) {

    static Unit of(String symbol, double mul, double div) {
        return new Unit(symbol, false, false, mul, div, 0);
    }

    static Unit perArea(String symbol, double mul, double div) {
        return new Unit(symbol, true, false, mul, div, 0);
    }

    /** @return the SI value of {@code x} of this unit */
    public double toSi(double x) {
        return x * mul / div + offset;
    }

    /** @return the value in this unit of the SI value {@code si} */
    public double fromSi(double si) {
        return (si - offset) * div / mul;
    }
}
