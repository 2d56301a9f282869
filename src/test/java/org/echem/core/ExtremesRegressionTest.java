package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What {@link ExtremesTest} found broken, each with the input that broke it, named for what broke. */
class ExtremesRegressionTest {
    static final ConstantSet K = ConstantSet.CODATA2018;

    /** c_in = c_out·e^(−zFE/RT) underflowed to 0 at 1 K and was returned as the answer 0 mM. */
    @Test
    void insideConcentrationThatUnderflowsIsADomainErrorNotZero() {
        assertThatThrownBy(() -> Nernst.insideFor(K, 3, 1.0, 1e-12, 1.0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("underflows");
        assertThatThrownBy(() -> Nernst.outsideFor(K, 3, -1.0, 1e-12, 1.0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("underflows");
    }

    /** e^(zFE/RT) overflowed (x ≈ 719.5) although c·e^x ≈ 1e300 mM is finite: a domain error instead of the answer. */
    @Test
    void concentrationForAnOverflowingFactorIsComputedInLogSpace() {
        double x = 0.062 / K.thermalVoltage(1.0);
        assertThat(Math.exp(x)).isInfinite();
        double c = Nernst.outsideFor(K, 1, 0.062, 1e-12, 1.0);
        assertThat(Math.log(c)).isCloseTo(Math.log(1e-12) + x, within(1e-12 * x));
        double cIn = Nernst.insideFor(K, -1, 0.062, 1e-12, 1.0);
        assertThat(cIn).isEqualTo(c);
        // and it inverts: E of the result is the E asked for
        assertThat(Nernst.potential(K, 1, 1e-12, c, 1.0)).isCloseTo(0.062, within(1e-15));
    }

    /** The Boltzmann factor alone overflowed, so c_s = c·e^(−zFψ/RT) failed where it is finite (1e-12 mM at 1 K). */
    @Test
    void surfaceConcentrationForAnOverflowingFactorIsFinite() {
        double x = 0.062 / K.thermalVoltage(1.0);
        double cs = Boltzmann.concentration(K, -1, 1e-12, 0.062, 1.0);
        assertThat(Math.log(cs)).isCloseTo(Math.log(1e-12) + x, within(1e-12 * x));
        assertThatThrownBy(() -> Boltzmann.factor(K, -1, 0.062, 1.0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Boltzmann.concentration(K, 1, 1e-12, 0.062, 1.0))
                .isInstanceOf(DomainException.class).hasMessageContaining("underflows");
    }

    /** The message of an overflowing result said "Infinity", which --on-error mark printed into stdout. */
    @Test
    void overflowMessageNamesNoInfinityOrNaN() {
        assertThatThrownBy(() -> DrivingForce.of(K, 1, 0, -1, 0.01)).isInstanceOf(DomainException.class)
                .hasMessageContaining("flux ratio is out of range").hasMessageNotContaining("Infinity");
        assertThatThrownBy(() -> Require.finiteResult(Double.NaN, "x")).hasMessageNotContaining("NaN")
                .hasMessageContaining("undefined");
    }
}
