package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.echem.core.GhkPotential.Permeant;

/**
 * Issue #9: the invariants of the laws that the per-law test classes do not already state as
 * properties (those are in NernstTest, DrivingForceTest, OhmicCurrentTest, GhkCurrentTest,
 * GhkPotentialTest, MullinsNodaTest, GrahameTest, SurfaceCorrectionTest, MembraneChargeTest).
 * Seeded and bounded: each property runs 200 tries with seed 42.
 */
class LawPropertiesTest {
    static final ConstantSet K = ConstantSet.CODATA2018;

    /** Grahame for a symmetric z:z salt: the closed form (asinh) and Brent's root of the general equation agree. */
    @Property(tries = 200, seed = "42")
    void grahameClosedFormEqualsRootFindingForSymmetricSalts(@ForAll @IntRange(min = 1, max = 3) int z,
            @ForAll @DoubleRange(min = 1e-3, max = 2000) @Scale(8) double c,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(8) double sigma,
            @ForAll @DoubleRange(min = 273.15, max = 373.15) @Scale(4) double t) {
        double eps = Water.relativePermittivity(t);
        double closed = Grahame.surfacePotential(K, eps, t, z, c, sigma);
        Grahame.Root root = Grahame.solve(K, eps, t, Electrolyte.symmetric(z, c), sigma);
        assertThat(root.psi0()).isCloseTo(closed, within(Math.abs(closed) * 1e-9 + 1e-15));
        assertThat(root.evaluations()).isBetween(sigma == 0 ? 0 : 1, Grahame.MAX_EVALUATIONS);
        assertThat(Math.signum(closed)).isEqualTo(Math.signum(sigma));
    }

    /** Nernst: E is antisymmetric also in z (E(−z) = −E(z)) and zero exactly when c_in = c_out, at any T. */
    @Property(tries = 200, seed = "42")
    void nernstIsOddInZAndZeroForEqualConcentrations(@ForAll @IntRange(min = 1, max = 3) int z,
            @ForAll @DoubleRange(min = 1e-12, max = 1e4) @Scale(12) double a, @ForAll @DoubleRange(min = 1e-12, max = 1e4) @Scale(12) double b,
            @ForAll @DoubleRange(min = 0.01, max = 1000) @Scale(12) double t) {
        assertThat(Nernst.potential(K, -z, a, b, t)).isEqualTo(-Nernst.potential(K, z, a, b, t));
        assertThat(Nernst.potential(K, z, a, a, t)).isZero();
        double slope = Nernst.slopePerDecade(K, z, t);
        assertThat(Nernst.potential(K, z, a, a * 10, t)).isCloseTo(slope, within(Math.abs(slope) * 1e-12));
    }

    /** GHK current through one ion vanishes exactly at its Nernst potential, for any valence and P. */
    @Property(tries = 200, seed = "42")
    void ghkCurrentVanishesAtTheNernstPotential(@ForAll @IntRange(min = -3, max = 3) int z,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(12) double a, @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(12) double b,
            @ForAll @DoubleRange(min = 1e-9, max = 1) @Scale(12) double p) {
        if (z == 0) {
            return;
        }
        double e = Nernst.potential(K, z, a, b, 310.15);
        double i = GhkCurrent.density(K, z, p, a, b, e, 310.15);
        double scale = p * Math.abs(z) * K.faraday() * (a + b) * (1 + Math.abs(z * e) / K.thermalVoltage(310.15));
        assertThat(i).isCloseTo(0, within(scale * 1e-12));
    }

    /** Mullins–Noda: V(r) is the GHK voltage with P_K scaled by r, for any ratio. */
    @Property(tries = 200, seed = "42")
    void mullinsNodaIsGhkWithPkScaledByR(@ForAll @DoubleRange(min = 1, max = 500) double kIn,
            @ForAll @DoubleRange(min = 1, max = 500) double kOut, @ForAll @DoubleRange(min = 1, max = 500) double naIn,
            @ForAll @DoubleRange(min = 1, max = 500) double naOut, @ForAll @DoubleRange(min = 0.001, max = 2) @Scale(12) double pNa,
            @ForAll @DoubleRange(min = 0.1, max = 5) @Scale(12) double r) {
        double v = MullinsNoda.potential(K, r, new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut), 310.15);
        double ghk = GhkPotential.reversal(K, List.of(new Permeant("K", 1, r, kIn, kOut),
                new Permeant("Na", 1, pNa, naIn, naOut)), 310.15);
        assertThat(v).isCloseTo(ghk, within(1e-12));
        MullinsNoda.Result res = MullinsNoda.of(K, r, new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut), 310.15);
        assertThat(res.withPump()).isEqualTo(v);
        assertThat(res.contribution()).isEqualTo(res.withPump() - res.withoutPump());
    }

    /** Ohmic current: I = g·(V_m − E) is linear in g and antisymmetric in (V_m, E). */
    @Property(tries = 200, seed = "42")
    void ohmicCurrentIsLinearInGAndOddInTheDrive(@ForAll @DoubleRange(min = 0, max = 1e-6) @Scale(12) double g,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) double vm, @ForAll @DoubleRange(min = -0.2, max = 0.2) double e) {
        double i = OhmicCurrent.current(g, vm, e);
        assertThat(OhmicCurrent.current(2 * g, vm, e)).isCloseTo(2 * i, within(Math.abs(i) * 1e-15));
        assertThat(OhmicCurrent.current(g, e, vm)).isEqualTo(-i);
        assertThat(Math.signum(i)).isEqualTo(g == 0 ? 0 : Math.signum(vm - e));
    }

    /** Debye length: κ⁻¹ ∝ 1/√I, so quadrupling the ionic strength halves it. */
    @Property(tries = 200, seed = "42")
    void debyeLengthHalvesWhenTheIonicStrengthQuadruples(@ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(12) double i,
            @ForAll @DoubleRange(min = 273.15, max = 373.15) double t) {
        double eps = Water.relativePermittivity(t);
        double d = Debye.length(K, eps, t, i);
        assertThat(Debye.length(K, eps, t, 4 * i)).isCloseTo(d / 2, within(d * 1e-14));
        double expected = Math.sqrt(eps * K.vacuumPermittivity() * K.gasConstant() * t
                / (2 * K.faraday() * K.faraday() * i));
        assertThat(d).isCloseTo(expected, within(expected * 1e-14));
    }

    /** Boltzmann: c_s = c·e^(−zFψ/RT); the factors of ψ1 and ψ2 multiply to the factor of ψ1 + ψ2. */
    @Property(tries = 200, seed = "42")
    void boltzmannFactorsMultiply(@ForAll @IntRange(min = 1, max = 3) int z,
            @ForAll @DoubleRange(min = -0.1, max = 0.1) double p1, @ForAll @DoubleRange(min = -0.1, max = 0.1) double p2,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(12) double c) {
        double f = Boltzmann.factor(K, z, p1 + p2, 310.15);
        assertThat(Boltzmann.factor(K, z, p1, 310.15) * Boltzmann.factor(K, z, p2, 310.15))
                .isCloseTo(f, within(f * 1e-12));
        assertThat(Boltzmann.concentration(K, z, c, p1, 310.15))
                .isCloseTo(c * Boltzmann.factor(K, z, p1, 310.15), within(c * f * 1e-9 + 1e-300));
        assertThat(Boltzmann.factor(K, -z, p1, 310.15)).isCloseTo(1 / Boltzmann.factor(K, z, p1, 310.15),
                within(1e-12 / Boltzmann.factor(K, z, p1, 310.15)));
    }
}
