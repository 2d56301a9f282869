package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PumpCurrentTest {
    /** ΔV = −I/G (Ohm's law; independent hand arithmetic); tolerance 1e-15 V. */
    @ParameterizedTest(name = "I={0} A, G={1} S")
    @CsvSource({
        // 20 pA outward through 4 nS: −5 mV
        "20e-12, 4e-9, -5e-3",
        // an inward pump current depolarises: −10 pA through 2 nS = +5 mV
        "-10e-12, 2e-9, 5e-3",
        // per area: 1 uA/cm2 = 0.01 A/m2 through 0.3 mS/cm2 = 3 S/m2: −3.333 mV
        "0.01, 3, -3.3333333333333335e-3",
        "0, 1e-9, 0",
    })
    void shiftIsMinusCurrentOverConductance(double i, double g, double dv) {
        assertThat(PumpCurrent.voltageShift(i, g)).isCloseTo(dv, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"1e-12, 0", "1e-12, -1e-9", "NaN, 1e-9", "1e-12, NaN"})
    void rejectsBadInputs(double i, double g) {
        assertThatThrownBy(() -> PumpCurrent.voltageShift(i, g)).isInstanceOf(DomainException.class);
    }
}
