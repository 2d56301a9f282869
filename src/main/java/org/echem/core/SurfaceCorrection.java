package org.echem.core;

/**
 * What surface potentials on the two faces of a membrane do to an ion's equilibrium potential and
 * driving force.
 *
 * <p>ψ_in and ψ_out are the potentials at the inner and outer membrane surfaces, each relative to
 * its own bulk solution. At equilibrium in each double layer the concentrations at the surfaces are
 * c_in,s = c_in·e^(−zFψ_in/RT) and c_out,s = c_out·e^(−zFψ_out/RT), so the Nernst potential of the
 * surface concentrations is E_eff = (RT/zF)·ln(c_out,s/c_in,s) = E + ψ_in − ψ_out, and the
 * potential across the membrane proper (surface to surface) is V_mem = V_m + ψ_in − ψ_out. The
 * driving force on the ion in the membrane, V_mem − E_eff, equals V_m − E: the double layers are
 * at equilibrium, so moving an ion from a bulk to its surface costs no electrochemical work, and
 * surface charge cannot change the driving force. {@code V_m − E_eff} mixes the bulk-to-bulk
 * voltage with surface concentrations; it is computed only to show that it is not the driving
 * force. Source: S. McLaughlin, "Electrostatic potentials at membrane–solution interfaces",
 * Curr. Top. Membr. Transp. 9:71 (1977); surface charge shifts the field that gating senses:
 * B. Frankenhaeuser and A. L. Hodgkin, J. Physiol. 137:218 (1957).
 */
public final class SurfaceCorrection {
    private SurfaceCorrection() {}

    /**
     * @param e the bulk Nernst potential E, V
     * @param eEffective E_eff, the Nernst potential of the surface concentrations, V
     * @param cInSurface c_in,s, mol/m³
     * @param cOutSurface c_out,s, mol/m³
     * @param vMembrane V_mem = V_m + ψ_in − ψ_out, V
     * @param drive V_m − E, V
     * @param driveEffective V_mem − E_eff, V (equal to {@code drive} but for rounding)
     * @param driveNaive V_m − E_eff, V: not a driving force
     */
    public record Result(double e, double eEffective, double cInSurface, double cOutSurface, double vMembrane,
            double drive, double driveEffective, double driveNaive) {}

    /**
     * @param k the constants set
     * @param z valence, ≠ 0
     * @param cIn inside bulk concentration, mol/m³, &gt; 0
     * @param cOut outside bulk concentration, mol/m³, &gt; 0
     * @param vm membrane potential V_m = V_in − V_out between the bulks, V
     * @param psiIn inner surface potential relative to the inside bulk, V
     * @param psiOut outer surface potential relative to the outside bulk, V
     * @param temperature T in K
     */
    public static Result of(ConstantSet k, int z, double cIn, double cOut, double vm, double psiIn, double psiOut,
            double temperature) {
        Require.finite(vm, "core.what.vmVolts");
        double e = Nernst.potential(k, z, cIn, cOut, temperature);
        double cInS = Boltzmann.concentration(k, z, cIn, psiIn, temperature);
        double cOutS = Boltzmann.concentration(k, z, cOut, psiOut, temperature);
        double eEff = Nernst.potential(k, z, cInS, cOutS, temperature);
        double vMem = vm + psiIn - psiOut;
        return new Result(e, eEff, cInS, cOutS, vMem, vm - e, vMem - eEff, vm - eEff);
    }
}
