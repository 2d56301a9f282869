package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DebyeTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    /**
     * Doctests of the Rust crate {@code coulomb} (M. Lund, Apache-2.0; docs.rs/coulomb), which uses
     * the same CODATA 2018 constants: src/debye_length.rs {@code debye_length(293.0, 80.0, 0.03)}
     * = 17.576538097378368 Å; src/medium.rs / lib.rs: 0.1 M CaCl2 (I = 0.3 M) at 298.15 K in its
     * water model (ε_r = 78.35565171480539) = 5.548902662386284 Å. Tolerance: relative 1e-12.
     */
    @ParameterizedTest(name = "T={0} K, ε_r={1}, I={2} mM -> {3} Å")
    @CsvSource({
        "293.0,  80.0,              30,  17.576538097378368",  // coulomb: debye_length doctest
        "298.15, 78.35565171480539, 300, 5.548902662386284",   // coulomb: Medium::salt_water CaCl2 0.1 M
    })
    void coulombCrateDoctests(double t, double eps, double ionicMilli, double angstrom) {
        assertThat(Debye.length(K, eps, t, ionicMilli) * 1e10).isCloseTo(angstrom, withinPercentage(1e-10));
    }

    /**
     * Literature values used by pyEQL's tests (KingsburyLab/pyEQL, tests/test_debye_length.py),
     * from M. Hu and B. Mi, Environ. Sci. Technol. 47:3715 (2013): 0.1 mM NaCl 31 nm, 10 mM NaCl
     * 3.1 nm, 0.1 mM Na2SO4 18 nm, 10 mM Na2SO4 1.8 nm, at 25 °C; rounded to two digits, so compared
     * within pyEQL's own 3 %. ε_r: water at 25 °C by Malmberg &amp; Maryott.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0.1 mM NaCl,   1, 0.1, -1, 0.1,  31",
        "10 mM NaCl,    1, 10,  -1, 10,   3.1",
        "0.1 mM Na2SO4, 1, 0.2, -2, 0.1,  18",
        "10 mM Na2SO4,  1, 20,  -2, 10,   1.8",
    })
    void huAndMiViaPyEql(String name, int z1, double c1, int z2, double c2, double nm) {
        Electrolyte el = new Electrolyte(List.of(new Electrolyte.Species("a", z1, c1),
                new Electrolyte.Species("b", z2, c2)));
        double eps = Water.relativePermittivity(298.15);
        assertThat(Debye.length(K, eps, 298.15, el.ionicStrength()) * 1e9).isCloseTo(nm, withinPercentage(3));
    }

    /**
     * Israelachvili, <i>Intermolecular and Surface Forces</i>, 3rd ed. (2011), ch. 14: for a 1:1
     * salt in water at 25 °C, κ⁻¹ = 0.304/√I nm (I in mol/L). Three digits given, so 0.2 %.
     */
    @ParameterizedTest(name = "I = {0} M")
    @CsvSource({"0.001", "0.01", "0.1", "0.15", "1"})
    void israelachviliRuleOfThumb(double molar) {
        double eps = Water.relativePermittivity(298.15);
        double nm = Debye.length(K, eps, 298.15, molar * 1000) * 1e9;
        assertThat(nm).isCloseTo(0.304 / Math.sqrt(molar), withinPercentage(0.2));
    }

    @Test
    void zeroIonicStrengthOrPermittivityIsAnError() {
        assertThatThrownBy(() -> Debye.length(K, 78.5, 298.15, 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("ionic strength");
        assertThatThrownBy(() -> Debye.length(K, 0, 298.15, 150)).isInstanceOf(DomainException.class)
                .hasMessageContaining("ε_r");
        assertThatThrownBy(() -> Debye.length(K, Double.NaN, 298.15, 150)).isInstanceOf(DomainException.class);
    }
}
