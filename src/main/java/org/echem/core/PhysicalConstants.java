package org.echem.core;

/** Exact and recommended values of the constants echem uses, in SI units. */
public final class PhysicalConstants {
    private PhysicalConstants() {}

    /** Elementary charge e = 1.602176634e-19 C, exact since the 2019 SI redefinition (CODATA 2018). */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    /** Avogadro constant N_A = 6.02214076e23 1/mol, exact since 2019 (CODATA 2018). */
    public static final double AVOGADRO = 6.02214076e23;

    /** Boltzmann constant k_B = 1.380649e-23 J/K, exact since 2019 (CODATA 2018). */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Vacuum electric permittivity ε0 = 8.8541878128e-12 F/m (CODATA 2018 recommended value). */
    public static final double VACUUM_PERMITTIVITY = 8.8541878128e-12;

    /** 0 °C = 273.15 K, by definition of the Celsius scale. */
    public static final double ZERO_CELSIUS = 273.15;
}
