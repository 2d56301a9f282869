package org.echem.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The liquid junction potential (LJP) between a patch pipette's solution and the bath, by the
 * Henderson equation or by the stationary Nernst–Planck (Planck) equations, for any number of
 * ions of any valences.
 *
 * <p><b>Sign.</b> LJP = V_bath − V_pipette (Barry and Lynch, J. Membr. Biol. 121:101, 1991; as
 * JPCalc and LJPcalc report it), so the membrane potential of a cell recorded with an amplifier
 * zeroed in the bath is V_cell = V_measured − LJP ({@link Result#vmCorrected(double)}). A K-gluconate
 * pipette against ACSF gives about +16 mV: the cell is 16 mV more negative than it reads.
 *
 * <p><b>Model.</b> Ion i (valence zᵢ, diffusion coefficient Dᵢ, concentration cᵢ(x)) flows across a
 * junction of unit thickness, x = 0 the pipette solution and x = 1 the bath, with flux
 * Jᵢ = −Dᵢ·(cᵢ' + zᵢ·cᵢ·ψ'), ψ = Fφ/RT. Both methods impose zero current Σ zᵢJᵢ = 0; they differ in
 * the concentration profiles:
 *
 * <ul>
 *   <li><b>Henderson</b> (P. Henderson, Z. phys. Chem. 59:118, 1907; Barry and Lynch 1991) assumes each cᵢ varies
 *   linearly across the junction (the two solutions mix). Integrating ψ' gives, with
 *   Δcᵢ = cᵢ(bath) − cᵢ(pipette), A = Σ zᵢuᵢΔcᵢ, B = Σ zᵢ²uᵢΔcᵢ, S_p = Σ zᵢ²uᵢcᵢ(pipette),
 *   S_b = Σ zᵢ²uᵢcᵢ(bath):
 *   <pre>   LJP = (RT/F) · (A/B) · ln(S_p / S_b)     (→ −(RT/F)·A/S_p as B → 0)</pre></li>
 *   <li><b>Planck</b> (Planck 1890; the stationary Nernst–Planck problem that Marino et al.,
 *   arXiv:1403.3640 (2014), solve in JLJP/LJPcalc) requires each flux Jᵢ to be constant in x (a
 *   steady state) and the solution to be electroneutral everywhere, Σ zᵢcᵢ(x) = 0, with the two
 *   solutions as boundary values. Electroneutrality gives the field ψ' = −Σ zₖgₖ / Σ zₖ²cₖ with the
 *   reduced fluxes gᵢ = Jᵢ/Dᵢ, so that
 *   <pre>   cᵢ' = −gᵢ + zᵢ·cᵢ·(Σ zₖgₖ)/(Σ zₖ²cₖ),   ψ' = −(Σ zₖgₖ)/(Σ zₖ²cₖ),   Σ zᵢDᵢgᵢ = 0,</pre>
 *   a boundary-value problem with N − 1 free fluxes (zero current) and N − 1 independent end
 *   conditions cᵢ(1) = cᵢ(bath) (Σ zᵢcᵢ is conserved by the equations, so neutrality at x = 1 is
 *   automatic). {@link #planckGeneral} solves it by shooting from both ends: the ODE is integrated
 *   forward from the pipette and backward from the bath to the middle, x = ½, with Commons Math's
 *   adaptive Dormand–Prince 8(5,3) integrator (relative tolerance 1e-11), and the fluxes that make the
 *   two halves meet are found by a damped Newton iteration (finite-difference Jacobian,
 *   least-squares step by SVD with the zero-current direction removed, halving line search). Newton
 *   is started by continuation: the bath composition is moved from the pipette's (where g = 0 is the
 *   solution) to the real bath along (1 − t)·pipette + t·bath, neutral for every t, in steps that
 *   double after a success and halve after a failure, each started from the previous fluxes plus the
 *   change in the free-diffusion fluxes gᵢ = cᵢ(pipette) − cᵢ(bath) (usually one step: t = 0 → 1).
 *   A trial profile on which Σ zₖ²cₖ reaches 0 is rejected. Unlike JLJP/LJPcalc, which integrate
 *   in the concentration of one chosen ion and so need that ion's profile to be monotonic (hence
 *   their ion ordering), this integrates in x and needs no ordering; it converges when the two halves
 *   meet to 1e-10·max c in every concentration. LJP = (RT/F)·(ψ(1) − ψ(0)). (Shooting from one end
 *   only failed on junctions of five decades, where trial profiles from the dense side reach zero
 *   concentration before the dilute end; from both ends it converged on every one of 400 random
 *   solutions of up to 10 table ions at 1e-4–1e3 mM.)</li>
 *   <li><b>Planck, monovalent ions</b> ({@link #planckMonovalent}): Planck's closed form. With
 *   U = Σ_cations uᵢcᵢ, V = Σ_anions uᵢcᵢ and c = Σ_cations cᵢ on side 1 (pipette) and 2 (bath),
 *   L = ln(c₂/c₁) and ξ = e^(F·LJP/RT),
 *   <pre>   (ξU₂ − U₁) / (V₂ − ξV₁) = [(L − ln ξ)/(L + ln ξ)] · [(ξc₂ − c₁)/(c₂ − ξc₁)]</pre>
 *   (M. Planck, Ann. Phys. 40:561, 1890; MacInnes, <i>The Principles of Electrochemistry</i>, 1939). The
 *   right side is a positive smooth function G(ln ξ) = c₁E₁(ln ξ + L) / (c₂E₂(L − ln ξ)), with
 *   E₁(t) = (eᵗ − 1)/t and E₂(t) = (1 − e^(−t))/t, so the roots are those of
 *   H = (ξU₂ − U₁) − G·(V₂ − ξV₁), whose two terms have opposite signs at ξ = U₁/U₂ and at
 *   ξ = V₂/V₁ (and keep them beyond): H changes sign between them. That is the bracket for
 *   Brent's method (in ln ξ). With c₁ = c₂ it gives ξ = (U₁ + V₂)/(U₂ + V₁), the Goldman form.</li>
 * </ul>
 *
 * <p>Where theory says they coincide, the methods agree: for a single salt both give
 * LJP = (RT/F)·(D₋ − D₊)/(z₊D₊ − z₋D₋)·ln(c_bath/c_pipette) (for a 1:1 salt
 * ((u − v)/(u + v))·(RT/F)·ln(c_pipette/c_bath)).
 *
 * <p><b>Inputs.</b> Concentrations in mol/m³ (= mM), T in K, mobilities relative to K⁺ (D/D_K, see
 * {@link Mobility}); only mobility ratios matter. Mobilities are the 25 °C values at infinite
 * dilution, taken as independent of temperature and concentration (as JPCalc and LJPcalc do): the
 * temperature enters through RT/F only. Concentrations, not activities.
 *
 * <p><b>Electroneutrality.</b> Each side must satisfy |Σ zᵢcᵢ| ≤ 1e-6·Σ |zᵢ|cᵢ
 * ({@link #NEUTRALITY_TOLERANCE}): that is the rounding of concentrations written with 6
 * significant digits, while a real imbalance (a recipe's uncounted titrant, a forgotten counter-ion)
 * is at least 1e-4 of the total and would make the boundary values inconsistent with a neutral
 * junction; it is a {@link DomainException} unless {@link #balance} adjusts a named ion. The
 * remaining rounding-level imbalance is removed before solving by scaling that side's anions
 * (a change below 1e-6, worth less than 0.03 µV).
 */
public final class JunctionPotential {
    /** Largest accepted |Σ zc| / Σ |z|c on a side, see the class comment. */
    public static final double NEUTRALITY_TOLERANCE = 1e-6;

    private static final double RESIDUAL_TOLERANCE = 1e-10;
    private static final int MAX_NEWTON = 30;
    private static final int MAX_EVALUATIONS = 200;
    private static final double MIDDLE = 0.5;

    private JunctionPotential() {}

    /** The equation used. */
    public enum Method {
        PLANCK, HENDERSON;

        /** @return the name users select it by: {@code planck}, {@code henderson} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One ion across the junction.
     *
     * @param name the ion's name
     * @param z valence, ≠ 0
     * @param mobility mobility relative to K⁺ (D/D_K), &gt; 0
     * @param source where the mobility comes from
     * @param cPipette concentration in the pipette, mol/m³ (mM), ≥ 0
     * @param cBath concentration in the bath, mol/m³ (mM), ≥ 0
     */
    public record Species(String name, int z, double mobility, String source, double cPipette, double cBath) {
        public Species {
            Require.nonZero(z, "core.what.valenceOf", name);
            Require.positive(mobility, "core.what.mobilityOf", name);
            Require.nonNegative(cPipette, "core.what.pipetteConcOf", name);
            Require.nonNegative(cBath, "core.what.bathConcOf", name);
            if (source == null || source.isBlank()) {
                throw new DomainException(Msg.text("core.ljp.noSource", name));
            }
        }

        /**
         * An ion of the {@link Mobility} table.
         *
         * @throws DomainException when the table does not know it
         */
        public static Species of(String name, double cPipette, double cBath) {
            Mobility.Entry e = Mobility.require(name);
            return new Species(e.name(), e.z(), e.relative(), e.source(), cPipette, cBath);
        }

        /** An ion whose mobility the caller gives, relative to K⁺ (D/D_K). */
        public static Species withMobility(String name, int z, double relative, double cPipette, double cBath) {
            return new Species(name, z, relative, Msg.text("core.ljp.givenRelative", Msg.num(relative)), cPipette,
                    cBath);
        }

        /** An ion whose limiting equivalent conductivity λ⁰ (S·cm²/mol) the caller gives. */
        public static Species withConductivity(String name, int z, double lambda, double cPipette, double cBath) {
            return new Species(name, z, Mobility.relativeFromConductivity(lambda, z),
                    Msg.text("core.ljp.givenLambda", Msg.num(lambda)), cPipette, cBath);
        }

        /** @return the limiting equivalent conductivity λ⁰ = u·|z|·73.5, S·cm²/mol */
        public double lambda() {
            return mobility * Math.abs(z) * Mobility.K_CONDUCTIVITY;
        }

        /** @return this ion with other concentrations (mol/m³) */
        public Species withConcentrations(double pipette, double bath) {
            return new Species(name, z, mobility, source, pipette, bath);
        }

        /** @return this ion with the two sides exchanged */
        public Species swapped() {
            return withConcentrations(cBath, cPipette);
        }
    }

    /**
     * The charge balance of both sides.
     *
     * @param pipette Σ zᵢcᵢ in the pipette, mol/m³ (mM of charge)
     * @param bath Σ zᵢcᵢ in the bath, mol/m³
     * @param pipetteTotal Σ |zᵢ|cᵢ in the pipette, mol/m³
     * @param bathTotal Σ |zᵢ|cᵢ in the bath, mol/m³
     */
    public record Imbalance(double pipette, double bath, double pipetteTotal, double bathTotal) {
        /** @return whether the pipette is neutral within {@link #NEUTRALITY_TOLERANCE} */
        public boolean pipetteNeutral() {
            return Math.abs(pipette) <= NEUTRALITY_TOLERANCE * pipetteTotal;
        }

        /** @return whether the bath is neutral within {@link #NEUTRALITY_TOLERANCE} */
        public boolean bathNeutral() {
            return Math.abs(bath) <= NEUTRALITY_TOLERANCE * bathTotal;
        }
    }

    /**
     * What {@link #balance} changed.
     *
     * @param ion the adjusted ion
     * @param pipetteAdjust the change of its pipette concentration, mol/m³ (0: that side was neutral)
     * @param bathAdjust the change of its bath concentration, mol/m³
     */
    public record Balance(String ion, double pipetteAdjust, double bathAdjust) {}

    /**
     * Ions made electroneutral.
     *
     * @param ions the ions, the balancing one with its new concentrations
     * @param balance what changed
     */
    public record Balanced(List<Species> ions, Balance balance) {
        public Balanced {
            ions = List.copyOf(ions);
        }
    }

    /**
     * A liquid junction potential and everything it was computed from.
     *
     * @param ljp LJP = V_bath − V_pipette, V
     * @param method the equation used
     * @param temperature T, K
     * @param constants the name of the constants set
     * @param ions the ions, with the concentrations used (after balancing)
     * @param balance the balancing adjustment, if one was asked for
     * @param evaluations for Planck, the ODE integrations (general) or function evaluations (closed
     *     form) the solver used; 0 for Henderson
     */
    public record Result(double ljp, Method method, double temperature, String constants, List<Species> ions,
            Optional<Balance> balance, int evaluations) {
        public Result {
            Require.finiteResult(ljp, "core.what.liquidJunctionPotential");
            ions = List.copyOf(ions);
        }

        /**
         * The membrane potential corrected for the junction potential: V_cell = V_measured − LJP.
         *
         * @param vMeasured the potential read with the amplifier zeroed in the bath, V
         * @return V_cell in V
         */
        public double vmCorrected(double vMeasured) {
            return Require.finite(vMeasured, "core.what.measuredPotential") - ljp;
        }

        Result withBalance(Balance b) {
            return new Result(ljp, method, temperature, constants, ions, Optional.of(b), evaluations);
        }
    }

    // ---------------------------------------------------------------- electroneutrality

    /** @return Σ zc and Σ |z|c of each side */
    public static Imbalance imbalance(List<Species> ions) {
        double p = 0;
        double b = 0;
        double pt = 0;
        double bt = 0;
        for (Species s : ions) {
            p += s.z() * s.cPipette();
            b += s.z() * s.cBath();
            pt += Math.abs(s.z()) * s.cPipette();
            bt += Math.abs(s.z()) * s.cBath();
        }
        return new Imbalance(p, b, pt, bt);
    }

    /**
     * Checks that each side has ions and is electroneutral.
     *
     * @throws DomainException naming the side and its imbalance (Σ zc in mM) otherwise
     */
    public static void requireNeutral(List<Species> ions) {
        Imbalance q = imbalance(ions);
        if (!(q.pipetteTotal() > 0)) {
            throw new DomainException(Msg.text("core.ljp.pipetteEmpty"));
        }
        if (!(q.bathTotal() > 0)) {
            throw new DomainException(Msg.text("core.ljp.bathEmpty"));
        }
        if (!q.pipetteNeutral() && !q.bathNeutral()) {
            throw new DomainException(Msg.text("core.ljp.bothNotNeutral", Msg.num(q.pipette()), Msg.num(q.bath())));
        }
        if (!q.pipetteNeutral()) {
            throw new DomainException(Msg.text("core.ljp.pipetteNotNeutral", Msg.num(q.pipette())));
        }
        if (!q.bathNeutral()) {
            throw new DomainException(Msg.text("core.ljp.bathNotNeutral", Msg.num(q.bath())));
        }
    }

    /**
     * Makes each side electroneutral by changing the concentration of one ion on every side that is
     * not neutral (within {@link #NEUTRALITY_TOLERANCE}): c ← c − Σzc / z_ion.
     *
     * @param ions the ions
     * @param ion the name of the ion to adjust (case-insensitive; table aliases accepted)
     * @return the adjusted ions and the adjustments
     * @throws DomainException when the ion is not among them, or would need a negative concentration
     */
    public static Balanced balance(List<Species> ions, String ion) {
        int idx = indexOf(ions, ion);
        if (idx < 0) {
            throw new DomainException(Msg.text("core.ljp.balanceUnknown", ion));
        }
        Imbalance q = imbalance(ions);
        Species s = ions.get(idx);
        double dp = q.pipetteNeutral() ? 0 : -q.pipette() / s.z();
        double db = q.bathNeutral() ? 0 : -q.bath() / s.z();
        double np = s.cPipette() + dp;
        double nb = s.cBath() + db;
        checkBalanced(s, np, q.pipette(), "core.ljp.balanceNegativePipette");
        checkBalanced(s, nb, q.bath(), "core.ljp.balanceNegativeBath");
        List<Species> out = new ArrayList<>(ions);
        out.set(idx, s.withConcentrations(Math.max(0, np), Math.max(0, nb)));
        return new Balanced(out, new Balance(s.name(), dp, db));
    }

    /** @param message the key of the message naming the side */
    private static void checkBalanced(Species s, double c, double q, String message) {
        if (c >= -NEUTRALITY_TOLERANCE * Math.abs(q)) {
            return;
        }
        throw new DomainException(Msg.text(message, Msg.num(q), s.name(), Msg.num(c)));
    }

    private static int indexOf(List<Species> ions, String name) {
        String want = Mobility.lookup(name).map(Mobility.Entry::name).orElse(name.strip());
        for (int i = 0; i < ions.size(); i++) {
            if (ions.get(i).name().equalsIgnoreCase(want) || ions.get(i).name().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- entry point

    /**
     * Balances (when {@code balanceIon} is given), checks electroneutrality, and computes the LJP.
     *
     * @param k the constants set
     * @param ions the ions
     * @param temperature T in K
     * @param method the equation
     * @param balanceIon the ion to adjust for electroneutrality, or empty
     * @return the result, with the adjustment
     */
    public static Result compute(ConstantSet k, List<Species> ions, double temperature, Method method,
            Optional<String> balanceIon) {
        List<Species> use = ions;
        Balance b = null;
        if (balanceIon.isPresent()) {
            Balanced bal = balance(ions, balanceIon.get());
            use = bal.ions();
            b = bal.balance();
        }
        Result r = method == Method.HENDERSON ? henderson(k, use, temperature) : planck(k, use, temperature);
        return b == null ? r : r.withBalance(b);
    }

    // ---------------------------------------------------------------- Henderson

    /**
     * The Henderson equation (see the class comment).
     *
     * @param k the constants set
     * @param ions the ions; each side electroneutral
     * @param temperature T in K
     * @return LJP = V_bath − V_pipette
     */
    public static Result henderson(ConstantSet k, List<Species> ions, double temperature) {
        double vt = k.thermalVoltage(temperature);
        requireNeutral(ions);
        double a = 0;
        double bb = 0;
        double sp = 0;
        for (Species s : ions) {
            double dc = s.cBath() - s.cPipette();
            a += s.z() * s.mobility() * dc;
            bb += s.z() * s.z() * s.mobility() * dc;
            sp += s.z() * s.z() * s.mobility() * s.cPipette();
        }
        // (A/B)·ln(S_p/S_b) = −(A/S_p)·ln(1 + q)/q with q = B/S_p, stable as B → 0
        double q = bb / sp;
        double f = q == 0 ? 1 : Math.log1p(q) / q;
        double psi = -a / sp * f;
        return new Result(vt * psi, Method.HENDERSON, temperature, k.name(), ions, Optional.empty(), 0);
    }

    // ---------------------------------------------------------------- Planck

    /**
     * The stationary Nernst–Planck (Planck) LJP: the closed form when every ion is monovalent, the
     * general solver otherwise.
     *
     * @param k the constants set
     * @param ions the ions; each side electroneutral
     * @param temperature T in K
     * @return LJP = V_bath − V_pipette
     * @throws NoConvergenceException if the solver fails
     */
    public static Result planck(ConstantSet k, List<Species> ions, double temperature) {
        for (Species s : ions) {
            if (Math.abs(s.z()) != 1 && (s.cPipette() > 0 || s.cBath() > 0)) {
                return planckGeneral(k, ions, temperature);
            }
        }
        return planckMonovalent(k, ions, temperature);
    }

    /**
     * The sums of Planck's closed form over monovalent ions (1 = pipette, 2 = bath), mM: U = Σ u·c of
     * the cations, V = Σ u·c of the anions (u the mobility relative to K⁺), c = Σ c of the cations.
     */
    public record PlanckSums(double u1, double u2, double v1, double v2, double c1, double c2) {
        /** @return the sums over {@code ions} (their valences taken as ±1) */
        public static PlanckSums of(List<Species> ions) {
            double u1 = 0;
            double u2 = 0;
            double v1 = 0;
            double v2 = 0;
            double c1 = 0;
            double c2 = 0;
            for (Species s : ions) {
                if (s.z() > 0) {
                    u1 += s.mobility() * s.cPipette();
                    u2 += s.mobility() * s.cBath();
                    c1 += s.cPipette();
                    c2 += s.cBath();
                } else {
                    v1 += s.mobility() * s.cPipette();
                    v2 += s.mobility() * s.cBath();
                }
            }
            return new PlanckSums(u1, u2, v1, v2, c1, c2);
        }
    }

    /**
     * Planck's closed form for monovalent ions, solved by Brent's method on the bracket of the
     * class comment.
     *
     * @throws DomainException when an ion present has |z| ≠ 1, or a side is not neutral
     */
    public static Result planckMonovalent(ConstantSet k, List<Species> ions, double temperature) {
        double vt = k.thermalVoltage(temperature);
        requireNeutral(ions);
        for (Species s : ions) {
            if ((s.cPipette() != 0 || s.cBath() != 0) && Math.abs(s.z()) != 1) {
                throw new DomainException(Msg.text("core.ljp.closedNeedsMonovalent", s.name(), Ion.signed(s.z())));
            }
        }
        PlanckSums sums = PlanckSums.of(ions);
        double u1 = sums.u1();
        double u2 = sums.u2();
        double v1 = sums.v1();
        double v2 = sums.v2();
        double c1 = sums.c1();
        double c2 = sums.c2();
        double el = Nernst.logRatio(c2, c1);
        double scale = 1 / (u1 + u2 + v1 + v2);
        double uu1 = u1 * scale;
        double uu2 = u2 * scale;
        double vv1 = v1 * scale;
        double vv2 = v2 * scale;
        double r = c1 / c2;
        UnivariateFunction h = y -> {
            double xi = Math.exp(y);
            double g = r * e1(y + el) / (e2(el - y));
            return (xi * uu2 - uu1) - g * (vv2 - xi * vv1);
        };
        double ya = Nernst.logRatio(u1, u2);
        double yb = Nernst.logRatio(v2, v1);
        if (ya == yb) {
            return new Result(vt * ya, Method.PLANCK, temperature, k.name(), ions, Optional.empty(), 0);
        }
        double lo = Math.min(ya, yb);
        double hi = Math.max(ya, yb);
        lo -= 1e-12 * (1 + Math.abs(lo));
        hi += 1e-12 * (1 + Math.abs(hi));
        double hLo = h.value(lo);
        double hHi = h.value(hi);
        if (hLo == 0) {
            return new Result(vt * lo, Method.PLANCK, temperature, k.name(), ions, Optional.empty(), 1);
        }
        if (hHi == 0) {
            return new Result(vt * hi, Method.PLANCK, temperature, k.name(), ions, Optional.empty(), 2);
        }
        if (!(Math.signum(hLo) != Math.signum(hHi))) {
            throw new NoConvergenceException(Msg.text("core.ljp.noSignChange", lo, hi, hLo, hHi), null);
        }
        BrentSolver solver = new BrentSolver(1e-14, 1e-15, 0);
        try {
            double y = solver.solve(MAX_EVALUATIONS, h, lo, hi);
            return new Result(vt * y, Method.PLANCK, temperature, k.name(), ions, Optional.empty(),
                    solver.getEvaluations());
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new NoConvergenceException(Msg.text("core.ljp.noConvergence", e.getMessage()), e);
        }
    }

    /** @return (eᵗ − 1)/t, 1 at t = 0 */
    private static double e1(double t) {
        return t == 0 ? 1 : Math.expm1(t) / t;
    }

    /** @return (1 − e^(−t))/t, 1 at t = 0 */
    private static double e2(double t) {
        return t == 0 ? 1 : -Math.expm1(-t) / t;
    }

    /**
     * The stationary Nernst–Planck LJP for any valences, by shooting with Newton's method (see the
     * class comment).
     *
     * @throws NoConvergenceException when Newton's method does not reach the bath composition
     */
    public static Result planckGeneral(ConstantSet k, List<Species> ions, double temperature) {
        double vt = k.thermalVoltage(temperature);
        requireNeutral(ions);
        Shooter sh = new Shooter(ions);
        double psi = sh.solve();
        return new Result(vt * psi, Method.PLANCK, temperature, k.name(), ions, Optional.empty(), sh.integrations);
    }

    /** The boundary-value problem of the class comment, in concentrations scaled by the largest one. */
    private static final class Shooter {
        private final int n;
        private final double[] z;
        private final double[] d;
        private final double[] a;
        private final double[] b;
        private final double zzd;
        private final List<String> names = new ArrayList<>();
        int integrations;

        Shooter(List<Species> ions) {
            List<Species> present = new ArrayList<>();
            double cmax = 0;
            for (Species s : ions) {
                if (s.cPipette() > 0 || s.cBath() > 0) {
                    present.add(s);
                    cmax = Math.max(cmax, Math.max(s.cPipette(), s.cBath()));
                }
            }
            n = present.size();
            z = new double[n];
            d = new double[n];
            a = new double[n];
            b = new double[n];
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                Species s = present.get(i);
                names.add(s.name());
                z[i] = s.z();
                d[i] = s.mobility();
                a[i] = s.cPipette() / cmax;
                b[i] = s.cBath() / cmax;
                s2 += z[i] * z[i] * d[i];
            }
            zzd = s2;
            neutralize(a);
            neutralize(b);
        }

        /** Scales the anions so that Σ zc = 0 exactly (the imbalance is within the tolerance). */
        private void neutralize(double[] c) {
            double pos = 0;
            double neg = 0;
            for (int i = 0; i < n; i++) {
                if (z[i] > 0) {
                    pos += z[i] * c[i];
                } else {
                    neg -= z[i] * c[i];
                }
            }
            double f = pos / neg;
            for (int i = 0; i < n; i++) {
                if (z[i] < 0) {
                    c[i] *= f;
                }
            }
        }

        /** @return the reduced fluxes g(p) = p − z·(Σ zDp)/(Σ z²D), which carry no current */
        private double[] fluxes(double[] p) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += z[i] * d[i] * p[i];
            }
            double f = s / zzd;
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = p[i] - z[i] * f;
            }
            return g;
        }

        /** Thrown inside the ODE when a trial profile leaves the physical domain. */
        private static final class Unphysical extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Unphysical() {
                super(null, null, false, false);
            }
        }

        /**
         * Integrates the profile for parameters p forward from the pipette (x = 0) and backward from
         * {@code target} (x = 1) to the middle, x = ½.
         *
         * @return (c_forward(½) − c_backward(½), ψ(1) − ψ(0)), or null when a trial profile fails
         */
        private double[] shoot(double[] p, double[] target) {
            integrations++;
            double[] g = fluxes(p);
            double zg = 0;
            for (int i = 0; i < n; i++) {
                zg += z[i] * g[i];
            }
            final double sumZg = zg;
            FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
                @Override
                public int getDimension() {
                    return n + 1;
                }

                @Override
                public void computeDerivatives(double x, double[] y, double[] yDot) {
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += z[i] * z[i] * y[i];
                    }
                    if (!(s > 0) || s == Double.POSITIVE_INFINITY) {
                        throw new Unphysical();
                    }
                    double e = sumZg / s;
                    for (int i = 0; i < n; i++) {
                        yDot[i] = -g[i] + z[i] * y[i] * e;
                    }
                    yDot[n] = -e;
                }
            };
            double[] yf = new double[n + 1];
            System.arraycopy(a, 0, yf, 0, n);
            double[] yb = new double[n + 1];
            System.arraycopy(target, 0, yb, 0, n);
            DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-14, 1, 1e-13, 1e-11);
            integrator.setMaxEvaluations(400_000);
            try {
                integrator.integrate(ode, 0, yf, MIDDLE, yf);
                integrator.integrate(ode, 1, yb, MIDDLE, yb);
            } catch (Unphysical | MathIllegalArgumentException | MathIllegalStateException e) {
                return null;
            }
            double[] out = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                out[i] = yf[i] - yb[i];
                if (!Double.isFinite(out[i])) {
                    return null;
                }
            }
            return out;
        }

        /**
         * Continuation from the trivial junction (bath = pipette, no flux) to the real bath:
         * target(t) = (1 − t)·pipette + t·bath, both ends neutral for every t; each step starts Newton
         * from the previous fluxes plus the change in free-diffusion flux, and a step that fails is
         * halved.
         *
         * @return ψ(1) − ψ(0) in units of RT/F
         */
        double solve() {
            double[] p = new double[n];
            double[] end = null;
            double t = 0;
            double dt = 1;
            double[] prevTarget = a.clone();
            while (t < 1) {
                double tt = Math.min(1, t + dt);
                double[] target = new double[n];
                double[] guess = new double[n];
                for (int i = 0; i < n; i++) {
                    target[i] = tt == 1 ? b[i] : (1 - tt) * a[i] + tt * b[i];
                    guess[i] = p[i] + prevTarget[i] - target[i];
                }
                double[][] out = newton(guess, target);
                if (out != null) {
                    p = out[0];
                    end = out[1];
                    t = tt;
                    prevTarget = target;
                    dt = Math.min(1, 2 * dt);
                } else {
                    dt /= 2;
                    if (dt < 1e-6) {
                        throw new NoConvergenceException(Msg.text("core.ljp.stalled", names,
                                String.format(Locale.ROOT, "%.3g", t), integrations), null);
                    }
                }
            }
            if (end == null) {
                throw new NoConvergenceException(Msg.text("core.ljp.noStep", names), null);
            }
            return end[n];
        }

        /** @return {p, end state} when Newton's method reaches {@code target}, else null */
        private double[][] newton(double[] p0, double[] target) {
            double[] p = p0;
            double[] end = shoot(p, target);
            if (end == null) {
                return null;
            }
            double[] r = java.util.Arrays.copyOf(end, n);
            double norm = norm2(r);
            for (int iter = 0; iter < MAX_NEWTON; iter++) {
                if (normMax(r) <= RESIDUAL_TOLERANCE) {
                    return new double[][] {p, end};
                }
                double[][] jac = new double[n + 1][n];
                for (int j = 0; j < n; j++) {
                    double hj = 1e-7 * Math.max(1, Math.abs(p[j]));
                    double[] pj = p.clone();
                    pj[j] += hj;
                    double[] ej = shoot(pj, target);
                    if (ej == null) {
                        hj = -hj;
                        pj[j] = p[j] + hj;
                        ej = shoot(pj, target);
                    }
                    if (ej == null) {
                        return null;
                    }
                    for (int i = 0; i < n; i++) {
                        jac[i][j] = (ej[i] - end[i]) / hj;
                    }
                    // a step along z changes no flux (see fluxes): this row removes that direction
                    jac[n][j] = z[j] * d[j] / Math.sqrt(zzd);
                }
                double[] rhs = new double[n + 1];
                for (int i = 0; i < n; i++) {
                    rhs[i] = -r[i];
                }
                RealVector step;
                try {
                    step = new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false)).getSolver()
                            .solve(new ArrayRealVector(rhs, false));
                } catch (MathIllegalArgumentException | MathIllegalStateException e) {
                    return null;
                }
                double lambda = 1;
                boolean accepted = false;
                while (lambda > 1e-6) {
                    double[] pt = new double[n];
                    for (int i = 0; i < n; i++) {
                        pt[i] = p[i] + lambda * step.getEntry(i);
                    }
                    double[] et = shoot(pt, target);
                    if (et != null) {
                        double[] rt = java.util.Arrays.copyOf(et, n);
                        double nt = norm2(rt);
                        if (nt < (1 - 1e-4 * lambda) * norm || normMax(rt) <= RESIDUAL_TOLERANCE) {
                            p = pt;
                            end = et;
                            r = rt;
                            norm = nt;
                            accepted = true;
                            break;
                        }
                    }
                    lambda /= 2;
                }
                if (!accepted) {
                    return null;
                }
            }
            return normMax(r) <= RESIDUAL_TOLERANCE ? new double[][] {p, end} : null;
        }

        private static double norm2(double[] r) {
            double s = 0;
            for (double v : r) {
                s += v * v;
            }
            return Math.sqrt(s);
        }

        private static double normMax(double[] r) {
            double m = 0;
            for (double v : r) {
                m = Math.max(m, Math.abs(v));
            }
            return m;
        }
    }
}
