package org.echem.core;

/**
 * Ohmic (linear) ionic current, I = g · (V_m − E), its inverse g = I / (V_m − E), and the
 * zero-current (chord conductance) potential of several parallel conductances,
 * V = Σ gᵢEᵢ / Σ gᵢ.
 *
 * <p>Current is positive outward (SPEC §1): a conductance g ≥ 0 carries an outward current when
 * V_m &gt; E. The same formulas hold for absolute values (S, A) and per membrane area (S/m², A/m²).
 * Source: A. L. Hodgkin and A. F. Huxley, J. Physiol. 117:500 (1952); Hille,
 * <i>Ion Channels of Excitable Membranes</i>, 3rd ed., ch. 1 and 14 (chord conductance equation).
 */
public final class OhmicCurrent {
    private OhmicCurrent() {}

    /**
     * I = g · (V_m − E).
     *
     * @param g conductance in S (or S/m²), ≥ 0
     * @param vm membrane potential V_m in V
     * @param e reversal potential E in V
     * @return I in A (or A/m²), positive outward
     */
    public static double current(double g, double vm, double e) {
        Require.nonNegative(g, "core.what.conductance");
        Require.finite(vm, "core.what.vmVolts");
        Require.finite(e, "E (V)");
        return Require.finiteResult(g * DrivingForce.difference(vm, e), "core.what.theCurrent");
    }

    /**
     * The conductance that carries current I at V_m: g = I / (V_m − E).
     *
     * <p>Domain: V_m ≠ E, and I must have the sign of V_m − E (or be 0): a current against the
     * driving force would need a negative conductance, which no passive channel has.
     *
     * @param i current in A (or A/m²), positive outward
     * @param vm V_m in V
     * @param e E in V
     * @return g in S (or S/m²), ≥ 0
     * @throws DomainException when V_m = E or when the current flows against the driving force
     */
    public static double conductance(double i, double vm, double e) {
        Require.finite(i, "core.what.current");
        Require.finite(vm, "core.what.vmVolts");
        Require.finite(e, "E (V)");
        double drive = Require.finiteResult(DrivingForce.difference(vm, e), "core.what.drivingForce");
        if (drive == 0) {
            throw new DomainException(Msg.text(i == 0 ? "core.ohm.noDriveNoCurrent" : "core.ohm.noDrive"));
        }
        if (i != 0 && (i > 0) != (drive > 0)) {
            throw new DomainException(Msg.text(i > 0 ? "core.ohm.outwardAgainstDrive" : "core.ohm.inwardAgainstDrive",
                    millivolts(drive)));
        }
        return Require.finiteResult(i / drive, "core.what.theConductance");
    }

    /** @return V in mV (in V beyond ±1.8e305 V), to 9 significant digits, with its unit, for messages */
    private static String millivolts(double v) {
        if (!Double.isFinite(v * 1e3)) { // beyond ±1.8e305 V: said in V
            return Msg.num(v) + " V";
        }
        return new java.math.BigDecimal(v * 1e3).round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString() + " mV";
    }

    /**
     * The zero-current (chord) potential of parallel conductances: V = Σ gᵢEᵢ / Σ gᵢ, the V_m at
     * which Σ gᵢ(V_m − Eᵢ) = 0. It lies between the smallest and largest Eᵢ.
     *
     * @param g conductances (S or S/m², all the same kind), each ≥ 0, with Σ g &gt; 0
     * @param e reversal potentials in V, one per conductance
     * @return V in V
     * @throws DomainException when every conductance is 0 (no potential is singled out)
     */
    public static double chordPotential(double[] g, double[] e) {
        if (g.length != e.length) {
            throw new IllegalArgumentException("one E per conductance: " + g.length + " vs " + e.length);
        }
        double sumG = 0;
        double sumGe = 0;
        for (int j = 0; j < g.length; j++) {
            Require.nonNegative(g[j], "core.what.conductance");
            Require.finite(e[j], "E (V)");
            sumG += g[j];
            sumGe += g[j] * e[j];
        }
        if (!(sumG > 0)) {
            throw new DomainException(Msg.text("core.ohm.noConductance"));
        }
        double v = sumGe / sumG;
        return Require.finiteResult(v, "core.what.zeroCurrentPotential");
    }
}
