package org.echem.core;

/**
 * The resting potential of a membrane permeable to K⁺ and Na⁺ with an electrogenic Na⁺/K⁺ pump
 * (Mullins &amp; Noda 1963):
 *
 * <pre>
 *   V = (RT/F) · ln( (r·P_K·[K]o + P_Na·[Na]o) / (r·P_K·[K]i + P_Na·[Na]i) )
 * </pre>
 *
 * <p>r is the pump's coupling ratio, Na⁺ pumped out per K⁺ pumped in (3:2 → r = 1.5). The
 * equation holds in the steady state in which the passive Na⁺ and K⁺ fluxes (GHK) balance the
 * pumped ones. At r = 1 the pump is electroneutral and V is the GHK voltage equation for K⁺ and
 * Na⁺ alone; the pump's own contribution to V is therefore V(r) − V(1): negative (hyperpolarising)
 * for r &gt; 1, positive for r &lt; 1. Only the ratio P_Na/P_K matters, so permeabilities may be
 * relative (P_K = 1) or absolute (both in the same unit).
 *
 * <p>Source: L. J. Mullins and K. Noda, "The influence of sodium-free solutions on the membrane
 * potential of frog muscle fibers", J. Gen. Physiol. 47:117–132 (1963); see also Hille,
 * <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), ch. 14.
 */
public final class MullinsNoda {
    private MullinsNoda() {}

    /**
     * The potentials with and without the pump.
     *
     * @param withPump V at the given coupling ratio r, in V
     * @param withoutPump V at r = 1 (an electroneutral pump, or none), in V
     * @param contribution withPump − withoutPump, in V
     */
    public record Result(double withPump, double withoutPump, double contribution) {}

    /**
     * Concentrations and permeabilities of the two ions.
     *
     * @param pK permeability of K⁺ (relative or absolute), &gt; 0
     * @param pNa permeability of Na⁺, in the unit of pK, ≥ 0
     * @param kIn [K]i in mol/m³ (mM), &gt; 0
     * @param kOut [K]o in mol/m³, &gt; 0
     * @param naIn [Na]i in mol/m³, &gt; 0
     * @param naOut [Na]o in mol/m³, &gt; 0
     */
    public record Gradients(double pK, double pNa, double kIn, double kOut, double naIn, double naOut) {
        public Gradients {
            Require.positive(pK, "P_K");
            Require.nonNegative(pNa, "P_Na");
            Require.positive(kIn, "[K]in (mM)");
            Require.positive(kOut, "[K]out (mM)");
            Require.positive(naIn, "[Na]in (mM)");
            Require.positive(naOut, "[Na]out (mM)");
        }
    }

    /**
     * V at coupling ratio r.
     *
     * @param k the constants set
     * @param r coupling ratio Na⁺ out per K⁺ in, finite, &gt; 0 (1 = electroneutral)
     * @param g concentrations and permeabilities
     * @param temperature T in K, &gt; 0
     * @return V in V (inside relative to outside)
     */
    public static double potential(ConstantSet k, double r, Gradients g, double temperature) {
        Require.positive(r, "core.what.couplingRatio");
        double vt = k.thermalVoltage(temperature);
        double num = r * g.pK() * g.kOut() + g.pNa() * g.naOut();
        double den = r * g.pK() * g.kIn() + g.pNa() * g.naIn();
        return Require.finiteResult(vt * Nernst.logRatio(Require.positive(num, "r·P_K·[K]o + P_Na·[Na]o"),
                Require.positive(den, "r·P_K·[K]i + P_Na·[Na]i")), "core.what.mullinsNoda");
    }

    /**
     * V with the pump at ratio r, V at r = 1, and the difference (the pump's contribution).
     *
     * @param r coupling ratio, &gt; 0
     * @return the three potentials, in V
     */
    public static Result of(ConstantSet k, double r, Gradients g, double temperature) {
        double with = potential(k, r, g, temperature);
        double without = potential(k, 1, g, temperature);
        return new Result(with, without, with - without);
    }
}
