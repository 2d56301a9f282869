package org.echem.core;

/**
 * Mitchell's proton motive force: the electrochemical potential difference of H⁺ across a
 * membrane, in volts,
 *
 * <pre>
 *   Δp = V_m − (RT·ln10 / F)·(pH_in − pH_out) = V_m − E_H,
 * </pre>
 *
 * <p>with V_m = V_in − V_out and E_H the Nernst potential of H⁺ (E_H = (RT/F)·ln([H⁺]o/[H⁺]i) =
 * (RT·ln10/F)·(pH_in − pH_out)). Δμ̃_H⁺ = F·Δp is the free energy of moving 1 mol of H⁺ from
 * outside to inside (SPEC §1), so a negative Δp drives H⁺ in. The electrical part is V_m, the
 * chemical part −(RT·ln10/F)·ΔpH with ΔpH = pH_in − pH_out. At 25 °C RT·ln10/F = 59.16 mV (the
 * "59 mV" of Δp = ΔE − 59·ΔpH). Sources: P. Mitchell, Nature 191:144 (1961); L. Taiz and E.
 * Zeiger, <i>Plant Physiology</i>, Web Topic 6.3 "Chemiosmosis in Action" (ΔpH = pH_i − pH_o;
 * ΔE = −120 mV with a 2-unit ΔpH gives Δp ≈ −238 mV); D. G. Nicholls and S. J. Ferguson,
 * <i>Bioenergetics</i>, 4th ed. (2013), ch. 3.
 */
public final class ProtonMotiveForce {
    private ProtonMotiveForce() {}

    /**
     * @param vm membrane potential V_m (inside − outside), V; the electrical part of Δp
     * @param phIn pH inside
     * @param phOut pH outside
     * @param eH Nernst potential of H⁺, V
     * @param chemical the chemical part −(RT·ln10/F)·(pH_in − pH_out) = −E_H, V
     * @param pmf Δp = V_m − E_H, V
     * @param dmu Δμ̃_H⁺ = F·Δp for moving 1 mol of H⁺ from outside to inside, J/mol
     */
    public record Result(double vm, double phIn, double phOut, double eH, double chemical, double pmf, double dmu) {
        /** @return the electrical part of Δp, V_m, in V */
        public double electrical() {
            return vm;
        }

        /** @return ΔpH = pH_in − pH_out */
        public double deltaPh() {
            return phIn - phOut;
        }
    }

    /**
     * @param k the constants set
     * @param vm V_m in V, finite
     * @param phIn pH inside, finite
     * @param phOut pH outside, finite
     * @param temperature T in K, &gt; 0
     */
    public static Result of(ConstantSet k, double vm, double phIn, double phOut, double temperature) {
        Require.finite(vm, "core.what.vmVolts");
        Require.finite(phIn, "core.what.phInside");
        Require.finite(phOut, "core.what.phOutside");
        double eH = Require.finiteResult(Nernst.slopePerDecade(k, 1, temperature) * (phIn - phOut), "E_H");
        double pmf = Require.finiteResult(vm - eH, "core.what.protonMotiveForce");
        return new Result(vm, phIn, phOut, eH, -eH, pmf, k.faraday() * pmf);
    }
}
