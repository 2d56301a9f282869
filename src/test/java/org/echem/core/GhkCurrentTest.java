package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GhkCurrentTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    /**
     * NEURON's {@code ghk(v mV, ci mM, co mM, z)} at celsius = 6.3 returns the GHK current in mA/cm²
     * for P = 1 cm/s: 0.001·z·F·(ci·efun(−u) − co·efun(u)), u = zFV/RT, which is our formula for
     * P = 0.01 m/s, in A/m², times 0.1. NEURON 9 uses the CODATA 2018 constants (as codata2018 does)
     * and the series 1 − x/2 for |x| &lt; 1e-4 (error x²/12 ≈ 6e-16 at 1e-6 mV), so the two agree
     * to rounding; the tolerance is 1e-12 relative. (With textbook constants the first value moves
     * by 1.5e-5 relative: the constants, not the formula, set the later digits.)
     */
    @ParameterizedTest
    @CsvSource({
        // v (mV), ci (mM), co (mM), z, NEURON ghk (mA/cm² per cm/s); source
        "-10, 0.1, 10, 2, -2828.3285716150644",   // NEURON test/cover/unit_tests/.../test_eion_cover.py
        "1e-6, 0.1, 10, 2, -1910.40949510667",    // same file: just off V = 0
    })
    void matchesNeuronGhk(double vMilli, double ci, double co, int z, double neuron) {
        double i = GhkCurrent.density(K, z, 0.01, ci, co, vMilli * 1e-3, 273.15 + 6.3) * 0.1;
        assertThat(i).isCloseTo(neuron, within(1e-12 * Math.abs(neuron)));
    }

    @Test
    void exactAtZeroVolts() {
        // limit P·z·F·(c_in − c_out): 1e-7 m/s × 2 × F × (0.0001 − 2) mol/m³
        double expected = 1e-7 * 2 * K.faraday() * (0.0001 - 2);
        assertThat(GhkCurrent.density(K, 2, 1e-7, 0.0001, 2, 0, 310.15)).isEqualTo(expected);
        assertThat(GhkCurrent.density(K, 1, 1e-7, 140, 0, 0.0, 310.15)).isEqualTo(1e-7 * K.faraday() * 140);
    }

    @Test
    void smoothThroughZero() {
        double at0 = GhkCurrent.density(K, 2, 1e-7, 0.1, 10, 0, 310.15);
        double slope = (GhkCurrent.density(K, 2, 1e-7, 0.1, 10, 1e-6, 310.15)
                - GhkCurrent.density(K, 2, 1e-7, 0.1, 10, -1e-6, 310.15)) / 2e-6;
        for (double v : new double[] {1e-15, -1e-15, 1e-12, -1e-12, 1e-9, -1e-9, 1e-7, -1e-7}) {
            double linear = at0 + slope * v;
            assertThat(GhkCurrent.density(K, 2, 1e-7, 0.1, 10, v, 310.15))
                    .as("V = %s V", v).isCloseTo(linear, within(1e-9 * Math.abs(at0)));
        }
    }

    @Test
    void bernoulliIsContinuousAcrossTheSeriesSwitchAndSatisfiesItsReflection() {
        assertThat(GhkCurrent.bernoulli(0)).isEqualTo(1);
        assertThat(GhkCurrent.bernoulli(Math.nextUp(1e-10))).isCloseTo(GhkCurrent.bernoulli(1e-10), within(1e-15));
        assertThat(GhkCurrent.bernoulli(1000)).isZero();
        assertThat(GhkCurrent.bernoulli(-1000)).isEqualTo(1000);
        for (double x : new double[] {1e-8, 0.3, 2, 30, -5}) {
            assertThat(GhkCurrent.bernoulli(-x)).isCloseTo(GhkCurrent.bernoulli(x) * Math.exp(x),
                    within(1e-14 * GhkCurrent.bernoulli(-x)));
        }
    }

    /** A single ion's GHK current has the sign of V − E (it is zero only at its Nernst potential). */
    @Property(tries = 200, seed = "42")
    void currentHasTheSignOfTheDrivingForce(@ForAll @IntRange(min = -2, max = 3) int z,
            @ForAll @DoubleRange(min = 1e-4, max = 500) @Scale(6) double cIn, @ForAll @DoubleRange(min = 1e-4, max = 500) @Scale(6) double cOut,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) @Scale(6) double v) {
        net.jqwik.api.Assume.that(z != 0);
        double e = Nernst.potential(K, z, cIn, cOut, 310.15);
        net.jqwik.api.Assume.that(Math.abs(v - e) > 1e-9);
        double i = GhkCurrent.density(K, z, 1e-6, cIn, cOut, v, 310.15);
        assertThat(Math.signum(i)).isEqualTo(Math.signum(v - e));
    }

    @Test
    void zeroAtTheNernstPotential() {
        double e = Nernst.potential(K, 2, 0.0001, 2, 310.15);
        assertThat(GhkCurrent.density(K, 2, 1e-6, 0.0001, 2, e, 310.15))
                .isCloseTo(0, within(1e-12 * Math.abs(GhkCurrent.density(K, 2, 1e-6, 0.0001, 2, 0, 310.15))));
    }
}
