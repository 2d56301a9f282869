package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NernstTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    private static double celsius(double c) {
        return c + 273.15;
    }

    @Test
    void neuronPublishedValue() {
        // NEURON test_eion_cover.py: nernst(ci=10, co=140, z=1) at celsius = 6.3 → 63.55150321937486 mV
        // (NEURON 8+ uses the CODATA 2018 constants); tolerance 1e-12 relative.
        double e = Nernst.potential(K, 1, 10, 140, celsius(6.3));
        assertThat(e * 1e3).isCloseTo(63.55150321937486, withinPercentage(1e-10));
    }

    @ParameterizedTest(name = "{0}: {1}/{2} mM, z={3} → {4} mV")
    @CsvSource({
        // Hille (2001) Ion Channels of Excitable Membranes, 3rd ed., Table 1.1, mammalian skeletal
        // muscle at 37 °C; the table rounds E to whole mV, hence the 1 mV tolerance.
        "Na, 12, 145, 1, 67",
        "K, 155, 4, 1, -98",
        "Ca, 0.0001, 1.5, 2, 129",
        "Cl, 4.2, 123, -1, -90",
    })
    void hilleTable11(String ion, double cIn, double cOut, int z, double expectedMv) {
        assertThat(Nernst.potential(K, z, cIn, cOut, celsius(37)) * 1e3).isCloseTo(expectedMv, within(1.0));
    }

    @ParameterizedTest
    @CsvSource({
        // Seed worked examples (shared/reference/public-cases.tsv), checked independently with
        // bc -l at scale 40: k_B·T/e·ln(145/15) = 60.63433164305339... mV, ln(145/45): 31.27209550696984... mV.
        // Tolerance 1e-12 relative (double rounding only).
        "15, 145, 1, 60.634331643053393",
        "45, 145, 1, 31.272095506969844",
    })
    void seedWorkedExamples(double cIn, double cOut, int z, double expectedMv) {
        assertThat(Nernst.potential(K, z, cIn, cOut, celsius(37)) * 1e3).isCloseTo(expectedMv, withinPercentage(1e-10));
    }

    @Test
    void textbookConstantsDifferInTheFourthDigit() {
        double exact = Nernst.potential(ConstantSet.CODATA2018, 1, 140, 5, celsius(37));
        double rounded = Nernst.potential(ConstantSet.TEXTBOOK, 1, 140, 5, celsius(37));
        // R = 8.314 / F = 96485 vs 8.314462618 / 96485.33212: ratio 0.99994780...
        assertThat(rounded / exact).isCloseTo(8.314 / 96485.0 / (8.31446261815324 / 96485.33212331001), within(1e-15));
    }

    @Test
    void slopeIs61mVPerDecadeAt37C() {
        // RT·ln(10)/F at 310.15 K = 61.5404 mV (independent: 0.0267269755 × 2.302585093)
        assertThat(Nernst.slopePerDecade(K, 1, celsius(37)) * 1e3).isCloseTo(61.5404, within(1e-4));
        assertThat(Nernst.slopePerDecade(K, -1, celsius(37))).isNegative();
    }

    @Test
    void domainErrors() {
        assertThatThrownBy(() -> Nernst.potential(K, 0, 1, 1, 300)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Nernst.potential(K, 1, 0, 1, 300)).hasMessageContaining("inside");
        assertThatThrownBy(() -> Nernst.potential(K, 1, 1, -1, 300)).hasMessageContaining("outside");
        assertThatThrownBy(() -> Nernst.potential(K, 1, Double.NaN, 1, 300)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Nernst.potential(K, 1, 1, Double.POSITIVE_INFINITY, 300))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Nernst.potential(K, 1, 1, 1, 0)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> Nernst.temperatureFor(K, 1, 0.01, 140, 5)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Nernst.temperatureFor(K, 1, 0.01, 5, 5)).isInstanceOf(DomainException.class);
    }

    @Test
    void extremeRatiosDoNotOverflow() {
        double e = Nernst.potential(K, 1, 1e-300, 1e300, 300);
        assertThat(e).isFinite().isPositive();
        assertThat(Nernst.logRatio(1e300, 1e-300)).isCloseTo(600 * Math.log(10), withinPercentage(1e-12));
    }

    @Property(tries = 300, seed = "42")
    void antisymmetricInInAndOut(@ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(12) double a,
            @ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(12) double b, @ForAll @IntRange(min = 1, max = 3) int z,
            @ForAll @DoubleRange(min = 250, max = 350) double t) {
        assertThat(Nernst.potential(K, z, a, b, t)).isCloseTo(-Nernst.potential(K, z, b, a, t), within(1e-15));
    }

    @Property(tries = 300, seed = "42")
    void scalesAsOneOverZ(@ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(12) double a,
            @ForAll @DoubleRange(min = 1e-6, max = 1e4) @Scale(12) double b, @ForAll @IntRange(min = -3, max = 3) int z) {
        if (z == 0) {
            return;
        }
        double e1 = Nernst.potential(K, 1, a, b, 310.15);
        assertThat(Nernst.potential(K, z, a, b, 310.15)).isCloseTo(e1 / z, within(1e-14));
    }

    @Property(tries = 300, seed = "42")
    void inverseSolvesRoundTrip(@ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(12) double a,
            @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(12) double b, @ForAll @IntRange(min = -2, max = 2) int z,
            @ForAll @DoubleRange(min = 250, max = 350) double t) {
        if (z == 0 || Math.abs(a / b - 1) < 1e-6) {
            return;
        }
        double e = Nernst.potential(K, z, a, b, t);
        assertThat(Nernst.insideFor(K, z, e, b, t)).isCloseTo(a, withinPercentage(1e-9));
        assertThat(Nernst.outsideFor(K, z, e, a, t)).isCloseTo(b, withinPercentage(1e-9));
        assertThat(Nernst.temperatureFor(K, z, e, a, b)).isCloseTo(t, withinPercentage(1e-6));
    }
}
