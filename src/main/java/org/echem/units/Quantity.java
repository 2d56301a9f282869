package org.echem.units;

/**
 * A parsed value.
 *
 * @param si the value in SI units (mol/m³ for concentrations, K for temperatures, …)
 * @param unit the unit it was written in (or the default unit of a bare number)
 */
public record Quantity(double si, Unit unit) {}
