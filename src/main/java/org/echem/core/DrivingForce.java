package org.echem.core;

/**
 * The electrochemical driving force on an ion and what follows from it.
 *
 * <p>Driving force V_m − E. Moving one mole from outside to inside changes the free energy by
 * Δμ̃ = RT·ln(c_in/c_out) + zF·V_m = zF·(V_m − E); a negative Δμ̃ means the ion flows in by
 * itself. The Ussing (1949) flux ratio of independent unidirectional fluxes is
 * J_in / J_out = exp(zF(E − V_m) / RT), 1 at equilibrium. Source: H. H. Ussing, Acta Physiol.
 * Scand. 19:43 (1949); Hille, <i>Ion Channels</i>, 3rd ed., ch. 14.
 */
public final class DrivingForce {
    private DrivingForce() {}

    /**
     * @param drive V_m − E in V
     * @param direction net flux direction
     * @param current the direction of the resulting current (positive outward)
     * @param fluxRatio J_in / J_out, dimensionless, &gt; 0
     * @param dmu Δμ̃ for moving 1 mol from outside to inside, J/mol
     * @param dmuChemical its chemical part RT·ln(c_in/c_out), J/mol
     * @param dmuElectrical its electrical part zF·V_m, J/mol
     */
    public record Result(double drive, Direction direction, CurrentDirection current, double fluxRatio,
            double dmu, double dmuChemical, double dmuElectrical) {}

    /**
     * @param z valence, ≠ 0
     * @param e equilibrium potential E in V
     * @param vm membrane potential V_m in V
     * @param temperature T in K
     */
    public static Result of(ConstantSet k, int z, double e, double vm, double temperature) {
        Require.nonZero(z, "core.what.valence");
        Require.finite(e, "E (V)");
        Require.finite(vm, "core.what.vmVolts");
        double vt = k.thermalVoltage(temperature);
        double drive = difference(vm, e);
        double zF = z * k.faraday();
        double fluxRatio = Require.finiteResult(Math.exp(-z * drive / vt), "core.what.fluxRatio");
        if (fluxRatio == 0) {
            throw new DomainException(Msg.text("core.drive.fluxRatioUnderflow"));
        }
        return new Result(drive, direction(z, drive), CurrentDirection.of(drive), fluxRatio,
                zF * drive, -zF * e, zF * vm);
    }

    /**
     * @return {@code vm − e}, formed in millivolts, the unit voltages are typed and shown in: their SI
     *     forms carry binary noise that a difference brings out (−0.07 − (−0.064) =
     *     −0.006000000000000005 V, shown as −6.00000000000001 mV), while −70 − (−64) = −6 exactly.
     *     Within a few ulps of {@code max(|vm|, |e|)} of the plain difference (DrivingForceTest).
     */
    public static double difference(double vm, double e) {
        double d = (vm * 1e3 - e * 1e3) / 1e3;
        return Double.isFinite(d) ? d : vm - e; // beyond ±1.8e305 V, where millivolts overflow
    }

    /** @return influx when z·drive &lt; 0, efflux when &gt; 0, none at equilibrium */
    public static Direction direction(int z, double drive) {
        double s = z * drive;
        return s < 0 ? Direction.INFLUX : s > 0 ? Direction.EFFLUX : Direction.NONE;
    }
}
