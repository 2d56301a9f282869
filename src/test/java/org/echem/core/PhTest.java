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

class PhTest {
    @ParameterizedTest(name = "pH {0} = {1} mM")
    @CsvSource({
        // pH = −log10([H+]/M) (Sørensen 1909; IUPAC Green Book §2.13); [H+] in mM = 10^(3 − pH).
        // SPEC §7: pH 7.2 = 10^−7.2 M = 10^−4.2 mM = 6.30957344480193e-5 mM. Tolerance 1e-12 relative.
        "7.2, 6.30957344480193e-5",
        "7, 1e-4",
        "3, 1",
        "0, 1000",
        "-1, 10000",
        "14, 1e-11",
    })
    void concentrationOfPh(double ph, double mM) {
        assertThat(Ph.concentration(ph)).isCloseTo(mM, withinPercentage(1e-10));
        assertThat(Ph.of(mM)).isCloseTo(ph, within(1e-12));
    }

    @Test
    void domainErrors() {
        assertThatThrownBy(() -> Ph.concentration(Double.NaN)).isInstanceOf(DomainException.class).hasMessageContaining("pH");
        assertThatThrownBy(() -> Ph.concentration(Double.POSITIVE_INFINITY)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Ph.concentration(400)).hasMessageContaining("underflows");
        assertThatThrownBy(() -> Ph.concentration(-400)).hasMessageContaining("overflows");
        assertThatThrownBy(() -> Ph.of(0)).isInstanceOf(DomainException.class).hasMessageContaining("H⁺");
        assertThatThrownBy(() -> Ph.of(-1e-7)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Ph.of(Double.NaN)).isInstanceOf(DomainException.class);
    }

    @Property(tries = 300, seed = "42")
    void roundTrip(@ForAll @DoubleRange(min = -2, max = 16) double ph) {
        assertThat(Ph.of(Ph.concentration(ph))).isCloseTo(ph, within(1e-12));
    }

    @Property(tries = 300, seed = "42")
    void oneUnitIsTenfold(@ForAll @DoubleRange(min = 0, max = 14) double ph) {
        assertThat(Ph.concentration(ph) / Ph.concentration(ph + 1)).isCloseTo(10, within(1e-11));
    }
}
