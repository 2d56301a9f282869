package org.echem.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.echem.io.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} = {2} SI")
    @CsvSource(delimiter = '|', value = {
        // SI: mol/m³ (= mM), V, K, S, S/m², A, A/m², m/s, F/m², m, m², m³, C/m². Definitions of the units.
        "140mM | CONCENTRATION | 140",
        "140 mM | CONCENTRATION | 140",
        "140 | CONCENTRATION | 140",
        "0.14M | CONCENTRATION | 140",
        "100uM | CONCENTRATION | 0.1",
        "100µM | CONCENTRATION | 0.1",
        "100μM | CONCENTRATION | 0.1",
        "100nM | CONCENTRATION | 1e-4",
        "1e-4 mM | CONCENTRATION | 1e-4",
        "2 mol/L | CONCENTRATION | 2000",
        "3 mmol/L | CONCENTRATION | 3",
        "5pM | CONCENTRATION | 5e-9",
        "-70mV | VOLTAGE | -0.07",
        "-70 | VOLTAGE | -0.07",
        "0.1V | VOLTAGE | 0.1",
        "250uV | VOLTAGE | 2.5e-4",
        "37C | TEMPERATURE | 310.15",
        "37 | TEMPERATURE | 310.15",
        "37°C | TEMPERATURE | 310.15",
        "37degC | TEMPERATURE | 310.15",
        "300K | TEMPERATURE | 300",
        "98.6F | TEMPERATURE | 310.15",
        "32°F | TEMPERATURE | 273.15",
        "10nS | CONDUCTANCE | 1e-8",
        "10 | CONDUCTANCE | 1e-8",
        "120mS/cm2 | CONDUCTANCE | 1200",
        "1 uS/cm2 | CONDUCTANCE | 0.01",
        "5pA | CURRENT | 5e-12",
        "1uA/cm2 | CURRENT | 0.01",
        "1e-6cm/s | PERMEABILITY | 1e-8",
        "0.04 | PERMEABILITY | 0.04",
        "1uF/cm2 | CAPACITANCE | 0.01",
        "10um | LENGTH | 1e-5",
        "10 | LENGTH | 1e-5",
        "250A | LENGTH | 2.5e-8",
        "250Å | LENGTH | 2.5e-8",
        "100um2 | AREA | 1e-10",
        "2pL | VOLUME | 2e-15",
        "1000 um3 | VOLUME | 1e-15",
        "-0.02C/m2 | SURFACE_CHARGE | -0.02",
        "2uC/cm2 | SURFACE_CHARGE | 0.02",
        "1e/nm2 | SURFACE_CHARGE | 0.1602176634",
        // one elementary charge per 250 Å² = 1.602176634e-19 C / 2.5e-18 m² = 0.06408706536 C/m²
        "-1e/250A2 | SURFACE_CHARGE | -0.06408706536",
        "1 e/250Å² | SURFACE_CHARGE | 0.06408706536",
    })
    void parsesToSi(String text, Kind kind, double si) {
        assertThat(Units.parse(text, kind).si()).isCloseTo(si, withinPercentage(1e-12));
    }

    @Test
    void perAreaAndRelativeAreMarked() {
        assertThat(Units.parse("120mS/cm2", Kind.CONDUCTANCE).unit().perArea()).isTrue();
        assertThat(Units.parse("10nS", Kind.CONDUCTANCE).unit().perArea()).isFalse();
        assertThat(Units.parse("0.04", Kind.PERMEABILITY).unit().relative()).isTrue();
        assertThat(Units.parse("1e-6cm/s", Kind.PERMEABILITY).unit().relative()).isFalse();
    }

    @Test
    void headerUnitAppliesToBareNumbersOnly() {
        Unit uM = Units.unit("uM", Kind.CONCENTRATION);
        assertThat(Units.parse("140", Kind.CONCENTRATION, uM).si()).isCloseTo(0.14, withinPercentage(1e-12));
        assertThat(Units.parse("140mM", Kind.CONCENTRATION, uM).si()).isEqualTo(140);
    }

    @Test
    void milliVoltsKeepDecimalValuesExact() {
        // -70 / 1000 is the double nearest -0.07, as if the user had typed -0.07 V
        assertThat(Units.parse("-70mV", Kind.VOLTAGE).si()).isEqualTo(-0.07);
        assertThat(Units.parse("15", Kind.CONCENTRATION).si()).isEqualTo(15.0);
    }

    @Test
    void wrongKindNamesTheKindAndTheAcceptedUnits() {
        assertThatThrownBy(() -> Units.parse("5mV", Kind.CONCENTRATION))
                .isInstanceOf(UnitException.class)
                .hasMessageContaining("'5mV' is a voltage")
                .hasMessageContaining("expected a concentration (M, mM, uM");
    }

    @Test
    void unitsAreCaseSensitive() {
        assertThatThrownBy(() -> Units.parse("5MM", Kind.CONCENTRATION))
                .hasMessageContaining("unknown unit 'MM'").hasMessageContaining("did you mean mM?");
        assertThatThrownBy(() -> Units.parse("5 NM", Kind.LENGTH)).hasMessageContaining("did you mean nm?");
    }

    @Test
    void notNumbers() {
        for (String bad : new String[] {"", "abc", "NaN", "Infinity", "-inf", "mM", ".", "1e999", "--5"}) {
            assertThatThrownBy(() -> Units.parse(bad, Kind.CONCENTRATION)).as(bad).isInstanceOf(UnitException.class);
        }
    }

    @Test
    void unicodeMinusIsAMinus() {
        assertThat(Units.parse("\u221270 mV", Kind.VOLTAGE).si()).isEqualTo(-0.07);
    }

    @Property(tries = 500, seed = "42")
    void printedValueParsesBackUnchanged(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x) {
        String text = Numbers.shortest(x) + "mV";
        assertThat(Units.parse(text, Kind.VOLTAGE).si()).isEqualTo(x / 1000);
    }

    @Property(tries = 500, seed = "42")
    void toSiAndBackRoundTrips(@ForAll @DoubleRange(min = 1e-9, max = 1e9) @Scale(12) double x) {
        for (Kind k : Kind.values()) {
            Unit u = k.defaultUnit();
            if (u.offset() == 0) {
                assertThat(u.fromSi(u.toSi(x))).isCloseTo(x, withinPercentage(1e-12));
            } else { // an affine scale (°C) keeps absolute, not relative, precision
                assertThat(u.fromSi(u.toSi(x))).isCloseTo(x, org.assertj.core.api.Assertions.within(1e-12 * (273.15 + x)));
            }
        }
    }

    @Test
    void plainNumbers() {
        assertThat(Units.number("78.5")).isEqualTo(78.5);
        assertThat(Units.number(" -1.5e-3 ")).isEqualTo(-1.5e-3);
        assertThat(Units.number("\u22122")).isEqualTo(-2.0);
        assertThat(Units.number("+3")).isEqualTo(3.0);
        for (String bad : new String[] {"", " ", "78.5 mV", "abc", "1,5", "NaN", "Infinity", "1e999", "--1"}) {
            assertThatThrownBy(() -> Units.number(bad)).as(bad).isInstanceOf(UnitException.class);
        }
        assertThatThrownBy(() -> Units.number("1e999")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Units.number("7 K")).hasMessageContaining("'7 K' is not a plain number");
    }
}
