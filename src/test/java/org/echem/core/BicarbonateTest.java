package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicarbonateTest {
    private static final double MMHG = Bicarbonate.MMHG;

    @Test
    void classicArterialPlasma() {
        // Normal arterial plasma: pH 7.40, PCO2 40 mmHg, [HCO3-] 24 mM (Silverthorn, Human Physiology,
        // ch. 20 problem 3; Harper's Illustrated Biochemistry: 6.1 + log(24 / (0.03 × 40)) = 7.4).
        // With S = 0.0307 mM/mmHg (Austin et al. 1963) and pK' = 6.1 (Severinghaus et al. 1956):
        // 0.0307 × 40 × 10^1.3 = 24.501821227817842 mM (Python). Tolerance 0.6 mM against the rounded 24 mM;
        // 1e-10 relative against the exact figure.
        double hco3 = Bicarbonate.concentration(Bicarbonate.PLASMA_37C, 7.4, 40 * MMHG);
        assertThat(hco3).isCloseTo(24, within(0.6));
        assertThat(hco3).isCloseTo(24.501821227817842, withinPercentage(1e-8));
        assertThat(Bicarbonate.dissolvedCo2(Bicarbonate.PLASMA_37C, 40 * MMHG)).isCloseTo(1.228, within(1e-12));
    }

    @ParameterizedTest(name = "S={0} mM/mmHg, pK={1}, pH {2}, PCO2 {3} mmHg → {4} mM")
    @CsvSource({
        // Harper's / Silverthorn form S = 0.03, pK 6.1: 0.03 × 40 × 10^1.3 = 23.943147779626557 (Python)
        "0.03, 6.1, 7.4, 40, 23.943147779626557",
        // IFCC / blood-gas analyser constants (Siggaard-Andersen 1974): pK' 6.095, S 0.0307:
        // 0.0307 × 40 × 10^1.305 = 24.785538946009602 mM (Python)
        "0.0307, 6.095, 7.4, 40, 24.785538946009602",
        // Silverthorn ch. 20 problem 3b: venous PCO2 46 mmHg with the same 24 mM: pH = 6.1 + log10(24/1.38)
        // = 7.340332155310369 (Python); forward, that pH gives back 24 mM
        "0.03, 6.1, 7.340332155310369, 46, 24",
    })
    void overriddenParameters(double s, double pk, double ph, double pco2MmHg, double expected) {
        Bicarbonate.Parameters p = Bicarbonate.Parameters.ofMmHg(s, pk);
        assertThat(Bicarbonate.concentration(p, ph, pco2MmHg * MMHG)).isCloseTo(expected, withinPercentage(1e-8));
    }

    @Test
    void phFromBicarbonate() {
        // Silverthorn ch. 20 problem 3a: PCO2 40 mmHg, [HCO3-] 24 mM, S 0.03, pK 6.1 → pH = 6.1 + log10(20) = 7.40103
        Bicarbonate.Parameters p = Bicarbonate.Parameters.ofMmHg(0.03, 6.1);
        assertThat(Bicarbonate.ph(p, 24, 40 * MMHG)).isCloseTo(6.1 + Math.log10(20), within(1e-12));
    }

    @Test
    void mmHgIsTheConventionalOne() {
        // NIST SP 811 B.8: 1 mmHg = 1.333224e2 Pa (13.5951 g/cm3 × 9.80665 m/s2 × 1 mm)
        assertThat(MMHG).isCloseTo(13595.1 * 9.80665 * 1e-3, within(1e-9));
        assertThat(MMHG).isCloseTo(133.322, within(0.001));
    }

    @Test
    void domainErrors() {
        Bicarbonate.Parameters p = Bicarbonate.PLASMA_37C;
        assertThatThrownBy(() -> Bicarbonate.concentration(p, 7.4, 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("PCO₂");
        assertThatThrownBy(() -> Bicarbonate.concentration(p, Double.NaN, 5000)).hasMessageContaining("pH");
        assertThatThrownBy(() -> Bicarbonate.concentration(p, 400, 5000)).hasMessageContaining("overflows");
        assertThatThrownBy(() -> Bicarbonate.ph(p, 0, 5000)).hasMessageContaining("HCO₃");
        assertThatThrownBy(() -> Bicarbonate.Parameters.ofMmHg(0, 6.1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Bicarbonate.Parameters(1e-4, Double.NaN)).hasMessageContaining("pK");
    }

    @Property(tries = 300, seed = "42")
    void phRoundTrip(@ForAll @DoubleRange(min = 6.5, max = 8) double ph,
            @ForAll @DoubleRange(min = 10, max = 120) double pco2MmHg) {
        Bicarbonate.Parameters p = Bicarbonate.PLASMA_37C;
        double hco3 = Bicarbonate.concentration(p, ph, pco2MmHg * MMHG);
        assertThat(Bicarbonate.ph(p, hco3, pco2MmHg * MMHG)).isCloseTo(ph, within(1e-12));
    }

    @Property(tries = 300, seed = "42")
    void proportionalToPco2AtFixedPh(@ForAll @DoubleRange(min = 6.5, max = 8) double ph,
            @ForAll @DoubleRange(min = 10, max = 120) double pco2MmHg) {
        Bicarbonate.Parameters p = Bicarbonate.PLASMA_37C;
        double a = Bicarbonate.concentration(p, ph, pco2MmHg * MMHG);
        double b = Bicarbonate.concentration(p, ph, 2 * pco2MmHg * MMHG);
        assertThat(b / a).isCloseTo(2, within(1e-12));
    }
}
