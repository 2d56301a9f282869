package org.echem.core;

/**
 * The ohmic view of an electrogenic pump: its net current I_pump flows through the membrane's
 * total (slope) conductance G and shifts the potential by
 *
 * <pre>
 *   ΔV = −I_pump / G
 * </pre>
 *
 * <p>I is positive outward (the Na⁺/K⁺ pump with r &gt; 1 moves net positive charge out), so an
 * outward pump current hyperpolarises (ΔV &lt; 0). Both quantities absolute (A and S) or both per
 * unit area (A/m² and S/m²). Source: Ohm's law applied to the membrane's parallel conductances,
 * as in Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), ch. 14; Thomas,
 * Physiol. Rev. 52:563 (1972), "Electrogenic sodium pump in nerve and muscle cells".
 */
public final class PumpCurrent {
    private PumpCurrent() {}

    /**
     * @param current pump current I, positive outward, in A (or A/m²), finite
     * @param conductance total membrane conductance G, in S (or S/m²), &gt; 0
     * @return ΔV = −I/G in V
     */
    public static double voltageShift(double current, double conductance) {
        Require.finite(current, "core.what.pumpCurrent");
        Require.positive(conductance, "core.what.totalConductance");
        return Require.finiteResult(-current / conductance, "core.what.voltageShift");
    }
}
