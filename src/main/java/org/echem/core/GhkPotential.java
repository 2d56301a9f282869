package org.echem.core;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * The Goldman–Hodgkin–Katz reversal (zero-current) potential of a set of permeant ions of any
 * valences, and the inverse: an ion's permeability from a measured reversal potential.
 *
 * <p>V_rev is the V at which the total GHK current Σ Iᵢ(V) is zero, Iᵢ from {@link GhkCurrent}.
 * When every |z| = 1 it has the closed form (Goldman 1943; Hodgkin and Katz 1949)
 *
 * <pre>
 *   V_rev = (RT/F) · ln( (Σ_cations P·c_out + Σ_anions P·c_in) / (Σ_cations P·c_in + Σ_anions P·c_out) ).
 * </pre>
 *
 * <p>Otherwise it is found with Brent's method (Commons Math {@link BrentSolver}) in the
 * dimensionless u = FV/RT on a bracket that is proven to hold the root:
 *
 * <ol>
 *   <li><b>Monotonic.</b> With B(x) = x/(eˣ − 1) (positive, strictly decreasing), write each
 *   ion's current as Iᵢ/F = Pᵢ|zᵢ|·(aᵢ·B(−|zᵢ|u) − bᵢ·B(|zᵢ|u)), where the "outward" amount aᵢ is
 *   c_in for a cation and c_out for an anion and the "inward" amount bᵢ the other one. Both terms
 *   increase strictly with u, so the total current is strictly increasing in V: there is at most
 *   one root.</li>
 *   <li><b>Existence.</b> Let A = Σ Pᵢ|zᵢ|aᵢ and B = Σ Pᵢ|zᵢ|bᵢ. For u ≥ 0, B(−|z|u) ≥ 1 and
 *   B(|z|u) ≤ (1 + |z|u)·e^(−|z|u) ≤ (1 + u)·e^(−u) ≤ 2·e^(−u/2) (from eˣ ≥ 1 + x, and
 *   (1 + s)e^(−s) decreasing for s ≥ 0), so I/F ≥ A − 2B·e^(−u/2), which is ≥ 0 at
 *   u_hi = max(0, 2·ln(2B/A)). Symmetrically I/F ≤ 2A·e^(u/2) − B ≤ 0 at
 *   u_lo = −max(0, 2·ln(2A/B)). Hence a root exists in [u_lo, u_hi] exactly when A &gt; 0 and B &gt; 0
 *   (some ion can carry current each way); otherwise the current has one sign at every V and
 *   there is no reversal potential, which is reported as a {@link DomainException}.</li>
 *   <li><b>Nernst bracket.</b> When every permeant ion is present on both sides, each Iᵢ has the
 *   sign of V − Eᵢ, so at V = min Eᵢ every current is ≤ 0 and at max Eᵢ every current is ≥ 0:
 *   V_rev lies between the extreme single-ion Nernst potentials. The bracket used is the
 *   intersection with [u_lo, u_hi], widened by 1e-9 (in u) against rounding.</li>
 * </ol>
 *
 * <p>So for valid input the solver cannot fail; a {@link NoConvergenceException} (exit 5) marks
 * a bug, not bad input. Units: P in any one unit (m/s or relative: only ratios matter), c in
 * mol/m³ (= mM), T in K, V in V. Sources: D. E. Goldman, J. Gen. Physiol. 27:37 (1943); A. L.
 * Hodgkin and B. Katz, J. Physiol. 108:37 (1949); Hille, <i>Ion Channels of Excitable
 * Membranes</i>, 3rd ed., ch. 14; R. P. Brent, <i>Algorithms for Minimization without
 * Derivatives</i> (1973), ch. 4.
 */
public final class GhkPotential {
    private static final int MAX_EVALUATIONS = 200;
    private static final double WIDEN = 1e-9;

    private GhkPotential() {}

    /**
     * One permeant ion.
     *
     * @param name the ion's name, for messages
     * @param z valence, ≠ 0
     * @param p permeability (m/s, or relative), ≥ 0
     * @param cIn inside concentration, mol/m³, ≥ 0 (0: absent inside)
     * @param cOut outside concentration, mol/m³, ≥ 0 (0: absent outside)
     */
    public record Permeant(String name, int z, double p, double cIn, double cOut) {
        public Permeant {
            Require.nonZero(z, "core.what.valenceOf", name);
            Require.nonNegative(p, "core.what.permeabilityOf", name);
            Require.nonNegative(cIn, "core.what.insideConcOf", name);
            Require.nonNegative(cOut, "core.what.outsideConcOf", name);
        }

        /** @return the concentration that carries outward current: c_in of a cation, c_out of an anion */
        double outward() {
            return z > 0 ? cIn : cOut;
        }

        /** @return the concentration that carries inward current: c_out of a cation, c_in of an anion */
        double inward() {
            return z > 0 ? cOut : cIn;
        }

        /** @return I/(P·F) at u = FV/RT: z·(c_in·B(−zu) − c_out·B(zu)), mol/m³ */
        double unitCurrent(double u) {
            return z * GhkCurrent.flux(cIn, cOut, z * u);
        }

        /** @return whether its Nernst potential is finite (present on both sides) */
        boolean bothSides() {
            return cIn > 0 && cOut > 0;
        }
    }

    /**
     * The result of root finding.
     *
     * @param volts V_rev in V
     * @param evaluations how many times the total current was evaluated
     * @param lo lower end of the bracket, V
     * @param hi upper end of the bracket, V
     */
    public record Root(double volts, int evaluations, double lo, double hi) {}

    /**
     * The GHK reversal potential: the closed form when every |z| = 1, root finding otherwise.
     *
     * @param k the constants set
     * @param ions the permeant ions (those with P = 0 take no part)
     * @param temperature T in K
     * @return V_rev in V
     * @throws DomainException when no ion can carry current one way (no reversal potential)
     */
    public static double reversal(ConstantSet k, List<Permeant> ions, double temperature) {
        return monovalent(ions) ? closedForm(k, ions, temperature) : rootFinding(k, ions, temperature).volts();
    }

    /** @return whether every ion with P &gt; 0 has |z| = 1 (so the closed form applies) */
    public static boolean monovalent(List<Permeant> ions) {
        for (Permeant i : ions) {
            if (i.p() > 0 && Math.abs(i.z()) != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * The closed form for monovalent ions: V_rev = (RT/F)·ln(Σ P·b / Σ P·a), with a, b the
     * outward- and inward-carrying concentrations (see the class comment).
     *
     * @throws DomainException when an ion with P &gt; 0 has |z| ≠ 1, or there is no reversal potential
     */
    public static double closedForm(ConstantSet k, List<Permeant> ions, double temperature) {
        if (!monovalent(ions)) {
            throw new DomainException(Msg.text("core.ghk.closedNeedsMonovalent"));
        }
        double[] ab = strengths(ions);
        return k.thermalVoltage(temperature) * Nernst.logRatio(ab[1], ab[0]);
    }

    /**
     * V_rev by Brent's method on the proven bracket of the class comment.
     *
     * @throws DomainException when there is no reversal potential
     * @throws NoConvergenceException if the solver fails (a bug: it cannot for valid input)
     */
    public static Root rootFinding(ConstantSet k, List<Permeant> ions, double temperature) {
        double vt = k.thermalVoltage(temperature);
        double[] ab = strengths(ions);
        double a = ab[0];
        double b = ab[1];
        double lo = -Math.max(0, 2 * Math.log(2 * a / b));
        double hi = Math.max(0, 2 * Math.log(2 * b / a));
        double eMin = Double.POSITIVE_INFINITY;
        double eMax = Double.NEGATIVE_INFINITY;
        boolean allBoth = true;
        for (Permeant i : ions) {
            if (i.p() == 0 || i.cIn() == 0 && i.cOut() == 0) {
                continue;
            }
            if (!i.bothSides()) {
                allBoth = false;
                break;
            }
            double e = Nernst.logRatio(i.cOut(), i.cIn()) / i.z();
            eMin = Math.min(eMin, e);
            eMax = Math.max(eMax, e);
        }
        if (allBoth) {
            lo = Math.max(lo, eMin);
            hi = Math.min(hi, eMax);
        }
        lo -= WIDEN * (1 + Math.abs(lo));
        hi += WIDEN * (1 + Math.abs(hi));
        double scale = 1 / (a + b);
        UnivariateFunction f = u -> {
            double s = 0;
            for (Permeant i : ions) {
                if (i.p() > 0) {
                    s += i.p() * i.unitCurrent(u);
                }
            }
            return s * scale;
        };
        double fLo = f.value(lo);
        double fHi = f.value(hi);
        if (fLo == 0) {
            return new Root(lo * vt, 1, lo * vt, hi * vt);
        }
        if (fHi == 0) {
            return new Root(hi * vt, 2, lo * vt, hi * vt);
        }
        if (!(fLo < 0 && fHi > 0)) {
            throw new NoConvergenceException(Msg.text("core.ghk.bracket", lo * vt * 1e3, hi * vt * 1e3, fLo, fHi), null);
        }
        BrentSolver solver = new BrentSolver(Math.ulp(1.0), 1e-15, 0);
        try {
            double u = solver.solve(MAX_EVALUATIONS, f, lo, hi);
            return new Root(u * vt, solver.getEvaluations(), lo * vt, hi * vt);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new NoConvergenceException(Msg.text("core.ghk.noConvergence", e.getMessage()), e);
        }
    }

    /**
     * The permeability of ion {@code x} that makes {@code vrev} the GHK reversal potential of
     * {@code x} together with {@code others}. The total current is linear in each P, so
     * P_x = −Σ_others Pⱼ·iⱼ(V) / i_x(V), with i the current per unit permeability.
     *
     * @param x the ion whose permeability is sought (its {@code p} is ignored)
     * @param others the other permeant ions, with their permeabilities
     * @param vrev the measured reversal potential, V
     * @return P_x in the unit of the others' permeabilities, ≥ 0
     * @throws DomainException when V_rev = E_x, or V_rev does not lie between E_x and the others'
     *     reversal potential (no P_x ≥ 0 fits), or the others carry no current
     */
    public static double permeabilityFor(ConstantSet k, Permeant x, List<Permeant> others, double vrev,
            double temperature) {
        Require.finite(vrev, "V_rev (V)");
        if (x.cIn() == 0 && x.cOut() == 0) {
            throw new DomainException(Msg.text("core.ghk.noConcentration", x.name()));
        }
        boolean any = false;
        for (Permeant o : others) {
            any |= o.p() > 0 && (o.cIn() > 0 || o.cOut() > 0);
        }
        if (!any) {
            throw new DomainException(Msg.text("core.ghk.noReference"));
        }
        double u = vrev / k.thermalVoltage(temperature);
        double ix = x.unitCurrent(u);
        double ixScale = Math.abs(x.z()) * (x.cIn() * GhkCurrent.bernoulli(-x.z() * u)
                + x.cOut() * GhkCurrent.bernoulli(x.z() * u));
        if (Math.abs(ix) <= 1e-12 * ixScale) {
            ix = 0; // V_rev is E_x to rounding: the ion's current vanishes
        }
        double rest = 0;
        for (Permeant o : others) {
            rest += o.p() * o.unitCurrent(u);
        }
        if (ix == 0) {
            throw new DomainException(Msg.text("core.ghk.atNernst", mv(vrev), x.name()));
        }
        double px = -rest / ix;
        if (px >= 0 && px < Double.POSITIVE_INFINITY) {
            return px == 0 ? 0 : px; // no -0
        }
        String ex = x.bothSides() ? String.format(Locale.ROOT, "%.6g mV", Nernst.potential(k, x.z(), x.cIn(),
                x.cOut(), temperature) * 1e3) : x.outward() > 0 ? "-∞" : "+∞";
        String eo;
        try {
            eo = String.format(Locale.ROOT, "%.6g mV", reversal(k, others, temperature) * 1e3);
        } catch (DomainException e) {
            eo = Msg.text("core.ghk.none");
        }
        throw new DomainException(Msg.text("core.ghk.noPermeability", x.name(), mv(vrev), ex, eo));
    }

    /** @return V in mV, to 9 significant digits, for messages */
    private static String mv(double v) {
        return new java.math.BigDecimal(v * 1e3).round(new java.math.MathContext(9)).stripTrailingZeros()
                .toPlainString();
    }

    /** @return {A, B}: the outward- and inward-carrying sums Σ P|z|a and Σ P|z|b, both &gt; 0 */
    private static double[] strengths(List<Permeant> ions) {
        double a = 0;
        double b = 0;
        for (Permeant i : ions) {
            a += i.p() * Math.abs(i.z()) * i.outward();
            b += i.p() * Math.abs(i.z()) * i.inward();
        }
        if (a > 0 && b > 0 && a < Double.POSITIVE_INFINITY && b < Double.POSITIVE_INFINITY) {
            return new double[] {a, b};
        }
        if (!(a > 0) && !(b > 0)) {
            throw new DomainException(Msg.text("core.ghk.noCurrent"));
        }
        if (!(b > 0)) {
            throw new DomainException(Msg.text("core.ghk.noInward"));
        }
        if (!(a > 0)) {
            throw new DomainException(Msg.text("core.ghk.noOutward"));
        }
        throw new DomainException(Msg.text("core.ghk.tooLarge"));
    }
}
