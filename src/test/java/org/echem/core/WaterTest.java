package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaterTest {

    /**
     * The Malmberg &amp; Maryott (1956) fit itself, evaluated by hand (exact decimal arithmetic with
     * mpmath, 40 digits): 87.740 − 0.40008t + 9.398e-4t² − 1.410e-6t³. Tolerance 1e-12 absolute.
     * At 25 °C the fit gives 78.30334375; the 78.54 often quoted is an older measurement and is
     * deliberately not what this law returns (see {@link #quotedValueAt25IsNotTheFit}).
     */
    @ParameterizedTest(name = "{0} °C -> {1}")
    @CsvSource({
        "0,   87.74",        // t = 0: the constant term
        "25,  78.30334375",  // the fit at 25 °C
        "37,  74.15220547",  // body temperature, echem's default
        "100, 55.72",        // end of the fit's range
    })
    void malmbergMaryottFit(double celsius, double expected) {
        assertThat(Water.relativePermittivity(celsius + 273.15)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void quotedValueAt25IsNotTheFit() {
        // the often quoted 78.54 differs from the fit's 78.303 by 0.3 %: echem uses, and tests, the fit.
        assertThat(Water.relativePermittivity(298.15)).isCloseTo(78.30, within(0.005))
                .isNotCloseTo(78.54, within(0.1));
    }

    @Test
    void outsideZeroToHundredCelsiusIsAnError() {
        assertThatThrownBy(() -> Water.relativePermittivity(273.15 - 1)).isInstanceOf(DomainException.class)
                .hasMessageContaining("-1 °C").hasMessageContaining("0 to").hasMessageNotContaining("--"); // the core names no option
        assertThatThrownBy(() -> Water.relativePermittivity(273.15 + 101)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Water.relativePermittivity(Double.NaN)).isInstanceOf(DomainException.class);
    }
}
