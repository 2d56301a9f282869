/**
 * The physics of echem as pure functions of SI doubles: no command line, no I/O, no printing.
 *
 * <p>Units inside the core: volts, kelvin, mol/m³ (numerically equal to mM), siemens, amperes,
 * coulombs per square metre, metres. Every {@code @param} names its unit. Functions validate
 * their domain and throw {@link org.echem.core.DomainException} with the offending value rather
 * than return NaN or an infinity.
 *
 * <p>Free energies ({@link org.echem.core.Transport}, {@link org.echem.core.ProtonMotiveForce},
 * ΔG_ATP) are in J/mol, pressures ({@link org.echem.core.Bicarbonate}) in Pa; pH is a plain number
 * that {@link org.echem.core.Ph} turns into an H⁺ concentration in mol/m³.
 *
 * <p>Equilibria and activities: {@link org.echem.core.Donnan} (closed and open Gibbs–Donnan
 * equilibria, any valences, Brent's method on a proven bracket) and {@link org.echem.core.Activity}
 * (ideal, Debye–Hückel limiting, extended Debye–Hückel with {@link org.echem.core.Kielland}'s ion
 * sizes, Davies; A and B from T and ε_r of water).
 */
package org.echem.core;
