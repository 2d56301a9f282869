package org.echem.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Boundaries of the unit parser that the reference tests do not reach (found by mutation testing, issue #9). */
class UnitsEdgeCasesTest {

    /** The leading number: sign, digits, point, digits, and an exponent only when a digit follows the e. */
    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({"'', 0", "-, 0", "+, 0", "., 0", "-., 0", "1, 1", "12, 2", "-7, 2", "1., 2", ".5, 2", "1.5mM, 3",
        "1e, 1", "1e5, 3", "1E5, 3", "1e+, 1", "1e-, 1", "1e-5mM, 4", "1e+05, 5", "1e/250A2, 1", "2.5e-3uM, 6",
        "١٢, 0", "1١, 1", "e5, 0", "\u22125, 2"})
    void numberEnd(String s, int end) {
        assertThat(Units.numberEnd(s)).isEqualTo(end);
    }

    /** Micro signs and superscripts fold to ASCII wherever they stand, also first. */
    @ParameterizedTest
    @CsvSource({"µM, uM", "μM, uM", "um², um2", "um³, um3", "², 2", "³, 3", "mM, mM", "µm², um2"})
    void fold(String symbol, String folded) {
        assertThat(Units.fold(symbol)).isEqualTo(folded);
    }

    @Test
    void chargePerCountedArea() {
        double e = 1.602176634e-19;
        assertThat(Units.parse("1e/A2", Kind.SURFACE_CHARGE).si()).isCloseTo(e * 1e20, within(1e-12));
        assertThat(Units.parse("1e/um2", Kind.SURFACE_CHARGE).si()).isCloseTo(e * 1e12, within(1e-22)); // no count
        assertThat(Units.parse("-1e/um2", Kind.SURFACE_CHARGE).si()).isCloseTo(-e * 1e12, within(1e-22));
        assertThat(Units.parse("2e/100nm2", Kind.SURFACE_CHARGE).si()).isCloseTo(2 * e / 100e-18, within(1e-15));
        assertThat(Units.parse("1e/0.5nm2", Kind.SURFACE_CHARGE).si()).isCloseTo(e / 0.5e-18, within(1e-15));
        for (String bad : new String[] {"1e/0A2", "1e/1e400A2", "1e/-5A2", "1e/250", "1e/250mM", "1e/.A2"}) {
            assertThatThrownBy(() -> Units.parse(bad, Kind.SURFACE_CHARGE)).as(bad).isInstanceOf(UnitException.class)
                    .hasMessageContaining("unknown unit");
        }
    }

    @Test
    void unitListsAndDefaultLabels() {
        assertThat(Kind.CONCENTRATION.unitList()).startsWith("M, mM, uM").doesNotContain(", ,");
        assertThat(Kind.TEMPERATURE.unitList()).isEqualTo("C, degC, K, F");
        assertThat(Kind.LENGTH.unitList()).endsWith("nm, A");
        assertThat(Kind.PERMEABILITY.unitList()).isEqualTo("cm/s, m/s, um/s, nm/s");
        assertThat(Kind.SURFACE_CHARGE.unitList()).endsWith(", e/<n><area> (1e/250A2 = one e per 250 Å²)");
        assertThat(Kind.CURRENT.unitList()).doesNotContain("e/<n>");
        assertThat(Kind.PERMEABILITY.defaultLabel()).isEqualTo("relative");
        assertThat(Kind.CONCENTRATION.defaultLabel()).isEqualTo("mM");
        assertThat(Units.expected(Kind.VOLTAGE)).isEqualTo("a voltage (V, mV, uV; a bare number is mV)");
    }

    @Test
    void unknownUnitsSuggestOnlyACaseInsensitiveMatch() {
        assertThatThrownBy(() -> Units.parse("5 xyz", Kind.CONCENTRATION)).hasMessageContaining("unknown unit 'xyz'")
                .hasMessageNotContaining("did you mean");
        assertThatThrownBy(() -> Units.parse("5 UM", Kind.CONCENTRATION)).hasMessageContaining("did you mean uM?");
        assertThatThrownBy(() -> Units.parse("5 mV", Kind.AREA)).hasMessageContaining("'5 mV' is a voltage (mV)");
        assertThatThrownBy(() -> Units.parse("5 um", Kind.AREA)).hasMessageContaining("is a length");
        assertThatThrownBy(() -> Units.parse("5 uF/cm2", Kind.AREA)).hasMessageContaining("is a specific capacitance");
    }

    @Test
    void fromSiUndoesTheOffsetAndScale() {
        assertThat(Units.unit("C", Kind.TEMPERATURE).fromSi(310.15)).isCloseTo(37, within(1e-12));
        assertThat(Units.unit("F", Kind.TEMPERATURE).fromSi(273.15)).isCloseTo(32, within(1e-12));
        assertThat(Units.unit("mS/cm2", Kind.CONDUCTANCE).fromSi(360)).isCloseTo(36, within(1e-12));
        assertThat(Units.unit("uM", Kind.CONCENTRATION).fromSi(2)).isCloseTo(2000, within(1e-9));
    }
}
