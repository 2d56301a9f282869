package org.echem.core;

/**
 * The Goldman–Hodgkin–Katz current equation for one permeant ion of any valence:
 *
 * <pre>
 *   I = P · z² · (F²V/RT) · (c_in − c_out · e^(−u)) / (1 − e^(−u)),   u = zFV/RT
 * </pre>
 *
 * <p>Written with the Bernoulli function B(x) = x / (eˣ − 1) (B(0) = 1), this is
 * I = P·z·F·(c_in·B(−u) − c_out·B(u)): exact at V = 0, where it is the limit
 * P·z·F·(c_in − c_out), and smooth through it, because B is evaluated as x / expm1(x), which keeps
 * full relative precision for small |x| (no 0/0 and no cancellation). Current is positive outward
 * (SPEC §1). Domain: z ≠ 0, P ≥ 0, c_in, c_out ≥ 0 (an ion absent from one side has c = 0 there),
 * V finite.
 *
 * <p>Units: P in m/s, c in mol/m³ (= mM), V in V, T in K, I in A/m². With P in cm/s and c in mM,
 * 1 A/m² = 0.1 mA/cm² = 100 µA/cm². Source: D. E. Goldman, J. Gen. Physiol. 27:37 (1943);
 * A. L. Hodgkin and B. Katz, J. Physiol. 108:37 (1949); Hille, <i>Ion Channels of Excitable
 * Membranes</i>, 3rd ed., ch. 14.
 */
public final class GhkCurrent {
    private GhkCurrent() {}

    /**
     * The GHK current density of one ion.
     *
     * @param k the constants set
     * @param z valence, ≠ 0
     * @param p permeability in m/s, ≥ 0
     * @param cIn inside concentration, mol/m³, ≥ 0
     * @param cOut outside concentration, mol/m³, ≥ 0
     * @param v membrane potential V = V_in − V_out, in V
     * @param temperature T in K, &gt; 0
     * @return I in A/m², positive outward
     */
    public static double density(ConstantSet k, int z, double p, double cIn, double cOut, double v,
            double temperature) {
        Require.nonZero(z, "core.what.valence");
        Require.nonNegative(p, "core.what.permeability");
        Require.nonNegative(cIn, "core.what.insideConc");
        Require.nonNegative(cOut, "core.what.outsideConc");
        Require.finite(v, "V (V)");
        double u = z * v / k.thermalVoltage(temperature);
        return Require.finiteResult(p * z * k.faraday() * flux(cIn, cOut, u), "core.what.ghkCurrent");
    }

    /**
     * The dimensionless driving term c_in·B(−u) − c_out·B(u) of the GHK equation (the current is
     * P·z·F times it). Strictly increasing in u when c_in + c_out &gt; 0, since B is strictly
     * decreasing.
     *
     * @param cIn inside concentration, mol/m³
     * @param cOut outside concentration, mol/m³
     * @param u zFV/RT
     * @return c_in·B(−u) − c_out·B(u), mol/m³
     */
    static double flux(double cIn, double cOut, double u) {
        double a = cIn == 0 ? 0 : cIn * bernoulli(-u);
        double b = cOut == 0 ? 0 : cOut * bernoulli(u);
        return a - b;
    }

    /**
     * The Bernoulli function B(x) = x / (eˣ − 1), with B(0) = 1; positive and strictly decreasing,
     * B(−x) = B(x)·eˣ. Evaluated as x / expm1(x), accurate to a few ulps for every x, including
     * |x| → 0 (where a series 1 − x/2 + x²/12 − … agrees to rounding).
     *
     * @param x any finite number
     * @return B(x), in [0, |x| + 1]
     */
    public static double bernoulli(double x) {
        if (x == 0) {
            return 1;
        }
        if (Math.abs(x) < 1e-10) {
            return 1 - x / 2; // series; the next term x²/12 is below 1e-21
        }
        double d = Math.expm1(x);
        if (d == Double.POSITIVE_INFINITY) {
            return 0; // x > 709: B(x) < 1e-305, and it only ever multiplies a finite concentration
        }
        return x / d;
    }
}
