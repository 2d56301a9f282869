package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IonTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "K | K | 1", "Na | Na | 1", "na | Na | 1", "Na+ | Na | 1", "Ca | Ca | 2", "Ca2+ | Ca | 2",
        "Ca++ | Ca | 2", "Cl | Cl | -1", "Cl- | Cl | -1", "SO4 | SO4 | -2", "SO4 2- | SO4 | -2",
        "SO42- | SO4 | -2", "HPO4 2- | HPO4 | -2", "H2PO4- | H2PO4 | -1", "NH4+ | NH4 | 1",
        "HCO3- | HCO3 | -1", "X+ | X | 1", "Y2- | Y | -2", "Glu- | Glu | -1", "TEA+ | TEA | 1",
        "Mg2+ | Mg | 2", "NO3 | NO3 | -1",
    })
    void parses(String spec, String name, int z) {
        Ion ion = Ion.parse(spec, null);
        assertThat(ion.name()).isEqualTo(name);
        assertThat(ion.z()).isEqualTo(z);
    }

    @Test
    void tableHasTheSpecIons() {
        for (String n : "H Li Na K Rb Cs NH4 Ca Mg Ba Sr Zn Cl Br I F HCO3 NO3 OH SO4 HPO4 H2PO4".split(" ")) {
            assertThat(Ion.table()).containsKey(n);
        }
    }

    @Test
    void explicitValence() {
        assertThat(Ion.parse("X", 3).z()).isEqualTo(3);
        assertThat(Ion.parse("K", 1).z()).isEqualTo(1);
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> Ion.parse("X", null)).hasMessageContaining("unknown ion 'X'");
        assertThatThrownBy(() -> Ion.parse("Na2+", null)).hasMessageContaining("has charge +2 but Na is +1");
        assertThatThrownBy(() -> Ion.parse("Cl+", null)).hasMessageContaining("Cl is -1");
        assertThatThrownBy(() -> Ion.parse("K", 2)).hasMessageContaining("contradicts");
        assertThatThrownBy(() -> Ion.parse("+", null)).hasMessageContaining("no ion name");
        assertThatThrownBy(() -> Ion.parse("X0+", null)).hasMessageContaining("charge 0");
    }

    @Test
    void labels() {
        assertThat(new Ion("K", 1).label()).isEqualTo("K+");
        assertThat(new Ion("Ca", 2).label()).isEqualTo("Ca2+");
        assertThat(new Ion("SO4", -2).label()).isEqualTo("SO4 2-");
        assertThat(new Ion("Cl", -1).label()).isEqualTo("Cl-");
    }
}
