package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.echem.core.GhkPotential.Permeant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GhkPotentialTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double T = 310.15;

    private static Permeant p(String n, int z, double p, double in, double out) {
        return new Permeant(n, z, p, in, out);
    }

    /** Public reference case ghk-mammalian (rel 1e-9); here the closed form to 1e-13. */
    @Test
    void publicMammalianCase() {
        List<Permeant> ions = List.of(p("K", 1, 1, 140, 5), p("Na", 1, 0.04, 15, 145), p("Cl", -1, 0.45, 10, 110));
        assertThat(GhkPotential.reversal(K, ions, T) * 1e3).isCloseTo(-67.343094040387012, within(1e-11));
    }

    /**
     * Mono- and divalent cations: independent derivation. With x = e^(FV/RT), B(2u) = 2B(u)/(x + 1),
     * so the zero-current condition is the quadratic (A₁ + 4a₂)x² + (A₁ − B₁)x − (B₁ + 4b₂) = 0, with
     * A₁ = Σ P·c_in, B₁ = Σ P·c_out over monovalent cations and a₂ = Σ P·c_in, b₂ = Σ P·c_out over
     * divalent ones (an independent derivation, not the code path under test). Tolerance 1e-12 V.
     */
    @ParameterizedTest
    @CsvSource({
        // P_K, K_in, K_out, P_Na, Na_in, Na_out, P_Ca, Ca_in, Ca_out
        "1, 140, 5, 0.04, 15, 145, 0.5, 0.0001, 2",   // README example
        "1, 140, 5, 0, 1, 1, 1, 0, 10",               // Ca outside only (bi-ionic for Ca)
        "0.1, 100, 0, 0, 1, 1, 1, 0, 100",            // K inside only, Ca outside only
        "1, 150, 150, 1, 10, 10, 10, 0.0001, 10",     // Ca-selective channel with a K leak
    })
    void mixedValencesMatchTheQuadratic(double pk, double ki, double ko, double pna, double nai, double nao,
            double pca, double cai, double cao) {
        List<Permeant> ions = List.of(p("K", 1, pk, ki, ko), p("Na", 1, pna, nai, nao), p("Ca", 2, pca, cai, cao));
        assertThat(GhkPotential.reversal(K, ions, T)).isCloseTo(quadratic(ions), within(1e-12));
        GhkPotential.Root r = GhkPotential.rootFinding(K, ions, T);
        assertThat(r.evaluations()).isLessThan(60);
    }

    private static double quadratic(List<Permeant> ions) {
        double a1 = 0;
        double b1 = 0;
        double a2 = 0;
        double b2 = 0;
        for (Permeant i : ions) {
            if (i.z() == 1) {
                a1 += i.p() * i.cIn();
                b1 += i.p() * i.cOut();
            } else {
                a2 += i.p() * i.cIn();
                b2 += i.p() * i.cOut();
            }
        }
        double qa = a1 + 4 * a2;
        double qb = a1 - b1;
        double qc = -(b1 + 4 * b2);
        double x = (-qb + Math.sqrt(qb * qb - 4 * qa * qc)) / (2 * qa);
        return K.thermalVoltage(T) * Math.log(x);
    }

    @Test
    void noReversalWhenNoIonCanCarryCurrentBack() {
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(p("K", 1, 1, 140, 0), p("Ca", 2, 1, 1, 0)), T))
                .isInstanceOf(DomainException.class).hasMessageContaining("no ion can carry inward current");
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(p("Na", 1, 1, 0, 140), p("Cl", -1, 1, 100, 0)), T))
                .isInstanceOf(DomainException.class).hasMessageContaining("no ion can carry outward current");
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(p("K", 1, 0, 140, 5)), T))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> p("K", 1, -1, 140, 5)).isInstanceOf(DomainException.class);
    }

    /** Bi-ionic, monovalent: P_Na/P_K = ([K]i/[Na]o)·e^(FV/RT) (from the closed form; Hille, ch. 14). */
    @ParameterizedTest
    @CsvSource({"-0.050", "0", "0.012"})
    void biIonicPermeabilityRatio(double vrev) {
        double ratio = GhkPotential.permeabilityFor(K, p("Na", 1, 0, 0, 140), List.of(p("K", 1, 1, 140, 0)), vrev, T);
        assertThat(ratio).isCloseTo(Math.exp(vrev / K.thermalVoltage(T)), within(1e-13));
    }

    @Test
    void permeabilityForRejectsAnImpossibleReversalPotential() {
        // the others reverse at E_K ≈ -89 mV and E_Na = +60.6 mV: no P_Na ≥ 0 reaches +80 mV
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, p("Na", 1, 0, 15, 145),
                List.of(p("K", 1, 1, 140, 5)), 0.080, T)).isInstanceOf(DomainException.class)
                .hasMessageContaining("must lie between");
        double ena = Nernst.potential(K, 1, 15, 145, T);
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, p("Na", 1, 0, 15, 145),
                List.of(p("K", 1, 1, 140, 5)), ena, T)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Nernst potential");
    }

    /** A permeability found from V_rev gives that V_rev back (any valences). */
    @Property(tries = 200, seed = "42")
    void permeabilityForInvertsReversal(@ForAll @DoubleRange(min = 1e-3, max = 10) @Scale(6) double pCa,
            @ForAll @DoubleRange(min = 0.01, max = 2) @Scale(6) double pNa) {
        List<Permeant> others = List.of(p("K", 1, 1, 140, 5), p("Na", 1, pNa, 15, 145));
        Permeant ca = p("Ca", 2, pCa, 0.0001, 2);
        List<Permeant> all = new ArrayList<>(others);
        all.add(ca);
        double v = GhkPotential.reversal(K, all, T);
        assertThat(GhkPotential.permeabilityFor(K, ca, others, v, T)).isCloseTo(pCa, within(1e-8 * pCa));
    }

    /** One permeant ion: V_rev is its Nernst potential. */
    @Property(tries = 200, seed = "42")
    void onePermeantIonGivesNernst(@ForAll @IntRange(min = -2, max = 3) int z,
            @ForAll @DoubleRange(min = 1e-4, max = 500) @Scale(6) double cIn, @ForAll @DoubleRange(min = 1e-4, max = 500) @Scale(6) double cOut,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(6) double perm) {
        Assume.that(z != 0);
        double e = Nernst.potential(K, z, cIn, cOut, T);
        List<Permeant> ions = List.of(p("X", z, perm, cIn, cOut), p("Y", 1, 0, 10, 10));
        assertThat(GhkPotential.reversal(K, ions, T)).isCloseTo(e, within(1e-12 + 1e-12 * Math.abs(e)));
    }

    @Property(tries = 200, seed = "42")
    void scalingEveryPermeabilityLeavesVrevUnchanged(@ForAll("sets") List<Permeant> ions,
            @ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(6) double s) {
        List<Permeant> scaled = new ArrayList<>();
        for (Permeant i : ions) {
            scaled.add(p(i.name(), i.z(), i.p() * s, i.cIn(), i.cOut()));
        }
        assertThat(GhkPotential.reversal(K, scaled, T)).isCloseTo(GhkPotential.reversal(K, ions, T), within(1e-12));
    }

    @Property(tries = 200, seed = "42")
    void vrevLiesBetweenTheExtremeNernstPotentials(@ForAll("sets") List<Permeant> ions) {
        double v = GhkPotential.reversal(K, ions, T);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Permeant i : ions) {
            double e = Nernst.potential(K, i.z(), i.cIn(), i.cOut(), T);
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        assertThat(v).isBetween(lo - 1e-12, hi + 1e-12);
    }

    @Property(tries = 200, seed = "42")
    void closedFormEqualsRootFindingForMonovalentSets(@ForAll("monovalent") List<Permeant> ions) {
        double closed = GhkPotential.closedForm(K, ions, T);
        GhkPotential.Root r = GhkPotential.rootFinding(K, ions, T);
        assertThat(r.volts()).isCloseTo(closed, within(1e-12));
        assertThat(r.evaluations()).isLessThan(60);
    }

    /** Sets of 1 to 4 ions of valences −2…+3, on both sides. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Permeant>> sets() {
        return permeant(net.jqwik.api.Arbitraries.of(-2, -1, 1, 2, 3)).list().ofMinSize(1).ofMaxSize(4);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Permeant>> monovalent() {
        return permeant(net.jqwik.api.Arbitraries.of(-1, 1)).list().ofMinSize(1).ofMaxSize(4);
    }

    private static net.jqwik.api.Arbitrary<Permeant> permeant(net.jqwik.api.Arbitrary<Integer> z) {
        net.jqwik.api.Arbitrary<Double> c = net.jqwik.api.Arbitraries.doubles().between(1e-4, 500).ofScale(6);
        net.jqwik.api.Arbitrary<Double> perm = net.jqwik.api.Arbitraries.doubles().between(1e-3, 10).ofScale(6);
        return net.jqwik.api.Combinators.combine(z, perm, c, c).as((zz, pp, ci, co) -> p("I", zz, pp, ci, co));
    }

    /**
     * Bi-ionic and one-sided sets of any valences (some concentrations 0): whenever some ion can
     * carry current each way, the solver converges on the proven bracket and the total current
     * there is zero to rounding.
     */
    @Property(tries = 300, seed = "42")
    void rootFindingNeverFailsOnOneSidedSets(@ForAll("oneSided") List<Permeant> ions) {
        double a = 0;
        double b = 0;
        for (Permeant i : ions) {
            a += i.p() * i.outward();
            b += i.p() * i.inward();
        }
        Assume.that(a > 0 && b > 0);
        GhkPotential.Root r = GhkPotential.rootFinding(K, ions, T);
        assertThat(r.volts()).isBetween(r.lo(), r.hi());
        assertThat(r.evaluations()).isLessThan(100);
        double sum = 0;
        double scale = 0;
        for (Permeant i : ions) {
            sum += GhkCurrent.density(K, i.z(), i.p(), i.cIn(), i.cOut(), r.volts(), T);
            double u = i.z() * r.volts() / K.thermalVoltage(T);
            scale += i.p() * Math.abs(i.z()) * K.faraday()
                    * (i.cIn() * GhkCurrent.bernoulli(-u) + i.cOut() * GhkCurrent.bernoulli(u));
        }
        assertThat(Math.abs(sum)).as("%s %s", ions, r).isLessThanOrEqualTo(1e-9 * scale);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Permeant>> oneSided() {
        net.jqwik.api.Arbitrary<Double> c = net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(2, net.jqwik.api.Arbitraries.doubles().between(-6, 3).ofScale(6)
                        .map(x -> Math.pow(10, x))));
        net.jqwik.api.Arbitrary<Double> perm = net.jqwik.api.Arbitraries.doubles().between(-6, 2).ofScale(6)
                .map(x -> Math.pow(10, x));
        net.jqwik.api.Arbitrary<Integer> z = net.jqwik.api.Arbitraries.of(-2, -1, 1, 2, 3);
        return net.jqwik.api.Combinators.combine(z, perm, c, c).filter((zz, pp, ci, co) -> ci + co > 0)
                .as((zz, pp, ci, co) -> p("I", zz, pp, ci, co)).list().ofMinSize(1).ofMaxSize(4);
    }
}
