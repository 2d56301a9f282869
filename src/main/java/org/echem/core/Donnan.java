package org.echem.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * The Gibbs–Donnan equilibrium between a compartment "in" that holds charge which cannot cross
 * the membrane and a compartment "out", with any number of permeant ions of any valences.
 *
 * <p>At equilibrium every permeant ion is at its Nernst equilibrium with one potential
 * V_donnan = V_in − V_out, so with the Donnan ratio r = e^(−F·V_donnan/RT)
 *
 * <pre>
 *   c_in,j = c_out,j · r^(z_j)        for every permeant ion j (r = c_in/c_out of a monovalent cation)
 *   Σ z_j·c_in,j + ρ = 0               electroneutrality inside; ρ = Σ z_X·c_X, the impermeant charge
 *   Σ z_j·c_out,j = 0                  electroneutrality outside
 * </pre>
 *
 * <p>Two settings (F. G. Donnan, Z. Elektrochem. 17:572 (1911); e.g. B. Hille, <i>Ion Channels of
 * Excitable Membranes</i>, 3rd ed., ch. 14; for cartilage, A. Maroudas, Biorheology 12:233 (1975)):
 *
 * <ul>
 *   <li><b>Closed</b> ({@link #closed}): two finite compartments of volumes V_in and V_out. The
 *   inside holds impermeant species X (each molecule an osmotic particle) at c_X; each permeant
 *   ion keeps its amount n_j = c⁰_in,j·V_in + c⁰_out,j·V_out, so c_in,j = n_j / (V_in + V_out·r^(−z_j))
 *   and c_out,j = n_j / (V_in·r^(z_j) + V_out). Volumes stay fixed (the osmotic pressure difference
 *   that would move water is reported, not acted on).</li>
 *   <li><b>Open</b> ({@link #open}): a fixed charge density ρ bound to a matrix inside (cytoplasmic
 *   proteins, cartilage proteoglycans; not an osmotic particle) against a bath so large that its
 *   composition c_j does not change: c_in,j = c_j·r^(z_j). This is the closed case with V_out → ∞.</li>
 * </ul>
 *
 * <p><b>Root finding.</b> The inside's net charge as a function of u = ln r,
 * g(u) = Σ z_j·c_in,j(u) + ρ, is strictly increasing (each cation's c_in rises with u and each
 * anion's falls), so there is at most one root. It is found with Brent's method (Commons Math
 * {@link BrentSolver}) on a bracket proven to hold it. With P = Σ_{z&gt;0} z·n and N = Σ_{z&lt;0} |z|·n
 * (amounts in the closed case, bath concentrations in the open one) and Q the impermeant charge
 * (ρ·V_in closed, ρ open), using |z| ≥ 1, e^(|z|u) ≥ e^u for u ≥ 0 and 1/(1+x) ≥ 1 − x:
 *
 * <ul>
 *   <li>closed: g ≥ (P + Q) − (P·V_out/V_in + N·V_in/V_out)·e^(−u) for u ≥ 0, so g(u_hi) ≥ 0 at
 *   u_hi = ln max(1, (P·V_out/V_in + N·V_in/V_out)/(P + Q)); symmetrically g(u_lo) ≤ 0 at
 *   u_lo = −ln max(1, (N·V_out/V_in + P·V_in/V_out)/(N − Q)).</li>
 *   <li>open: g ≥ P·e^u − N + ρ for u ≥ 0 and g ≤ P + ρ − N·e^(−u) for u ≤ 0, so
 *   u_hi = ln max(1, (N − ρ)/P) and u_lo = −ln max(1, (P + ρ)/N).</li>
 * </ul>
 *
 * <p>A root exists exactly when P + Q &gt; 0 and N − Q &gt; 0 (closed) or P &gt; 0 and N &gt; 0 (open):
 * some permeant ion must be able to balance the fixed charge while the other side stays
 * neutral. Otherwise the input is rejected with a {@link DomainException}; a
 * {@link NoConvergenceException} would mark a bug. With no impermeant charge the answer r = 1,
 * V = 0 is exact and no solver runs. Closed forms for a 1:1 salt (r from a quadratic) serve as
 * the tests' oracles.
 *
 * <p><b>Osmolarity</b> (ideal, van 't Hoff): osm = Σ c of every particle (permeant ions, and in
 * the closed case the impermeant molecules; a matrix's fixed charge is no particle);
 * Δπ = (osm_in − osm_out)·R·T, positive when water would move in.
 *
 * <p>Units: concentrations and charge densities in mol/m³ (= mM; charge densities in moles of
 * elementary charge per m³, signed), volumes in any one unit (only V_in/V_out matters), T in K,
 * potentials in V, osmolarities in mol/m³ (= mOsm/L), osmotic pressure in Pa.
 */
public final class Donnan {
    private static final int MAX_EVALUATIONS = 200;
    /** Rounds of the activity iteration, at most (a few suffice: γ moves little with I). */
    private static final int MAX_PASSES = 200;
    /** The activity iteration stops when no ln(γ_out/γ_in) moves by more than this between rounds. */
    private static final double PASS_TOLERANCE = 1e-13;

    /**
     * Activity coefficients for an equilibrium in activities ({@code --activity}, SPEC §9): then
     * a_in,j = a_out,j · r^(z_j) with a = γ·c, so c_in,j = c_out,j · r^(z_j) · γ_out,j/γ_in,j, and each
     * side's γ depends on its own ionic strength, which depends on the concentrations the
     * equilibrium gives. The equilibrium is solved again with the γ of the last round until the
     * γ stop moving ({@link #PASS_TOLERANCE}); electroneutrality stays in concentrations.
     */
    @FunctionalInterface
    public interface Coefficients {
        /**
         * @param name the permeant ion's name
         * @param z its valence
         * @param inside whether this is the inside's γ
         * @param ionicStrength that side's ionic strength, mol/m³ (mM): ½·Σ z²·c of its mobile ions,
         *     with the impermeant species inside in the closed case (a matrix's fixed charge is not)
         * @return log10 γ
         */
        double log10Gamma(String name, int z, boolean inside, double ionicStrength);
    }
    private static final double WIDEN = 1e-9;

    private Donnan() {}

    /** Which setting an equilibrium was computed for. */
    public enum Mode {
        /** Two finite compartments, an impermeant species inside. */
        CLOSED,
        /** A fixed charge density inside against a bath of fixed composition. */
        OPEN
    }

    /**
     * A permeant ion before equilibrium (closed setting).
     *
     * @param name the ion's name, for messages
     * @param z valence, ≠ 0
     * @param cIn initial inside concentration, mol/m³ (mM), ≥ 0
     * @param cOut initial outside concentration, mol/m³ (mM), ≥ 0
     */
    public record Permeant(String name, int z, double cIn, double cOut) {
        public Permeant {
            Require.nonZero(z, "core.what.valenceOf", name);
            Require.nonNegative(cIn, "core.what.insideConcOf", name);
            Require.nonNegative(cOut, "core.what.outsideConcOf", name);
        }
    }

    /**
     * An impermeant species inside (closed setting): one osmotic particle per molecule.
     *
     * @param name its name, for messages
     * @param z its charge per molecule (0 for an uncharged osmolyte)
     * @param concentration inside concentration, mol/m³ (mM), ≥ 0
     */
    public record Impermeant(String name, int z, double concentration) {
        public Impermeant {
            Require.nonNegative(concentration, "core.what.impermeantConcOf", name);
        }
    }

    /**
     * A permeant ion at equilibrium.
     *
     * @param name the ion's name
     * @param z valence
     * @param cIn inside concentration, mol/m³ (mM)
     * @param cOut outside concentration, mol/m³ (mM)
     */
    public record IonState(String name, int z, double cIn, double cOut) {}

    /**
     * How r was found.
     *
     * @param lnR ln r = −F·V_donnan/RT, dimensionless
     * @param evaluations how many times the inside charge was evaluated (0: r = 1 exactly, no solver)
     * @param lo lower end of the proven bracket, in ln r
     * @param hi upper end of the proven bracket, in ln r
     */
    public record Root(double lnR, int evaluations, double lo, double hi) {}

    /**
     * The equilibrium, with what is needed to explain it.
     *
     * @param mode closed or open
     * @param ions each permeant ion at equilibrium, in the order given
     * @param fixedCharge ρ, the impermeant charge inside: Σ z_X·c_X (closed) or the fixed charge
     *     density (open), mol/m³ of elementary charge, signed
     * @param impermeantOsmolarity Σ c_X of the impermeant molecules inside (closed), 0 (open), mol/m³
     * @param volumeRatio V_in/V_out (closed); 0 for the open setting's infinite bath
     * @param temperature T in K
     * @param r the Donnan ratio e^(−F·V/RT) (c_in/c_out of a monovalent cation)
     * @param potential V_donnan = V_in − V_out, V
     * @param osmolarityIn ideal osmolarity inside, mol/m³ (mOsm/L)
     * @param osmolarityOut ideal osmolarity outside, mol/m³ (mOsm/L)
     * @param osmoticPressure Δπ = π_in − π_out = (osm_in − osm_out)·RT, Pa (positive: water moves in)
     * @param root how r was found
     */
    public record Equilibrium(Mode mode, List<IonState> ions, double fixedCharge, double impermeantOsmolarity,
            double volumeRatio, double temperature, double r, double potential, double osmolarityIn,
            double osmolarityOut, double osmoticPressure, Root root) {
        public Equilibrium {
            ions = List.copyOf(ions);
        }

        /** @return Σ z·c_in + ρ, the net charge inside, mol/m³ (0 to rounding) */
        public double netChargeIn() {
            double s = fixedCharge;
            for (IonState i : ions) {
                s += i.z() * i.cIn();
            }
            return s;
        }

        /** @return Σ z·c_out, the net charge outside, mol/m³ (0 to rounding) */
        public double netChargeOut() {
            double s = 0;
            for (IonState i : ions) {
                s += i.z() * i.cOut();
            }
            return s;
        }
    }

    /**
     * The closed (two-compartment) Donnan equilibrium.
     *
     * @param k the constants set
     * @param ions the permeant ions with their initial concentrations; each side must start
     *     electroneutral (the inside counting the impermeant charge)
     * @param impermeants the impermeant species inside (may be empty: then r = 1)
     * @param volumeIn V_in, &gt; 0, any unit
     * @param volumeOut V_out, &gt; 0, the unit of V_in
     * @param temperature T in K
     * @throws DomainException for a side that is not electroneutral, or when no equilibrium exists
     *     (no permeant ion can balance the impermeant charge)
     */
    public static Equilibrium closed(ConstantSet k, List<Permeant> ions, List<Impermeant> impermeants,
            double volumeIn, double volumeOut, double temperature) {
        return closed(k, ions, impermeants, volumeIn, volumeOut, temperature, null);
    }

    /**
     * The closed Donnan equilibrium in activities ({@link Coefficients}; null: in concentrations).
     * The bracket of the ideal case, widened by max |ln(γ_out/γ_in)/z|, still holds the root: each
     * term of g is the ideal one shifted in u by that much at most.
     *
     * @throws NoConvergenceException when the γ do not settle
     */
    public static Equilibrium closed(ConstantSet k, List<Permeant> ions, List<Impermeant> impermeants,
            double volumeIn, double volumeOut, double temperature, Coefficients gammas) {
        double vt = k.thermalVoltage(temperature);
        Require.positive(volumeIn, "core.what.insideVolume");
        Require.positive(volumeOut, "core.what.outsideVolume");
        double rho = 0;
        double osmX = 0;
        double scaleX = 0;
        for (Impermeant x : impermeants) {
            rho += x.z() * x.concentration();
            scaleX += Math.abs(x.z()) * x.concentration();
            osmX += x.concentration();
        }
        double netIn = rho;
        double scaleIn = scaleX;
        double netOut = 0;
        double scaleOut = 0;
        for (Permeant p : ions) {
            netIn += p.z() * p.cIn();
            scaleIn += Math.abs(p.z()) * p.cIn();
            netOut += p.z() * p.cOut();
            scaleOut += Math.abs(p.z()) * p.cOut();
        }
        requireNeutral("core.donnan.notNeutralInside", netIn, scaleIn);
        requireNeutral("core.donnan.notNeutralOutside", netOut, scaleOut);

        // amounts per unit V_in: only V_out/V_in matters
        double w = volumeOut / volumeIn;
        int m = ions.size();
        int[] z = new int[m];
        double[] n = new double[m];
        double pos = 0;
        double neg = 0;
        for (int j = 0; j < m; j++) {
            Permeant p = ions.get(j);
            z[j] = p.z();
            n[j] = Require.finiteResult(p.cIn() + p.cOut() * w, "core.what.amountOf", p.name());
            if (z[j] > 0) {
                pos += z[j] * n[j];
            } else {
                neg -= z[j] * n[j];
            }
        }
        double q = rho; // impermeant charge per unit V_in
        if (q != 0) {
            if (!(pos + q > 0)) {
                throw new DomainException(Msg.text("core.donnan.noAnion", Msg.num(pos), Msg.num(q)));
            }
            if (!(neg - q > 0)) {
                throw new DomainException(Msg.text("core.donnan.noCation", Msg.num(neg), Msg.num(q)));
            }
        }
        double inv = 1 / w; // V_in/V_out
        double hi = q == 0 ? 0 : Math.log(Math.max(1, (pos * w + neg * inv) / (pos + q)));
        double lo = q == 0 ? 0 : -Math.log(Math.max(1, (neg * w + pos * inv) / (neg - q)));
        double strengthX = 0; // the impermeant species' share of the inside's ionic strength
        for (Impermeant x : impermeants) {
            strengthX += x.z() * (double) x.z() * x.concentration() / 2;
        }
        double[] d = new double[m]; // ln(γ_out/γ_in) of each permeant ion: 0 in concentrations
        double[] step = {1, 0}; // the activity iteration's damping and last move
        double[] cin = new double[m];
        double[] cout = new double[m];
        Root root;
        for (int pass = 1; ; pass++) {
            double[] dd = d.clone();
            if (q == 0 && spread(d, z) == 0) {
                root = new Root(0, 0, 0, 0); // exact: no impermeant charge, equal activity coefficients
            } else {
                UnivariateFunction g = u -> {
                    double s = q;
                    for (int j = 0; j < m; j++) {
                        if (n[j] > 0) {
                            s += z[j] * n[j] / (1 + w * Math.exp(-(z[j] * u + dd[j])));
                        }
                    }
                    return s;
                };
                double widen = spread(dd, z);
                root = solve(g, lo - widen, hi + widen, pos + neg, "closed");
            }
            double u = root.lnR();
            double strengthIn = strengthX;
            double strengthOut = 0;
            for (int j = 0; j < m; j++) {
                cin[j] = n[j] == 0 ? 0 : n[j] / (1 + w * Math.exp(-(z[j] * u + dd[j])));
                cout[j] = n[j] == 0 ? 0 : n[j] / (Math.exp(z[j] * u + dd[j]) + w);
                strengthIn += z[j] * (double) z[j] * cin[j] / 2;
                strengthOut += z[j] * (double) z[j] * cout[j] / 2;
            }
            if (gammas == null || !settle(gammas, ions, z, d, strengthIn, strengthOut, pass, step)) {
                break;
            }
        }
        List<IonState> states = new ArrayList<>(m);
        double osmIn = osmX;
        double osmOut = 0;
        for (int j = 0; j < m; j++) {
            states.add(new IonState(ions.get(j).name(), z[j], cin[j], cout[j]));
            osmIn += cin[j];
            osmOut += cout[j];
        }
        return result(k, Mode.CLOSED, states, rho, osmX, volumeIn / volumeOut, temperature, vt, root, osmIn,
                osmOut);
    }

    /**
     * The open Donnan equilibrium: a fixed charge density inside against a bath of fixed composition.
     *
     * @param k the constants set
     * @param bath the bath's ions, mol/m³; must be electroneutral
     * @param fixedCharge ρ, the fixed charge density inside, mol/m³ of elementary charge, signed
     *     (−50 for 50 mM of fixed negative charge); 0 gives r = 1
     * @param temperature T in K
     * @throws DomainException for a bath that is not electroneutral or lacks the counter-ions
     */
    public static Equilibrium open(ConstantSet k, List<Electrolyte.Species> bath, double fixedCharge,
            double temperature) {
        return open(k, bath, fixedCharge, temperature, null);
    }

    /**
     * The open Donnan equilibrium in activities ({@link Coefficients}; null: in concentrations): the
     * bath's γ at its own ionic strength, the inside's at that of its mobile ions (the matrix's fixed
     * charge is not a dissolved ion). The bracket is widened as in {@link #closed}.
     *
     * @throws NoConvergenceException when the γ do not settle
     */
    public static Equilibrium open(ConstantSet k, List<Electrolyte.Species> bath, double fixedCharge,
            double temperature, Coefficients gammas) {
        double vt = k.thermalVoltage(temperature);
        Require.finite(fixedCharge, "core.what.fixedChargeDensity");
        new Electrolyte(bath).requireElectroneutral();
        int m = bath.size();
        int[] z = new int[m];
        double[] c = new double[m];
        double pos = 0;
        double neg = 0;
        for (int j = 0; j < m; j++) {
            z[j] = bath.get(j).z();
            c[j] = bath.get(j).concentration();
            if (z[j] > 0) {
                pos += z[j] * c[j];
            } else {
                neg -= z[j] * c[j];
            }
        }
        double rho = fixedCharge;
        double hi = rho == 0 ? 0 : Math.log(Math.max(1, (neg - rho) / pos));
        double lo = rho == 0 ? 0 : -Math.log(Math.max(1, (pos + rho) / neg));
        double strengthOut = 0;
        List<Permeant> ions = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            strengthOut += z[j] * (double) z[j] * c[j] / 2;
            ions.add(new Permeant(bath.get(j).name(), z[j], c[j], c[j]));
        }
        double[] d = new double[m]; // ln(γ_out/γ_in) of each ion: 0 in concentrations
        double[] step = {1, 0}; // the activity iteration's damping and last move
        double[] cin = new double[m];
        Root root;
        for (int pass = 1; ; pass++) {
            double[] dd = d.clone();
            if (rho == 0 && spread(d, z) == 0) {
                root = new Root(0, 0, 0, 0);
            } else {
                UnivariateFunction g = u -> {
                    double s = rho;
                    for (int j = 0; j < m; j++) {
                        if (c[j] > 0) {
                            s += z[j] * c[j] * Math.exp(z[j] * u + dd[j]);
                        }
                    }
                    return s;
                };
                double widen = spread(dd, z);
                root = solve(g, lo - widen, hi + widen, pos + neg + Math.abs(rho), "open");
            }
            double u = root.lnR();
            double strengthIn = 0;
            for (int j = 0; j < m; j++) {
                cin[j] = c[j] == 0 ? 0 : Require.finiteResult(c[j] * Math.exp(z[j] * u + dd[j]),
                        "core.what.insideConcentrationOf", bath.get(j).name());
                strengthIn += z[j] * (double) z[j] * cin[j] / 2;
            }
            if (gammas == null || !settle(gammas, ions, z, d, strengthIn, strengthOut, pass, step)) {
                break;
            }
        }
        List<IonState> states = new ArrayList<>(m);
        double osmIn = 0;
        double osmOut = 0;
        for (int j = 0; j < m; j++) {
            states.add(new IonState(bath.get(j).name(), z[j], cin[j], c[j]));
            osmIn += cin[j];
            osmOut += c[j];
        }
        return result(k, Mode.OPEN, states, fixedCharge, 0, 0, temperature, vt, root, osmIn, osmOut);
    }

    /** @return max |d_j / z_j|: how far in u = ln r the activity coefficients move a term of g */
    private static double spread(double[] d, int[] z) {
        double most = 0;
        for (int j = 0; j < d.length; j++) {
            most = Math.max(most, Math.abs(d[j] / z[j]));
        }
        return most;
    }

    /**
     * One round of the activity iteration: sets {@code d} to ln(γ_out/γ_in) at the ionic strengths
     * the last solution gave.
     *
     * @return whether to solve again (some d moved by more than {@link #PASS_TOLERANCE})
     * @throws NoConvergenceException after {@link #MAX_PASSES} rounds
     */
    private static boolean settle(Coefficients gammas, List<Permeant> ions, int[] z, double[] d, double strengthIn,
            double strengthOut, int pass, double[] step) {
        double[] next = new double[d.length];
        double moved = 0;
        for (int j = 0; j < d.length; j++) {
            String name = ions.get(j).name();
            next[j] = Math.log(10) * (gammas.log10Gamma(name, z[j], false, strengthOut)
                    - gammas.log10Gamma(name, z[j], true, strengthIn));
            if (!Double.isFinite(next[j])) {
                throw new DomainException(Msg.text("core.donnan.activityNotFinite", name));
            }
            moved = Math.max(moved, Math.abs(next[j] - d[j]));
        }
        if (moved <= PASS_TOLERANCE) {
            return false;
        }
        if (pass >= MAX_PASSES) {
            throw new NoConvergenceException(Msg.text("core.donnan.activityNoConvergence", MAX_PASSES, Msg.num(moved)), null);
        }
        // step[0] the damping ω, step[1] the last move: a move that does not shrink (the γ overshoot, as
        // at molar strengths) halves ω; d + ω·(next − d) has the same fixed point
        if (pass > 1 && moved > 0.5 * step[1]) {
            step[0] = Math.max(step[0] / 2, 1.0 / 64);
        }
        step[1] = moved;
        for (int j = 0; j < d.length; j++) {
            d[j] += step[0] * (next[j] - d[j]);
        }
        return true;
    }

    private static Equilibrium result(ConstantSet k, Mode mode, List<IonState> states, double rho, double osmX,
            double ratio, double temperature, double vt, Root root, double osmIn, double osmOut) {
        double u = root.lnR();
        double v = u == 0 ? 0 : -vt * u;
        double dPi = (osmIn - osmOut) * k.gasConstant() * temperature;
        return new Equilibrium(mode, states, rho, osmX, ratio, temperature, Math.exp(u), v, osmIn, osmOut, dPi, root);
    }

    /** @param message the key of the message naming the side: {@code core.donnan.notNeutralInside} or {@code …Outside} */
    private static void requireNeutral(String message, double net, double scale) {
        if (Math.abs(net) <= Electrolyte.NEUTRALITY_TOLERANCE * scale / 2) {
            return;
        }
        throw new DomainException(Msg.text(message, (net > 0 ? "+" : "") + Msg.num(net)));
    }

    /**
     * Brent's method on the proven bracket [lo, hi] (in u = ln r), widened by 1e-9 against rounding.
     *
     * @param scale a positive charge scale that makes g dimensionless, for the solver's tolerances
     */
    private static Root solve(UnivariateFunction g, double lo, double hi, double scale, String what) {
        double a = lo - WIDEN * (1 + Math.abs(lo));
        double b = hi + WIDEN * (1 + Math.abs(hi));
        UnivariateFunction f = u -> g.value(u) / scale;
        double fa = f.value(a);
        double fb = f.value(b);
        if (!(fa <= 0 && fb >= 0)) {
            throw new NoConvergenceException(Msg.text("core.donnan.bracket." + what, a, b, fa, fb), null);
        }
        if (fa == 0) {
            return new Root(a, 2, a, b);
        }
        if (fb == 0) {
            return new Root(b, 2, a, b);
        }
        BrentSolver solver = new BrentSolver(Math.ulp(1.0), 1e-15, 0);
        try {
            double u = solver.solve(MAX_EVALUATIONS, f, a, b);
            return new Root(u, solver.getEvaluations() + 2, a, b);
        } catch (MathIllegalArgumentException | MathIllegalStateException e) {
            throw new NoConvergenceException(Msg.text("core.donnan.noConvergence." + what, e.getMessage()), e);
        }
    }
}
