package org.echem.core;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Grahame's equation: the surface potential ψ0 of a charged surface in an electrolyte
 * (Gouy–Chapman diffuse double layer), and its inverse.
 *
 * <p>For a planar surface of charge density σ in an electroneutral bulk electrolyte of ions i
 * (valence zᵢ, concentration cᵢ in mol/m³):
 * σ² = 2·ε_r·ε0·RT · Σ cᵢ·(e^(−zᵢFψ0/RT) − 1), with sign(ψ0) = sign(σ).
 * For a symmetric z:z salt of concentration c this has the closed form
 * ψ0 = (2RT/zF)·asinh(σ / √(8·c·ε_r·ε0·RT)), σ = √(8·c·ε_r·ε0·RT)·sinh(zFψ0/2RT).
 * Domain: ε_r &gt; 0, T &gt; 0, a bulk with ions of both signs; σ and ψ0 finite.
 * Source: D. C. Grahame, Chem. Rev. 41:441 (1947); S. McLaughlin, Annu. Rev. Biophys. Biophys.
 * Chem. 18:113 (1989); J. Israelachvili, <i>Intermolecular and Surface Forces</i>, 3rd ed., ch. 14.
 *
 * <p>Mixtures are solved for u = Fψ0/RT with Brent's method (R. P. Brent, <i>Algorithms for
 * Minimization without Derivatives</i>, 1973; Apache Commons Math {@link BrentSolver}). The bracket
 * is physical: with a neutral bulk, f(u) = Σ cᵢ(e^(−zᵢu) − 1) is convex with its minimum f(0) = 0,
 * so on the side of sign(σ) it rises monotonically from 0 to ∞ and the root is unique. On that side
 * every counter-ion (sign of z opposite to σ) has |z| ≥ 1, so f(|u|) ≥ C·(e^|u| − 1) − C', with C
 * the counter-ion and C' the co-ion concentration; hence the root lies in
 * 0 &lt; |u| ≤ ln(1 + (σ²/(2ε_rε0RT) + C') / C).
 */
public final class Grahame {
    /** The most function evaluations the root finder may use. */
    public static final int MAX_EVALUATIONS = 200;

    private static final double RELATIVE_ACCURACY = 1e-15;
    private static final double ABSOLUTE_ACCURACY = 1e-300;

    private Grahame() {}

    /**
     * A root found numerically.
     *
     * @param psi0 the surface potential, V
     * @param evaluations how many times the root finder evaluated Grahame's equation (0 for σ = 0)
     */
    public record Root(double psi0, int evaluations) {}

    /**
     * Closed form for a symmetric z:z salt: ψ0 = (2RT/zF)·asinh(σ / √(8cε_rε0RT)).
     *
     * @param k the constants set
     * @param epsilonR relative permittivity, &gt; 0
     * @param temperature T in K, &gt; 0
     * @param z the salt's valence magnitude, ≥ 1 (1 for NaCl)
     * @param c the salt concentration, mol/m³ (mM), &gt; 0
     * @param sigma surface charge density, C/m²
     * @return ψ0 in V, with the sign of σ
     */
    public static double surfacePotential(ConstantSet k, double epsilonR, double temperature, int z, double c,
            double sigma) {
        Require.finite(sigma, "core.what.sigma");
        double scale = chargeScale(k, epsilonR, temperature, z, c);
        return 2 * k.thermalVoltage(temperature) / z * asinh(sigma / scale);
    }

    /**
     * Closed form for a symmetric z:z salt: σ = √(8cε_rε0RT)·sinh(zFψ0/2RT).
     *
     * @param psi0 surface potential, V
     * @return σ in C/m², with the sign of ψ0
     */
    public static double surfaceCharge(ConstantSet k, double epsilonR, double temperature, int z, double c,
            double psi0) {
        Require.finite(psi0, "core.what.psi0");
        double scale = chargeScale(k, epsilonR, temperature, z, c);
        double x = z * psi0 / (2 * k.thermalVoltage(temperature));
        return Require.finiteResult(scale * Math.sinh(x), "core.what.surfaceChargeDensityForPsi0");
    }

    /**
     * The surface potential in any electroneutral electrolyte: the closed form when every ion has
     * the same |z|, otherwise {@link #solve}.
     *
     * @param electrolyte the bulk electrolyte, electroneutral
     * @param sigma surface charge density, C/m²
     * @return ψ0 in V
     */
    public static double surfacePotential(ConstantSet k, double epsilonR, double temperature, Electrolyte electrolyte,
            double sigma) {
        electrolyte.requireElectroneutral();
        int z = electrolyte.symmetricValence();
        if (z > 0) {
            return surfacePotential(k, epsilonR, temperature, z, saltConcentration(electrolyte, z), sigma);
        }
        return solve(k, epsilonR, temperature, electrolyte, sigma).psi0();
    }

    /**
     * The surface charge density in any electroneutral electrolyte:
     * σ = sign(ψ0)·√(2ε_rε0RT·Σ cᵢ(e^(−zᵢFψ0/RT) − 1)); the closed form when every ion has the same |z|.
     *
     * @param psi0 surface potential, V
     * @return σ in C/m²
     */
    public static double surfaceCharge(ConstantSet k, double epsilonR, double temperature, Electrolyte electrolyte,
            double psi0) {
        electrolyte.requireElectroneutral();
        Require.finite(psi0, "core.what.psi0");
        int z = electrolyte.symmetricValence();
        if (z > 0) {
            return surfaceCharge(k, epsilonR, temperature, z, saltConcentration(electrolyte, z), psi0);
        }
        double twoEpsRt = twoEpsilonRt(k, epsilonR, temperature);
        double f = reduced(electrolyte, psi0 / k.thermalVoltage(temperature));
        if (f >= 0) {
            return Math.signum(psi0) * Require.finiteResult(Math.sqrt(twoEpsRt * f), "core.what.surfaceChargeDensity");
        }
        throw new DomainException(Msg.text("core.grahame.noCharge", Msg.num(psi0 * 1e3)));
    }

    /**
     * Solves Grahame's equation for ψ0 numerically (Brent's method on the bracket of the class
     * comment), whatever the valences.
     *
     * @param electrolyte the bulk electrolyte, electroneutral
     * @param sigma surface charge density, C/m²
     * @return ψ0 and the number of evaluations
     * @throws NoConvergenceException if the solver fails (not expected for valid input)
     */
    public static Root solve(ConstantSet k, double epsilonR, double temperature, Electrolyte electrolyte,
            double sigma) {
        electrolyte.requireElectroneutral();
        Require.finite(sigma, "core.what.sigma");
        double twoEpsRt = twoEpsilonRt(k, epsilonR, temperature);
        double vt = k.thermalVoltage(temperature);
        if (sigma == 0) {
            return new Root(0, 0);
        }
        double s = Math.signum(sigma);
        double target = Require.finiteResult(sigma * sigma / twoEpsRt, "σ²/(2ε_rε0RT)");
        double counter = 0;
        double co = 0;
        for (Electrolyte.Species sp : electrolyte.species()) {
            if (sp.z() * s < 0) {
                counter += sp.concentration();
            } else {
                co += sp.concentration();
            }
        }
        if (!(counter > 0)) {
            throw new DomainException(Msg.text(s > 0 ? "core.grahame.noAnions" : "core.grahame.noCations"));
        }
        double hi = Math.log1p((target + co) / counter);
        for (int i = 0; i < 64 && reduced(electrolyte, s * hi) < target; i++) {
            hi = hi * 2 + Double.MIN_NORMAL; // guards only against rounding at the bound
        }
        Require.finiteResult(reduced(electrolyte, s * hi), "core.what.grahameBracketEnd");
        BrentSolver solver = new BrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, 0);
        double v;
        try {
            v = solver.solve(MAX_EVALUATIONS, x -> reduced(electrolyte, s * x) - target, 0, hi);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            throw new NoConvergenceException(Msg.text("core.grahame.noConvergence", hi, sigma, e.getMessage()), e);
        }
        return new Root(Require.finiteResult(s * v * vt, "core.what.surfacePotential"), solver.getEvaluations());
    }

    /**
     * The right side of Grahame's equation without its prefactor, f(u) = Σ cᵢ(e^(−zᵢu) − 1), in
     * mol/m³, for u = Fψ/RT. Written as Σ cᵢ·φ(zᵢu) − u·Σ zᵢcᵢ with φ(x) = e^(−x) − 1 + x ≥ 0, so
     * that the terms linear in u, which cancel in a neutral bulk, cost no precision near u = 0.
     */
    static double reduced(Electrolyte electrolyte, double u) {
        double sum = 0;
        for (Electrolyte.Species sp : electrolyte.species()) {
            sum += sp.concentration() * phi(sp.z() * u);
        }
        return sum - u * electrolyte.netCharge();
    }

    /** φ(x) = e^(−x) − 1 + x, accurate also for small |x| (Taylor series there). */
    static double phi(double x) {
        if (Math.abs(x) < 0.05) {
            // x²/2 − x³/6 + x⁴/24 − … + x⁸/8! − x⁹/9!; the next term is below 1e-17 of the sum
            double t = 1.0 / 362880;
            t = 1.0 / 40320 - x * t;
            t = 1.0 / 5040 - x * t;
            t = 1.0 / 720 - x * t;
            t = 1.0 / 120 - x * t;
            t = 1.0 / 24 - x * t;
            t = 1.0 / 6 - x * t;
            t = 0.5 - x * t;
            return x * x * t;
        }
        return Math.expm1(-x) + x;
    }

    /** asinh(x) = sign(x)·ln(|x| + √(x² + 1)), accurate near 0 and without overflow for large |x|. */
    static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > 1e150) {
            r = Math.log(a) + Math.log(2);
        } else {
            r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        }
        return Math.copySign(r, x);
    }

    /** @return √(8cε_rε0RT) in C/m² */
    private static double chargeScale(ConstantSet k, double epsilonR, double temperature, int z, double c) {
        if (z < 1) {
            throw new DomainException(Msg.text("core.electrolyte.symmetricValence", z));
        }
        Require.positive(c, "core.what.saltConc");
        return Math.sqrt(4 * c * twoEpsilonRt(k, epsilonR, temperature));
    }

    /** @return 2ε_rε0RT in C²·m³/(m⁴·mol): σ² = that × f(u) */
    private static double twoEpsilonRt(ConstantSet k, double epsilonR, double temperature) {
        Require.positive(epsilonR, "core.what.epsilonR");
        return 2 * epsilonR * k.vacuumPermittivity() * k.gasConstant() * Require.positive(temperature, "core.what.temperatureK");
    }

    /** @return the concentration of the z:z salt equivalent to a neutral electrolyte of ions all of valence ±z */
    private static double saltConcentration(Electrolyte electrolyte, int z) {
        return (electrolyte.positiveCharge() + electrolyte.negativeCharge()) / (2.0 * z);
    }
}
