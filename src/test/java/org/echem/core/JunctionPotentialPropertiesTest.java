package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.echem.core.JunctionPotential.Result;
import org.echem.core.JunctionPotential.Species;

/** Invariants of the junction potential, for both methods. */
class JunctionPotentialPropertiesTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double T = 298.15;

    private static List<Species> swapped(List<Species> ions) {
        List<Species> out = new ArrayList<>();
        for (Species s : ions) {
            out.add(s.swapped());
        }
        return out;
    }

    /**
     * A single salt X_ν₊ Y_ν₋ at two concentrations: both methods give the binary-electrolyte
     * closed form LJP = (RT/F)·(D₋ − D₊)/(z₊D₊ − z₋D₋)·ln(c_bath/c_pipette); for a 1:1 salt
     * ((u − v)/(u + v))·(RT/F)·ln(c_pipette/c_bath).
     */
    @Property(tries = 200, seed = "42")
    void singleSaltMatchesTheBinaryClosedForm(@ForAll @IntRange(min = 1, max = 3) int zp,
            @ForAll @IntRange(min = 1, max = 3) int zm, @ForAll @DoubleRange(min = 0.05, max = 5) @Scale(4) double u,
            @ForAll @DoubleRange(min = 0.05, max = 5) @Scale(4) double v,
            @ForAll @DoubleRange(min = 0.01, max = 500) @Scale(4) double c1,
            @ForAll @DoubleRange(min = 0.01, max = 500) @Scale(4) double c2) {
        // salt concentration c: cation zm·c, anion zp·c (neutral: zp·zm·c each way)
        List<Species> ions = List.of(Species.withMobility("X", zp, u, zm * c1, zm * c2),
                Species.withMobility("Y", -zm, v, zp * c1, zp * c2));
        double expected = K.thermalVoltage(T) * (v - u) / (zp * u + zm * v) * Math.log(c2 / c1);
        // the general solver is accurate to ~1e-9 relative (its residual and ODE tolerances); the closed
        // forms to rounding
        double tol = 1e-8 * Math.abs(expected) + 1e-11;
        double exact = 1e-12 * Math.abs(expected) + 1e-16;
        assertThat(JunctionPotential.planck(K, ions, T).ljp()).isCloseTo(expected, within(tol));
        assertThat(JunctionPotential.henderson(K, ions, T).ljp()).isCloseTo(expected, within(exact));
        assertThat(JunctionPotential.planckGeneral(K, ions, T).ljp()).isCloseTo(expected, within(tol));
        if (zp == 1 && zm == 1) {
            double oneOne = (u - v) / (u + v) * K.thermalVoltage(T) * Math.log(c1 / c2);
            assertThat(JunctionPotential.planckMonovalent(K, ions, T).ljp()).isCloseTo(oneOne, within(exact));
        }
    }

    /** Swapping pipette and bath flips the sign (both methods, any valences). */
    @Property(tries = 60, seed = "42")
    void swappingTheSidesFlipsTheSign(@ForAll("tableSolutions") List<Species> ions) {
        double p = JunctionPotential.planck(K, ions, T).ljp();
        double h = JunctionPotential.henderson(K, ions, T).ljp();
        assertThat(JunctionPotential.planck(K, swapped(ions), T).ljp()).isCloseTo(-p,
                within(1e-8 * Math.abs(p) + 1e-11));
        assertThat(JunctionPotential.henderson(K, swapped(ions), T).ljp()).isCloseTo(-h,
                within(1e-12 * Math.abs(h) + 1e-15));
    }

    /** Identical sides: no junction potential, exactly. */
    @Property(tries = 60, seed = "42")
    void identicalSidesGiveZero(@ForAll("tableSolutions") List<Species> ions) {
        List<Species> same = new ArrayList<>();
        for (Species s : ions) {
            same.add(s.withConcentrations(s.cPipette(), s.cPipette()));
        }
        assertThat(JunctionPotential.planck(K, same, T).ljp()).isZero();
        assertThat(JunctionPotential.henderson(K, same, T).ljp()).isZero();
    }

    /**
     * The same ions at proportional concentrations (bath = k·pipette): the linear profiles
     * cᵢ(x) = cᵢ(0)·(1 + (k − 1)x) carry constant fluxes and are neutral, so Planck = Henderson =
     * −(RT/F)·(Σzuc/Σz²uc)·ln k.
     */
    @Property(tries = 60, seed = "42")
    void proportionalSolutionsPlanckEqualsHenderson(@ForAll("tableSolutions") List<Species> ions,
            @ForAll @DoubleRange(min = 0.02, max = 50) @Scale(4) double k) {
        List<Species> prop = new ArrayList<>();
        double zu = 0;
        double zzu = 0;
        for (Species s : ions) {
            prop.add(s.withConcentrations(s.cPipette(), k * s.cPipette()));
            zu += s.z() * s.mobility() * s.cPipette();
            zzu += s.z() * s.z() * s.mobility() * s.cPipette();
        }
        double expected = -K.thermalVoltage(T) * zu / zzu * Math.log(k);
        double tol = 1e-8 * Math.abs(expected) + 1e-11;
        assertThat(JunctionPotential.henderson(K, prop, T).ljp()).isCloseTo(expected, within(tol));
        assertThat(JunctionPotential.planck(K, prop, T).ljp()).isCloseTo(expected, within(tol));
    }

    /**
     * The Planck solver converges for random solutions of table ions (any valences, ions absent on
     * one side, 0.1–200 mM, made neutral with K⁺ and Cl⁻), and its result scales with T.
     */
    @Property(tries = 150, seed = "42")
    void planckConvergesForRandomTableSolutions(@ForAll("tableSolutions") List<Species> ions) {
        Result r = JunctionPotential.planck(K, ions, T);
        assertThat(r.ljp()).isBetween(-0.2, 0.2);
        assertThat(r.evaluations()).isLessThan(5000);
        assertThat(JunctionPotential.planck(K, ions, 2 * T).ljp()).isCloseTo(2 * r.ljp(),
                within(1e-8 * Math.abs(r.ljp()) + 1e-11));
    }

    /** Monovalent sets: Planck's closed form and the general solver agree. */
    @Property(tries = 60, seed = "42")
    void closedFormAgreesWithTheGeneralSolver(@ForAll("monovalentSolutions") List<Species> ions) {
        double a = JunctionPotential.planckMonovalent(K, ions, T).ljp();
        double b = JunctionPotential.planckGeneral(K, ions, T).ljp();
        assertThat(b).isCloseTo(a, within(1e-8 * Math.abs(a) + 1e-11));
    }

    /**
     * Solutions over seven decades (1e-4 to 1e3 mM, up to 10 ions): the solver still converges
     * (shooting from the pipette alone did not, at ratios near 1e5).
     */
    @Property(tries = 100, seed = "7")
    void planckConvergesOverSevenDecades(@ForAll("wideSolutions") List<Species> ions) {
        Result r = JunctionPotential.planck(K, ions, T);
        assertThat(r.ljp()).isBetween(-0.5, 0.5);
        assertThat(JunctionPotential.planck(K, swapped(ions), T).ljp()).isCloseTo(-r.ljp(),
                within(1e-7 * Math.abs(r.ljp()) + 1e-11));
    }

    @Provide
    Arbitrary<List<Species>> tableSolutions() {
        return solutions(Mobility.table(), -1, 2.3, 5);
    }

    @Provide
    Arbitrary<List<Species>> wideSolutions() {
        return solutions(Mobility.table(), -4, 3, 8);
    }

    @Provide
    Arbitrary<List<Species>> monovalentSolutions() {
        return solutions(Mobility.table().stream().filter(e -> Math.abs(e.z()) == 1).toList(), -1, 2.3, 5);
    }

    /**
     * 1–{@code max} table ions with concentrations 0 (a third of the time) or 10^lo–10^hi mM on each
     * side, plus K⁺ and Cl⁻ at a common base concentration 10^lo–10^hi mM, raised on each side to make
     * it neutral.
     */
    private static Arbitrary<List<Species>> solutions(List<Mobility.Entry> pool, double lo, double hi, int max) {
        Arbitrary<Double> conc = Arbitraries.doubles().between(lo, hi).ofScale(4).map(x -> Math.pow(10, x));
        Arbitrary<Double> c = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0.0)),
                net.jqwik.api.Tuple.of(2, conc));
        Arbitrary<Species> ion = Combinators.combine(Arbitraries.of(pool), c, c)
                .as((e, p, b) -> new Species(e.name(), e.z(), e.relative(), e.source(), p, b));
        Arbitrary<List<Species>> others = ion.list().ofMinSize(1).ofMaxSize(max).uniqueElements(Species::name)
                .filter(l -> l.stream().noneMatch(s -> s.name().equals("K") || s.name().equals("Cl")));
        return Combinators.combine(others, conc, conc).as(JunctionPotentialPropertiesTest::neutralized);
    }

    private static List<Species> neutralized(List<Species> ions, double basePipette, double baseBath) {
        JunctionPotential.Imbalance q = JunctionPotential.imbalance(ions);
        List<Species> out = new ArrayList<>(ions);
        out.add(Species.of("K", basePipette + Math.max(0, -q.pipette()), baseBath + Math.max(0, -q.bath())));
        out.add(Species.of("Cl", basePipette + Math.max(0, q.pipette()), baseBath + Math.max(0, q.bath())));
        return out;
    }
}
