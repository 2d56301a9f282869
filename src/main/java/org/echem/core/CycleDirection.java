package org.echem.core;

/**
 * Which way a transporter's cycle runs: {@code FORWARD} as its stoichiometry is written (free
 * energy per cycle ΔG &lt; 0), {@code REVERSE} (ΔG &gt; 0), or {@code NONE} at equilibrium.
 */
public enum CycleDirection {
    FORWARD, REVERSE, NONE;

    /** @return FORWARD when ΔG &lt; 0, REVERSE when ΔG &gt; 0, NONE when ΔG = 0 */
    public static CycleDirection of(double dg) {
        return dg < 0 ? FORWARD : dg > 0 ? REVERSE : NONE;
    }

    /** @return the name used in output ({@code forward}, {@code reverse}, {@code none}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
