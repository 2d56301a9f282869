package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class SurfaceCorrectionTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    /**
     * Na⁺ 15/145 mM, V_m −70 mV, ψ_out −20 mV, 37 °C, worked by hand: E = 60.634 mV (the seed's
     * Nernst case), E_eff = E + 20 mV, V_mem = −50 mV, drive = −130.634 mV both ways, naive −150.634 mV.
     */
    @Test
    void sodiumWithNegativeOuterSurface() {
        SurfaceCorrection.Result r = SurfaceCorrection.of(K, 1, 15, 145, -0.070, 0, -0.020, 310.15);
        assertThat(r.e() * 1e3).isCloseTo(60.634331643053393, within(1e-9));
        assertThat(r.eEffective() * 1e3).isCloseTo(80.634331643053393, within(1e-9));
        assertThat(r.vMembrane() * 1e3).isCloseTo(-50, within(1e-12));
        assertThat(r.drive() * 1e3).isCloseTo(-130.63433164305339, within(1e-9));
        assertThat(r.driveEffective()).isCloseTo(r.drive(), within(1e-15));
        assertThat(r.driveNaive() * 1e3).isCloseTo(-150.63433164305339, within(1e-9));
        assertThat(r.cInSurface()).isEqualTo(15);
        assertThat(r.cOutSurface()).isGreaterThan(145); // cations gather at a negative surface
    }

    /** The double layer leaves the driving force unchanged: V_mem − E_eff = V_m − E (SPEC §1). */
    @Property(tries = 200, seed = "42")
    void drivingForceIsInvariant(@ForAll @IntRange(min = -3, max = 3) int z,
            @ForAll @DoubleRange(min = 1e-4, max = 1000) @Scale(6) double cIn,
            @ForAll @DoubleRange(min = 1e-4, max = 1000) @Scale(6) double cOut,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) @Scale(6) double vm,
            @ForAll @DoubleRange(min = -0.15, max = 0.15) @Scale(6) double psiIn,
            @ForAll @DoubleRange(min = -0.15, max = 0.15) @Scale(6) double psiOut,
            @ForAll @DoubleRange(min = 273.15, max = 320) @Scale(6) double t) {
        if (z == 0) {
            return;
        }
        SurfaceCorrection.Result r = SurfaceCorrection.of(K, z, cIn, cOut, vm, psiIn, psiOut, t);
        assertThat(r.driveEffective()).isCloseTo(vm - r.e(), within(1e-12));
        assertThat(r.eEffective()).isCloseTo(r.e() + psiIn - psiOut, within(1e-12));
        assertThat(r.driveNaive()).isCloseTo(r.drive() - (psiIn - psiOut), within(1e-12));
    }
}
