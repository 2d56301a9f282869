package org.echem.core;

/**
 * The Nernst equation, E = (RT / zF) · ln(c_out / c_in), and its inverses.
 *
 * <p>E is the equilibrium (reversal) potential of an ion of valence z, inside relative to
 * outside (V_m = V_in − V_out). z carries its sign: Cl⁻ has z = −1. Source: W. Nernst (1889);
 * any physiology text, e.g. Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed., ch. 1.
 */
public final class Nernst {
    private static final double LN10 = Math.log(10);

    private Nernst() {}

    /**
     * @param k the constants set
     * @param z valence, ≠ 0
     * @param cIn inside concentration, mol/m³ (mM), &gt; 0
     * @param cOut outside concentration, mol/m³ (mM), &gt; 0
     * @param temperature T in K, &gt; 0
     * @return E in V
     */
    public static double potential(ConstantSet k, int z, double cIn, double cOut, double temperature) {
        Require.nonZero(z, "core.what.valence");
        Require.positive(cIn, "core.what.insideConc");
        Require.positive(cOut, "core.what.outsideConc");
        return k.thermalVoltage(temperature) / z * logRatio(cOut, cIn);
    }

    /**
     * ln(a / b) for positive finite a, b, without overflow or underflow of the quotient.
     *
     * @return ln(a/b)
     */
    public static double logRatio(double a, double b) {
        double q = a / b;
        if (q > Double.MIN_NORMAL && q < Double.POSITIVE_INFINITY) {
            return Math.log(q);
        }
        return Math.log(a) - Math.log(b);
    }

    /**
     * The change of E per tenfold change of c_out / c_in: (RT / zF) · ln 10. Negative for anions.
     *
     * @return slope in V per decade
     */
    public static double slopePerDecade(ConstantSet k, int z, double temperature) {
        Require.nonZero(z, "core.what.valence");
        return k.thermalVoltage(temperature) / z * LN10;
    }

    /**
     * The inside concentration at which E is the given potential: c_in = c_out · e^(−zFE/RT).
     *
     * @param e E in V
     * @param cOut outside concentration, mol/m³, &gt; 0
     * @return c_in in mol/m³
     */
    public static double insideFor(ConstantSet k, int z, double e, double cOut, double temperature) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(e, "E (V)");
        Require.positive(cOut, "core.what.outsideConc");
        double x = -z * e / k.thermalVoltage(temperature);
        return scaled(cOut, x, "core.what.insideConcForE");
    }

    /**
     * The outside concentration at which E is the given potential: c_out = c_in · e^(zFE/RT).
     *
     * @param e E in V
     * @param cIn inside concentration, mol/m³, &gt; 0
     * @return c_out in mol/m³
     */
    public static double outsideFor(ConstantSet k, int z, double e, double cIn, double temperature) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(e, "E (V)");
        Require.positive(cIn, "core.what.insideConc");
        double x = z * e / k.thermalVoltage(temperature);
        return scaled(cIn, x, "core.what.outsideConcForE");
    }

    /**
     * c·eˣ for c &gt; 0, also when eˣ alone overflows or underflows but the product does not
     * (then as exp(ln c + x)).
     *
     * @throws DomainException when the product is not a finite normal number (0, or so small that it
     *     has lost its precision, or too large)
     */
    static double scaled(double c, double x, String what) {
        return scaled(c, x, what, null);
    }

    /** As {@link #scaled(double, double, String)}; {@code what} (a key or a symbol) is formatted with {@code arg}. */
    static double scaled(double c, double x, String what, Object arg) {
        double f = Math.exp(x);
        double r = f > Double.MIN_NORMAL && f < Double.POSITIVE_INFINITY ? c * f : Math.exp(Math.log(c) + x);
        if (r >= Double.MIN_NORMAL && r < Double.POSITIVE_INFINITY) {
            return r;
        }
        throw new DomainException(Msg.text(r < Double.MIN_NORMAL ? "core.nernst.underflow" : "core.nernst.overflow",
                Msg.what(what, arg)));
    }

    /**
     * The temperature at which the gradient has the given potential: T = zFE / (R · ln(c_out/c_in)).
     * There is none when c_in = c_out (unless E = 0, when every T fits) or when E has the sign
     * opposite to the gradient's.
     *
     * @param e E in V, ≠ 0
     * @return T in K
     */
    public static double temperatureFor(ConstantSet k, int z, double e, double cIn, double cOut) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(e, "E (V)");
        Require.positive(cIn, "core.what.insideConc");
        Require.positive(cOut, "core.what.outsideConc");
        double t = z * k.faraday() * e / (k.gasConstant() * logRatio(cOut, cIn));
        if (t > 0 && t < Double.POSITIVE_INFINITY) {
            return t;
        }
        throw new DomainException(Msg.text("core.nernst.noTemperature"));
    }
}
