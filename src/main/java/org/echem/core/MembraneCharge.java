package org.echem.core;

/**
 * The charge on the membrane capacitor and how many ions carry it.
 *
 * <pre>
 *   Q = C_m · A · ΔV          ions moved = |Q| / (|z|·e)      moles moved = |Q| / (|z|·F)
 *   fraction = moles moved / (c_in · volume)
 *   sphere of radius a:  A = 4πa²,  volume = 4/3·πa³
 * </pre>
 *
 * <p>The membrane is a capacitor of specific capacitance C_m (about 1 µF/cm² for biological
 * membranes); changing V_m by ΔV moves the charge Q across it. Because the capacitance is tiny
 * compared with the ion content of the cell, a 100 mV swing in a 10 µm sphere moves only a few
 * ions in a hundred thousand: concentrations do not change measurably during an action
 * potential. Source: Hille, <i>Ion Channels of Excitable Membranes</i>, 3rd ed. (2001), ch. 1
 * ("Channels and charge" example); Kandel et al., <i>Principles of Neural Science</i>, 5th ed.
 * (2013), ch. 6.
 */
public final class MembraneCharge {
    private MembraneCharge() {}

    /**
     * @param radius a in m, &gt; 0
     * @return the surface area 4πa² in m²
     */
    public static double sphereArea(double radius) {
        Require.positive(radius, "core.what.radius");
        return Require.positive(4 * Math.PI * radius * radius, "core.what.sphereArea");
    }

    /**
     * @param radius a in m, &gt; 0
     * @return the volume 4/3·πa³ in m³
     */
    public static double sphereVolume(double radius) {
        Require.positive(radius, "core.what.radius");
        return Require.positive(4.0 / 3.0 * Math.PI * radius * radius * radius, "core.what.sphereVolume");
    }

    /**
     * @param specificCapacitance C_m in F/m², &gt; 0
     * @param area A in m², &gt; 0
     * @return the capacitance C_m·A in F
     */
    public static double capacitance(double specificCapacitance, double area) {
        Require.positive(specificCapacitance, "core.what.specificCapacitance");
        Require.positive(area, "core.what.membraneArea");
        return Require.finiteResult(specificCapacitance * area, "core.what.theCapacitance");
    }

    /**
     * @param capacitance C in F, &gt; 0
     * @param dv ΔV in V, finite (any sign)
     * @return Q = C·ΔV in C, with the sign of ΔV (positive: positive charge added inside)
     */
    public static double charge(double capacitance, double dv) {
        Require.positive(capacitance, "core.what.capacitanceF");
        Require.finite(dv, "ΔV (V)");
        return Require.finiteResult(capacitance * dv, "core.what.theCharge");
    }

    /**
     * @param charge Q in C
     * @param z valence of the carrier, ≠ 0
     * @return the number of ions |Q| / (|z|·e), ≥ 0
     */
    public static double ions(ConstantSet k, double charge, int z) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(charge, "core.what.chargeC");
        return Math.abs(charge) / (Math.abs(z) * k.elementaryCharge());
    }

    /**
     * @param charge Q in C
     * @param z valence of the carrier, ≠ 0
     * @return the amount |Q| / (|z|·F) in mol, ≥ 0
     */
    public static double moles(ConstantSet k, double charge, int z) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(charge, "core.what.chargeC");
        return Math.abs(charge) / (Math.abs(z) * k.faraday());
    }

    /**
     * @param moles the amount moved, mol, ≥ 0
     * @param cIn the cell's concentration of that ion, mol/m³ (mM), &gt; 0
     * @param volume the cell's volume, m³, &gt; 0
     * @return moles / (c_in · volume), dimensionless
     */
    public static double fraction(double moles, double cIn, double volume) {
        Require.nonNegative(moles, "core.what.amountMoved");
        Require.positive(cIn, "core.what.theInsideConc");
        Require.positive(volume, "core.what.volumeM3");
        return Require.finiteResult(moles / (cIn * volume), "core.what.fraction");
    }
}
