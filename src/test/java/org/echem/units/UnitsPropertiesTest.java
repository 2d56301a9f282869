package org.echem.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.echem.io.Numbers;

/** Issue #9: a value printed in any unit and parsed back is unchanged, for every kind and unit of SPEC §2. */
class UnitsPropertiesTest {
    static final Map<Kind, List<String>> UNITS = Map.ofEntries(
            Map.entry(Kind.CONCENTRATION, List.of("M", "mM", "uM", "µM", "μM", "nM", "pM", "mol/L", "mmol/L")),
            Map.entry(Kind.VOLTAGE, List.of("V", "mV", "uV", "µV")),
            Map.entry(Kind.TEMPERATURE, List.of("C", "°C", "degC", "K", "F", "°F")),
            Map.entry(Kind.CONDUCTANCE, List.of("S", "mS", "uS", "nS", "pS", "S/m2", "mS/cm2", "uS/cm2")),
            Map.entry(Kind.CURRENT, List.of("A", "mA", "uA", "nA", "pA", "A/m2", "mA/cm2", "uA/cm2")),
            Map.entry(Kind.PERMEABILITY, List.of("cm/s", "m/s")),
            Map.entry(Kind.CAPACITANCE, List.of("F/m2", "uF/cm2")),
            Map.entry(Kind.LENGTH, List.of("m", "cm", "mm", "um", "nm", "A", "Å")),
            Map.entry(Kind.AREA, List.of("m2", "cm2", "um2", "nm2", "A2")),
            Map.entry(Kind.VOLUME, List.of("L", "mL", "uL", "nL", "pL", "fL", "um3")),
            Map.entry(Kind.SURFACE_CHARGE, List.of("C/m2", "mC/m2", "uC/cm2", "e/nm2", "e/A2")));

    /** Printed as the shortest text that reads back (what --format csv prints), then parsed: the same SI value. */
    @Property(tries = 300, seed = "42")
    void printedInAnyUnitParsesBackUnchanged(@ForAll @DoubleRange(min = -1e9, max = 1e9) double x,
            @ForAll @IntRange(min = -12, max = 6) int exponent) {
        double v = x * Math.pow(10, exponent);
        for (Map.Entry<Kind, List<String>> e : UNITS.entrySet()) {
            for (String symbol : e.getValue()) {
                Unit u = Units.unit(symbol, e.getKey());
                double si = u.toSi(v);
                String printed = Numbers.shortest(v);
                assertThat(Units.parse(printed + symbol, e.getKey()).si()).as("%s%s", printed, symbol).isEqualTo(si);
                assertThat(Units.parse(printed + " " + symbol, e.getKey()).si()).isEqualTo(si);
                assertThat(Units.parse(printed + " " + symbol, e.getKey()).unit()).isEqualTo(u);
            }
            // a bare number takes the kind's default unit
            assertThat(Units.parse(Numbers.shortest(v), e.getKey()).si()).isEqualTo(e.getKey().defaultUnit().toSi(v));
        }
    }

    /** An SI value printed in a unit (converted back from SI) and parsed again lands within 2 ulps of where it began. */
    @Property(tries = 300, seed = "42")
    void siValueSurvivesPrintingInAnyUnit(@ForAll @DoubleRange(min = 1e-6, max = 1e6) @Scale(12) double si) {
        for (Map.Entry<Kind, List<String>> e : UNITS.entrySet()) {
            for (String symbol : e.getValue()) {
                Unit u = Units.unit(symbol, e.getKey());
                if (u.offset() != 0) {
                    continue; // an affine scale keeps absolute, not relative, precision: checked below
                }
                double back = Units.parse(Numbers.shortest(u.fromSi(si)) + symbol, e.getKey()).si();
                assertThat(Math.abs(back - si)).as("%s in %s", si, symbol).isLessThanOrEqualTo(4 * Math.ulp(si));
            }
        }
        double t = 200 + si % 800; // a temperature in K
        for (String symbol : List.of("C", "F")) {
            Unit u = Units.unit(symbol, Kind.TEMPERATURE);
            double back = Units.parse(Numbers.shortest(u.fromSi(t)) + symbol, Kind.TEMPERATURE).si();
            assertThat(Math.abs(back - t)).isLessThanOrEqualTo(1e-12);
        }
    }
}
