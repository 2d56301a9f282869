package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OhmicCurrentTest {

    /** Tolerance: 1e-12 relative (two or three roundings of a product and a difference). */
    @ParameterizedTest
    @CsvSource({
        // g (S), vm (V), e (V), expected I (A); source
        "10e-9, -0.070, 0.060, -1.3e-9",     // public case 'ohmic': 10 nS × (-70 - 60) mV = -1300 pA
        "1200, -0.065, 0.050, -138",         // Hodgkin & Huxley (1952) g_Na = 120 mS/cm² = 1200 S/m²: -13800 µA/cm²
        "360, -0.065, -0.077, 4.32",         // HH g_K = 36 mS/cm²: 432 µA/cm² outward
        "0, -0.065, 0.050, 0",               // a closed channel carries nothing
    })
    void currentMatchesHandComputedValues(double g, double vm, double e, double expected) {
        assertThat(OhmicCurrent.current(g, vm, e)).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-30));
    }

    @ParameterizedTest
    @CsvSource({
        // i (A), vm, e, expected g (S): the inverse of the rows above
        "-1.3e-9, -0.070, 0.060, 10e-9",
        "4.32, -0.065, -0.077, 360",
        "0, -0.065, -0.077, 0",
    })
    void conductanceInvertsTheCurrent(double i, double vm, double e, double g) {
        assertThat(OhmicCurrent.conductance(i, vm, e)).isCloseTo(g, within(1e-12 * g + 1e-30));
    }

    @ParameterizedTest
    @CsvSource({"1e-9, -0.070, 0.060", "-1e-9, -0.050, -0.090"})
    void aCurrentAgainstTheDrivingForceWouldNeedNegativeG(double i, double vm, double e) {
        assertThatThrownBy(() -> OhmicCurrent.conductance(i, vm, e))
                .isInstanceOf(DomainException.class).hasMessageContaining("negative conductance");
    }

    @ParameterizedTest
    @CsvSource({"1e-9", "0"})
    void atTheReversalPotentialGIsUndetermined(double i) {
        assertThatThrownBy(() -> OhmicCurrent.conductance(i, -0.07, -0.07))
                .isInstanceOf(DomainException.class).hasMessageContaining("V_m equals E");
    }

    @org.junit.jupiter.api.Test
    void negativeOrNanConductanceIsRejected() {
        assertThatThrownBy(() -> OhmicCurrent.current(-1e-9, 0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OhmicCurrent.current(Double.NaN, 0, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> OhmicCurrent.chordPotential(new double[] {0, 0}, new double[] {0.05, -0.07}))
                .isInstanceOf(DomainException.class).hasMessageContaining("every conductance is 0");
    }

    /** Independent derivation: HH (1952) resting conductances, V = Σ gE / Σ g by hand. */
    @org.junit.jupiter.api.Test
    void chordPotentialOfHodgkinHuxleyValues() {
        double[] g = {1200, 360, 3};
        double[] e = {0.050, -0.077, -0.054387};
        double expected = (1200 * 0.050 + 360 * -0.077 + 3 * -0.054387) / 1563;
        assertThat(OhmicCurrent.chordPotential(g, e)).isCloseTo(expected, within(1e-15));
    }

    @Property(tries = 200, seed = "42")
    void noCurrentFlowsAtTheChordPotentialWhichLiesBetweenTheEs(
            @ForAll @DoubleRange(min = 0, max = 1000) @Scale(6) double g1nS, @ForAll @DoubleRange(min = 1e-3, max = 1000) @Scale(6) double g2nS,
            @ForAll @DoubleRange(min = -0.15, max = 0.15) @Scale(6) double e1, @ForAll @DoubleRange(min = -0.15, max = 0.15) @Scale(6) double e2) {
        double g1 = g1nS * 1e-9;
        double g2 = g2nS * 1e-9;
        double v = OhmicCurrent.chordPotential(new double[] {g1, g2}, new double[] {e1, e2});
        assertThat(v).isBetween(Math.min(e1, e2) - 1e-15, Math.max(e1, e2) + 1e-15);
        double total = OhmicCurrent.current(g1, v, e1) + OhmicCurrent.current(g2, v, e2);
        assertThat(total).isCloseTo(0, within(1e-13 * (g1 + g2)));
    }

    @Property(tries = 200, seed = "42")
    void conductanceRoundTripsThroughTheCurrent(@ForAll @DoubleRange(min = 0, max = 1000) @Scale(6) double gnS,
            @ForAll @DoubleRange(min = -0.15, max = 0.15) @Scale(6) double vm, @ForAll @DoubleRange(min = -0.15, max = 0.15) @Scale(6) double e) {
        net.jqwik.api.Assume.that(Math.abs(vm - e) > 1e-6);
        double g = gnS * 1e-9;
        double i = OhmicCurrent.current(g, vm, e);
        assertThat(OhmicCurrent.conductance(i, vm, e)).isCloseTo(g, within(1e-12 * g + 1e-300));
    }
}
