package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoltzmannTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    @Test
    void factorOfOneThermalVoltageIsE() {
        double vt = K.thermalVoltage(298.15);
        assertThat(Boltzmann.factor(K, 1, -vt, 298.15)).isCloseTo(Math.E, within(1e-15));
        assertThat(Boltzmann.factor(K, -1, -vt, 298.15)).isCloseTo(1 / Math.E, within(1e-15));
        assertThat(Boltzmann.factor(K, 2, -vt, 298.15)).isCloseTo(Math.E * Math.E, within(1e-14));
        assertThat(Boltzmann.factor(K, 1, 0, 298.15)).isEqualTo(1);
        assertThat(Boltzmann.concentration(K, 2, 2, -vt, 298.15)).isCloseTo(2 * Math.E * Math.E, within(1e-13));
    }

    @Test
    void extremePotentialsAreErrors() {
        assertThatThrownBy(() -> Boltzmann.factor(K, 1, -100, 298.15)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Boltzmann.factor(K, 1, 100, 298.15)).isInstanceOf(DomainException.class)
                .hasMessageContaining("underflows");
        assertThatThrownBy(() -> Boltzmann.factor(K, 0, 0, 298.15)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Boltzmann.concentration(K, 1, 0, 0, 298.15)).isInstanceOf(DomainException.class);
    }
}
