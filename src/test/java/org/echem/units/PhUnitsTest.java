package org.echem.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** SPEC §7: pH7.2 and pH 7.2 are 10^−7.2 M of H⁺, and only of H⁺. */
class PhUnitsTest {
    @Test
    void phIsTenToTheMinusPhMolar() {
        assertThat(Units.concentration("pH7.2", true, "H", null).si()).isCloseTo(Math.pow(10, -4.2), within(1e-18));
        assertThat(Units.concentration("pH 7.2", true, "H", null).si()).isCloseTo(Math.pow(10, -4.2), within(1e-18));
        assertThat(Units.concentration(" ph7", true, "H", null).si()).isCloseTo(1e-4, within(1e-18));
        assertThat(Units.concentration("pH-1", true, "H", null).si()).isCloseTo(1e4, within(1e-9));
    }

    @Test
    void otherTextIsAnOrdinaryConcentration() {
        assertThat(Units.concentration("63nM", true, "H", null).si()).isCloseTo(63e-6, within(1e-18));
        assertThat(Units.concentration("140", false, "K", null).si()).isEqualTo(140);
        assertThat(Units.isPh("140mM")).isFalse();
        assertThat(Units.isPh("p")).isFalse();
    }

    @Test
    void aPhForAnotherIonOrWithoutANumberIsAnErrorNamingTheValue() {
        assertThatThrownBy(() -> Units.concentration("pH7.2", false, "K+", null)).isInstanceOf(UnitException.class)
                .hasMessageContaining("'pH7.2' is a pH").hasMessageContaining("K+");
        assertThatThrownBy(() -> Units.concentration("pH", true, "H", null)).isInstanceOf(UnitException.class)
                .hasMessageContaining("'pH' is not a pH");
        assertThatThrownBy(() -> Units.concentration("pH 7.2 mM", true, "H", null)).isInstanceOf(UnitException.class);
        assertThatThrownBy(() -> Units.concentration("pH1e9", true, "H", null)).isInstanceOf(UnitException.class)
                .hasMessageContaining("underflows");
    }
}
