package org.echem.core;

/**
 * A set of physical constants, passed into every law as a value, so that the choice between
 * exact SI values and rounded textbook values is an argument rather than a global switch.
 *
 * @param name the name users select it by ({@code codata2018}, {@code textbook})
 * @param gasConstant R in J/(mol·K)
 * @param faraday F in C/mol
 * @param elementaryCharge e in C
 * @param avogadro N_A in 1/mol
 * @param boltzmann k_B in J/K
 * @param vacuumPermittivity ε0 in F/m
 * @param zeroCelsius 0 °C in K
 */
public record ConstantSet(String name, double gasConstant, double faraday, double elementaryCharge,
        double avogadro, double boltzmann, double vacuumPermittivity, double zeroCelsius) {

    /** SI 2019 exact values (CODATA 2018); ε0 is the CODATA 2018 recommended value. */
    public static final ConstantSet CODATA2018 = new ConstantSet("codata2018",
            PhysicalConstants.BOLTZMANN * PhysicalConstants.AVOGADRO,
            PhysicalConstants.ELEMENTARY_CHARGE * PhysicalConstants.AVOGADRO,
            PhysicalConstants.ELEMENTARY_CHARGE, PhysicalConstants.AVOGADRO,
            PhysicalConstants.BOLTZMANN, PhysicalConstants.VACUUM_PERMITTIVITY,
            PhysicalConstants.ZERO_CELSIUS);

    /** The rounded values of physiology textbooks: R = 8.314, F = 96485; the rest as CODATA 2018. */
    public static final ConstantSet TEXTBOOK = new ConstantSet("textbook", 8.314, 96485.0,
            PhysicalConstants.ELEMENTARY_CHARGE, PhysicalConstants.AVOGADRO,
            PhysicalConstants.BOLTZMANN, PhysicalConstants.VACUUM_PERMITTIVITY,
            PhysicalConstants.ZERO_CELSIUS);

    public ConstantSet {
        Require.positive(gasConstant, "R");
        Require.positive(faraday, "F");
        Require.positive(elementaryCharge, "e");
        Require.positive(avogadro, "N_A");
        Require.positive(boltzmann, "k_B");
        Require.positive(vacuumPermittivity, "ε0");
        Require.positive(zeroCelsius, "0 °C");
    }

    /** @return the set named {@code name} (case-insensitive), or {@code null} when there is none */
    public static ConstantSet named(String name) {
        if (CODATA2018.name.equalsIgnoreCase(name)) {
            return CODATA2018;
        }
        if (TEXTBOOK.name.equalsIgnoreCase(name)) {
            return TEXTBOOK;
        }
        return null;
    }

    /**
     * The thermal voltage RT/F.
     *
     * @param temperature T in K, &gt; 0
     * @return RT/F in V
     */
    public double thermalVoltage(double temperature) {
        return gasConstant * Require.positive(temperature, "core.what.temperatureK") / faraday;
    }
}
