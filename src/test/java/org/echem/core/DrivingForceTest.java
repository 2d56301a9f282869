package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrivingForceTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double T37 = 310.15;

    @ParameterizedTest(name = "z={0}, E={1} mV, Vm={2} mV → {3}, {4}")
    @CsvSource({
        // The sign rules of SPEC §1 (seed worked examples: X+ flows in, K+ flows out; Cl- anion rule)
        "1, 61.5, -65, INFLUX, INWARD",
        "1, -94.5, -68.2, EFFLUX, OUTWARD",
        "-1, -64, -70, EFFLUX, INWARD",
        "-1, -80, -70, INFLUX, OUTWARD",
        "2, 129, -70, INFLUX, INWARD",
        "1, -90, -90, NONE, NONE",
    })
    void signRules(int z, double eMv, double vmMv, Direction dir, CurrentDirection cur) {
        DrivingForce.Result r = DrivingForce.of(K, z, eMv / 1000, vmMv / 1000, T37);
        assertThat(r.direction()).isEqualTo(dir);
        assertThat(r.current()).isEqualTo(cur);
    }

    @Test
    void calciumFeelsTwiceTheElectricalForce() {
        // zF·V_m for Ca2+ at -70 mV: 2 × 96485.33212 C/mol × -0.070 V = -13507.9465 J/mol (seed example)
        DrivingForce.Result r = DrivingForce.of(K, 2, 0.129, -0.070, T37);
        assertThat(r.dmuElectrical()).isCloseTo(-13507.946497263403, withinPercentage(1e-10));
        assertThat(r.fluxRatio()).isGreaterThan(1);
    }

    @Test
    void equilibriumHasUnitFluxRatio() {
        DrivingForce.Result r = DrivingForce.of(K, 1, -0.09, -0.09, T37);
        assertThat(r.fluxRatio()).isEqualTo(1.0);
        assertThat(r.dmu()).isZero();
    }

    @Test
    void ussingRatioOfOneNernstSlope() {
        // V_m − E = −RT/F·ln 10 (one decade) → J_in/J_out = 10 for a cation, 0.1 for an anion
        double decade = K.thermalVoltage(T37) * Math.log(10);
        assertThat(DrivingForce.of(K, 1, 0, -decade, T37).fluxRatio()).isCloseTo(10, within(1e-12));
        assertThat(DrivingForce.of(K, -1, 0, -decade, T37).fluxRatio()).isCloseTo(0.1, within(1e-13));
    }

    @Property(tries = 300, seed = "42")
    void energyIsChemicalPlusElectrical(@ForAll @DoubleRange(min = -0.2, max = 0.2) double e,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) double vm, @ForAll @IntRange(min = -3, max = 3) int z) {
        if (z == 0) {
            return;
        }
        DrivingForce.Result r = DrivingForce.of(K, z, e, vm, T37);
        assertThat(r.dmu()).isCloseTo(r.dmuChemical() + r.dmuElectrical(), within(1e-9));
        assertThat(r.dmu()).isCloseTo(z * K.faraday() * (vm - e), within(1e-9));
    }

    @Property(tries = 300, seed = "42")
    void equilibriumIffUnitRatioIffZeroEnergy(@ForAll @DoubleRange(min = -0.2, max = 0.2) double e,
            @ForAll @DoubleRange(min = -0.01, max = 0.01) double offset, @ForAll @IntRange(min = 1, max = 3) int z) {
        DrivingForce.Result r = DrivingForce.of(K, z, e, e + offset, T37);
        assertThat(r.direction() == Direction.NONE).isEqualTo(r.drive() == 0);
        if (r.drive() == 0) {
            assertThat(r.fluxRatio()).isEqualTo(1.0);
            assertThat(r.dmu()).isZero();
        } else if (Math.abs(r.drive()) > 1e-9) {
            assertThat(r.fluxRatio()).isNotEqualTo(1.0);
            // flux ratio > 1 ⇔ influx ⇔ Δμ̃ < 0
            assertThat(r.fluxRatio() > 1).isEqualTo(r.direction() == Direction.INFLUX);
            assertThat(r.dmu() < 0).isEqualTo(r.direction() == Direction.INFLUX);
        }
    }

    @org.junit.jupiter.api.Test
    void typedMillivoltsSubtractWithoutBinaryNoise() {
        assertThat(DrivingForce.difference(-0.070, -0.064)).isEqualTo(-0.006);
        assertThat(DrivingForce.of(K, -1, -0.064, -0.070, T37).drive()).isEqualTo(-0.006);
    }

    @net.jqwik.api.Property
    void theDifferenceIsWithinAFewUlpsOfThePlainOne(@net.jqwik.api.ForAll double vm, @net.jqwik.api.ForAll double e) {
        net.jqwik.api.Assume.that(Double.isFinite(vm) && Double.isFinite(e) && Double.isFinite(vm - e));
        double scale = Math.ulp(Math.max(Math.abs(vm), Math.abs(e)));
        assertThat(Math.abs(DrivingForce.difference(vm, e) - (vm - e))).isLessThanOrEqualTo(4 * scale);
        assertThat(Math.signum(DrivingForce.difference(vm, e))).isIn(Math.signum(vm - e), 0.0);
    }
}
