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

class MullinsNodaTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    /**
     * V(r) and V(1) from the Mullins &amp; Noda (1963, J Gen Physiol 47:117) equation
     * V = (RT/F)·ln((r·P_K[K]o + P_Na[Na]o) / (r·P_K[K]i + P_Na[Na]i)).
     * Expected values: an independent derivation of that equation in Python 3 (math.log, exact
     * SI 2019 constants, R = k_B·N_A, F = e·N_A); tolerance 1e-12 relative.
     */
    @ParameterizedTest(name = "r={0} P_Na/P_K={1} T={6} K")
    @CsvSource({
        // seed case (public reference seed-pump-v): mammalian-like gradients, 37 °C, 3:2 pump
        "1.5, 0.04, 140, 5, 15, 145, 310.15, -73.82428598048575, -68.59057219058803",
        // frog sartorius gradients (Conway 1957, the muscle of Mullins & Noda), P_Na/P_K = 0.01, 20 °C
        "1.5, 0.01, 124, 2.25, 10.4, 109, 293.15, -94.22710807855552, -91.3248574806454",
        // squid axon gradients (Hodgkin 1964 via Kandel Table 6-1), 6.3 °C
        "1.5, 0.04, 400, 20, 50, 440, 279.45, -61.10407347694756, -57.05900472091462",
        // a 3:1 coupling ratio, seed gradients
        "3, 0.04, 140, 5, 15, 145, 310.15, -80.35982841835842, -68.59057219058803",
    })
    void potentialMatchesIndependentDerivation(double r, double pNa, double kIn, double kOut, double naIn,
            double naOut, double t, double vPumpMv, double vNoPumpMv) {
        MullinsNoda.Gradients g = new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut);
        MullinsNoda.Result res = MullinsNoda.of(K, r, g, t);
        assertThat(res.withPump() * 1e3).isCloseTo(vPumpMv, within(Math.abs(vPumpMv) * 1e-12));
        assertThat(res.withoutPump() * 1e3).isCloseTo(vNoPumpMv, within(Math.abs(vNoPumpMv) * 1e-12));
        assertThat(res.contribution()).isEqualTo(res.withPump() - res.withoutPump());
    }

    @ParameterizedTest
    @CsvSource({"0", "-1.5", "NaN", "Infinity"})
    void rejectsABadCouplingRatio(double r) {
        MullinsNoda.Gradients g = new MullinsNoda.Gradients(1, 0.04, 140, 5, 15, 145);
        assertThatThrownBy(() -> MullinsNoda.potential(K, r, g, 310.15)).isInstanceOf(DomainException.class)
                .hasMessageContaining("coupling ratio");
    }

    @ParameterizedTest
    @CsvSource({"0, 0.04, 140, 5, 15, 145", "1, -0.1, 140, 5, 15, 145", "1, 0.04, 0, 5, 15, 145",
        "1, 0.04, 140, 5, NaN, 145"})
    void rejectsBadGradients(double pK, double pNa, double kIn, double kOut, double naIn, double naOut) {
        assertThatThrownBy(() -> new MullinsNoda.Gradients(pK, pNa, kIn, kOut, naIn, naOut))
                .isInstanceOf(DomainException.class);
    }

    @Property(tries = 200, seed = "42")
    void electroneutralPumpContributesNothing(@ForAll @DoubleRange(min = 1, max = 500) double kIn,
            @ForAll @DoubleRange(min = 1, max = 500) double kOut, @ForAll @DoubleRange(min = 1, max = 500) double naIn,
            @ForAll @DoubleRange(min = 1, max = 500) double naOut, @ForAll @DoubleRange(min = 0, max = 2) double pNa) {
        MullinsNoda.Gradients g = new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut);
        assertThat(MullinsNoda.of(K, 1, g, 310.15).contribution()).isZero();
    }

    @Property(tries = 200, seed = "42")
    void contributionGrowsInMagnitudeWithTheRatio(@ForAll @DoubleRange(min = 1, max = 500) double kIn,
            @ForAll @DoubleRange(min = 1, max = 500) double kOut, @ForAll @DoubleRange(min = 1, max = 500) double naIn,
            @ForAll @DoubleRange(min = 1, max = 500) double naOut, @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 2) double pNa,
            @ForAll @DoubleRange(min = 1, max = 5) double r1, @ForAll @DoubleRange(min = 0, max = 5) double step) {
        MullinsNoda.Gradients g = new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut);
        double c1 = MullinsNoda.of(K, r1, g, 310.15).contribution();
        double c2 = MullinsNoda.of(K, r1 + step, g, 310.15).contribution();
        assertThat(Math.abs(c2)).isGreaterThanOrEqualTo(Math.abs(c1) - 1e-15);
    }

    @Property(tries = 100, seed = "42")
    void normalGradientsMakeAThreeToTwoPumpHyperpolarise(@ForAll @DoubleRange(min = 50, max = 400) double kIn,
            @ForAll @DoubleRange(min = 1, max = 20) double kOut, @ForAll @DoubleRange(min = 5, max = 40) double naIn,
            @ForAll @DoubleRange(min = 100, max = 450) double naOut,
            @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 1) double pNa) {
        MullinsNoda.Gradients g = new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut);
        assertThat(MullinsNoda.of(K, 1.5, g, 310.15).contribution()).isNegative();
    }

    /**
     * At r = 1 Mullins–Noda is the GHK voltage equation for K⁺ and Na⁺. Checked independently: the V
     * at which the summed GHK currents of K⁺ and Na⁺ vanish, found by bisection on [E_lo, E_hi].
     */
    @Property(tries = 200, seed = "42")
    void atRatioOneItIsTheGhkVoltage(@ForAll @DoubleRange(min = 1, max = 500) double kIn,
            @ForAll @DoubleRange(min = 1, max = 500) double kOut, @ForAll @DoubleRange(min = 1, max = 500) double naIn,
            @ForAll @DoubleRange(min = 1, max = 500) double naOut, @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 2) double pNa,
            @ForAll @DoubleRange(min = 273.15, max = 320) double t) {
        double vt = K.gasConstant() * t / K.faraday();
        double eK = vt * Math.log(kOut / kIn);
        double eNa = vt * Math.log(naOut / naIn);
        double lo = Math.min(eK, eNa) - 1e-3;
        double hi = Math.max(eK, eNa) + 1e-3;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = 0.5 * (lo + hi);
            if (ghkCurrent(1, kIn, kOut, mid, vt) + ghkCurrent(pNa, naIn, naOut, mid, vt) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double root = 0.5 * (lo + hi);
        double v = MullinsNoda.potential(K, 1, new MullinsNoda.Gradients(1, pNa, kIn, kOut, naIn, naOut), t);
        assertThat(v).isCloseTo(root, within(1e-11));
    }

    /** GHK current of a monovalent cation up to the factor F²/RT, positive outward; rises with V. */
    private static double ghkCurrent(double p, double cIn, double cOut, double v, double vt) {
        double u = v / vt;
        if (u == 0) {
            return p * vt * (cIn - cOut);
        }
        return p * v * (cIn - cOut * Math.exp(-u)) / -Math.expm1(-u);
    }
}
