package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrahameTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double E = 1.602176634e-19;

    private static Electrolyte.Species sp(int z, double c) {
        return new Electrolyte.Species(z > 0 ? "cation" + z : "anion" + z, z, c);
    }

    /** Public reference case seed-surface: σ = −1e/250 Å², 150 mM 1:1 salt, 25 °C, ε_r = 78.5. */
    @Test
    void publicReferenceCase() {
        double sigma = -E / 250e-20;
        double psi = Grahame.surfacePotential(K, 78.5, 298.15, 1, 150, sigma);
        assertThat(psi * 1e3).isCloseTo(-58.755688663841007, withinPercentage(1e-7));
    }

    /**
     * Independent derivation: mpmath at 40 digits, bisection on Grahame's equation
     * σ² = 2ε_rε0RT·Σ cᵢ(e^(−zᵢFψ/RT) − 1) with the CODATA 2018 constants (the script is
     * src/test/resources/org/echem/core/grahame_reference.py). ε_r 74.15220547 is Malmberg–Maryott at
     * 37 °C. Tolerance: relative 1e-11.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // name,                              z1, c1,  z2, c2,  z3, c3,  z4, c4,   σ C/m²,  T K,    ε_r,         ψ0 mV
        "'Na 150, Cl 154, Ca 2; σ<0',          1, 150, -1, 154, 2,  2,   -2, 0,    -0.05,  310.15, 74.15220547, -49.079355794357126156",
        "'Na 150, Cl 154, Ca 2; σ>0',          1, 150, -1, 154, 2,  2,   -2, 0,     0.05,  310.15, 74.15220547,  50.572530226355412441",
        "'CaCl2 10 mM; σ<0',                   2, 10,  -1, 20,  1,  0,   -2, 0,    -0.1,   298.15, 78.5,        -72.972355069565453681",
        "'CaCl2 10 mM; σ>0',                   2, 10,  -1, 20,  1,  0,   -2, 0,     0.1,   298.15, 78.5,        128.14620697184364986",
        "'Na2SO4 1 mM; σ<0',                   1, 2,   -2, 1,   1,  0,    2, 0,    -0.01,  298.15, 78.5,        -71.247083347791836131",
        "'K 145, Mg 1, Cl 120, HPO4 13.5',     1, 145,  2, 1,  -1, 120,  -2, 13.5, -0.02,  310.15, 74.0,        -22.662280248697082919",
    })
    void mixturesAgainstHighPrecisionBisection(String name, int z1, double c1, int z2, double c2, int z3, double c3,
            int z4, double c4, double sigma, double t, double eps, double expectedMilli) {
        Electrolyte el = new Electrolyte(List.of(sp(z1, c1), sp(z2, c2), sp(z3, c3), sp(z4, c4)));
        Grahame.Root root = Grahame.solve(K, eps, t, el, sigma);
        assertThat(root.psi0() * 1e3).isCloseTo(expectedMilli, withinPercentage(1e-9));
        assertThat(root.evaluations()).isBetween(1, 60);
        assertThat(Grahame.surfacePotential(K, eps, t, el, sigma)).isEqualTo(root.psi0());
    }

    /** The closed form for z:z salts agrees with the root finder on the same salts (relative 1e-12). */
    @ParameterizedTest(name = "z={0}, c={1} mM, σ={2} C/m²")
    @CsvSource({
        "1, 150,  -0.06408706536",
        "1, 150,   0.2",
        "1, 1,     1e-6",
        "1, 0.01, -0.3",
        "2, 50,   -0.1",
        "2, 10,    0.02",
        "3, 5,    -0.05",
        "1, 1000,  1e-9",
    })
    void closedFormMatchesRootFinding(int z, double c, double sigma) {
        double closed = Grahame.surfacePotential(K, 78.5, 298.15, z, c, sigma);
        Grahame.Root root = Grahame.solve(K, 78.5, 298.15, Electrolyte.symmetric(z, c), sigma);
        assertThat(root.psi0()).isCloseTo(closed, within(Math.abs(closed) * 1e-12));
        assertThat(Math.signum(root.psi0())).isEqualTo(Math.signum(sigma));
        assertThat(root.evaluations()).isLessThanOrEqualTo(60);
    }

    /** Debye–Hückel limit, derived independently: for |σ| ≪ √(8cε_rε0RT), ψ0 → σ·κ⁻¹/(ε_rε0). */
    @Test
    void smallChargeTendsToDebyeHuckel() {
        double sigma = 1e-6;
        double eps = 78.5;
        double t = 298.15;
        double debye = Debye.length(K, eps, t, 150);
        double linear = sigma * debye / (eps * K.vacuumPermittivity());
        assertThat(Grahame.surfacePotential(K, eps, t, 1, 150, sigma)).isCloseTo(linear, within(linear * 1e-6));
        Electrolyte mix = new Electrolyte(List.of(sp(1, 140), sp(2, 5), sp(-1, 150)));
        double debyeMix = Debye.length(K, eps, t, mix.ionicStrength());
        double linearMix = sigma * debyeMix / (eps * K.vacuumPermittivity());
        assertThat(Grahame.surfacePotential(K, eps, t, mix, sigma)).isCloseTo(linearMix, within(linearMix * 1e-6));
    }

    @Test
    void zeroChargeIsZeroPotential() {
        assertThat(Grahame.surfacePotential(K, 78.5, 298.15, 1, 150, 0)).isZero();
        Electrolyte mix = new Electrolyte(List.of(sp(1, 150), sp(-1, 154), sp(2, 2)));
        assertThat(Grahame.solve(K, 78.5, 298.15, mix, 0)).isEqualTo(new Grahame.Root(0, 0));
        assertThat(Grahame.surfaceCharge(K, 78.5, 298.15, mix, 0)).isZero();
    }

    @Test
    void domainErrors() {
        Electrolyte nonNeutral = new Electrolyte(List.of(sp(1, 150), sp(-1, 140)));
        assertThatThrownBy(() -> Grahame.surfacePotential(K, 78.5, 298.15, nonNeutral, -0.05))
                .isInstanceOf(DomainException.class).hasMessageContaining("not electroneutral");
        assertThatThrownBy(() -> Grahame.surfacePotential(K, 0, 298.15, 1, 150, -0.05))
                .isInstanceOf(DomainException.class).hasMessageContaining("ε_r");
        assertThatThrownBy(() -> Grahame.surfacePotential(K, 78.5, 298.15, 1, 0, -0.05))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Grahame.surfacePotential(K, 78.5, 298.15, 1, 150, Double.NaN))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Grahame.surfaceCharge(K, 78.5, 298.15, 1, 150, 100.0))
                .isInstanceOf(DomainException.class).hasMessageContaining("out of range");
    }

    @Test
    void phiIsAccurateAcrossTheSeriesSwitch() {
        for (double x : new double[] {-0.0499999, 0.0499999, 0.05, -0.05, 0.3, -2}) {
            double exact = Math.exp(-x) - 1 + x; // direct formula: its cancellation error is < 1e-12 for |x| ≥ 0.05
            assertThat(Grahame.phi(x)).isCloseTo(exact, within(Math.abs(exact) * 1e-7 + 1e-30));
        }
        // below the switch the series must beat the direct formula: φ(1e-8) = 5e-17 − 1.7e-25 + …
        assertThat(Grahame.phi(1e-8)).isCloseTo(5e-17 - 1e-24 / 6, within(1e-31));
    }

    // ---- properties ----------------------------------------------------------------------------

    /** Round trip σ → ψ0 → σ for symmetric salts (closed forms both ways). */
    @Property(tries = 200, seed = "42")
    void roundTripSymmetric(@ForAll @IntRange(min = 1, max = 3) int z,
            @ForAll @DoubleRange(min = 0.01, max = 2000) @Scale(8) double c,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(8) double sigma,
            @ForAll @DoubleRange(min = 273.15, max = 333.15) @Scale(8) double t) {
        double eps = Water.relativePermittivity(t);
        double psi = Grahame.surfacePotential(K, eps, t, z, c, sigma);
        double back = Grahame.surfaceCharge(K, eps, t, z, c, psi);
        assertThat(back).isCloseTo(sigma, within(Math.abs(sigma) * 1e-12 + 1e-18));
    }

    /** Round trip σ → ψ0 → σ for mixtures with unequal valences (root finding, general inverse). */
    @Property(tries = 200, seed = "42")
    void roundTripMixtures(@ForAll("mixtures") Electrolyte el,
            @ForAll @DoubleRange(min = -0.4, max = 0.4) @Scale(8) double sigma) {
        double psi = Grahame.surfacePotential(K, 74.15, 310.15, el, sigma);
        assertThat(Math.signum(psi)).isEqualTo(Math.signum(sigma));
        double back = Grahame.surfaceCharge(K, 74.15, 310.15, el, psi);
        assertThat(back).isCloseTo(sigma, within(Math.abs(sigma) * 1e-9 + 1e-15));
    }

    /** Electroneutral mixtures: Na/K (1), Ca/Mg (2), Cl (−1), SO4/HPO4 (−2); the last anion balances the charge. */
    @Provide
    Arbitrary<Electrolyte> mixtures() {
        Arbitrary<Double> conc = Arbitraries.doubles().between(0.01, 300);
        Arbitrary<Double> frac = Arbitraries.doubles().between(0.0, 1.0);
        return Combinators.combine(conc, conc, frac, Arbitraries.of(-1, -2)).as((mono, di, split, last) -> {
            List<Electrolyte.Species> list = new ArrayList<>();
            list.add(sp(1, mono));
            list.add(sp(2, di));
            double positive = mono + 2 * di;
            double firstAnion = positive * split; // charge carried by the first anion
            list.add(sp(last == -1 ? -2 : -1, last == -1 ? firstAnion / 2 : firstAnion));
            double rest = positive - firstAnion;
            list.add(sp(last, rest / -last));
            return new Electrolyte(list);
        });
    }
}
