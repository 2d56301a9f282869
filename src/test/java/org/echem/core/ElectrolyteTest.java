package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ElectrolyteTest {
    private static Electrolyte.Species sp(String name, int z, double c) {
        return new Electrolyte.Species(name, z, c);
    }

    @Test
    void ionicStrengthIsHalfSumOfCzSquared() {
        // I = ½(150·1 + 154·1 + 2·4) = 156 mM (worked by hand)
        Electrolyte el = new Electrolyte(List.of(sp("Na", 1, 150), sp("Cl", -1, 154), sp("Ca", 2, 2)));
        assertThat(el.ionicStrength()).isEqualTo(156);
        assertThat(el.netCharge()).isEqualTo(0);
        assertThat(el.symmetricValence()).isZero();
        assertThat(el.requireElectroneutral()).isSameAs(el);
    }

    @Test
    void symmetricSalt() {
        Electrolyte mgso4 = Electrolyte.symmetric(2, 10);
        assertThat(mgso4.ionicStrength()).isEqualTo(40); // ½(10·4 + 10·4)
        assertThat(mgso4.symmetricValence()).isEqualTo(2);
        assertThat(Electrolyte.symmetric(1, 150).ionicStrength()).isEqualTo(150);
        assertThatThrownBy(() -> Electrolyte.symmetric(0, 10)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Electrolyte.symmetric(1, 0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Electrolyte.symmetric(1, -5)).isInstanceOf(DomainException.class);
    }

    @Test
    void mixtureOfEqualValencesIsSymmetric() {
        Electrolyte el = new Electrolyte(List.of(sp("Na", 1, 100), sp("K", 1, 50), sp("Cl", -1, 150)));
        assertThat(el.symmetricValence()).isEqualTo(1);
    }

    @Test
    void nonNeutralMixtureSaysWhichWayAndByHowMuch() {
        Electrolyte tooPositive = new Electrolyte(List.of(sp("Na", 1, 145), sp("K", 1, 5), sp("Ca", 2, 2),
                sp("Cl", -1, 110)));
        assertThatThrownBy(tooPositive::requireElectroneutral).isInstanceOf(DomainException.class)
                .hasMessageContaining("positive charge is in excess by 44 mM")
                .hasMessageContaining("add anions");
        Electrolyte tooNegative = new Electrolyte(List.of(sp("Na", 1, 100), sp("Cl", -1, 140)));
        assertThatThrownBy(tooNegative::requireElectroneutral)
                .hasMessageContaining("negative charge is in excess by 40 mM").hasMessageContaining("add cations");
    }

    @Test
    void roundingNoiseIsNeutral() {
        Electrolyte el = new Electrolyte(List.of(sp("Na", 1, 0.1 + 0.2), sp("Cl", -1, 0.3)));
        assertThat(el.requireElectroneutral().netCharge()).isCloseTo(0, within(1e-15));
    }

    @Test
    void noIonsOrBadSpeciesAreErrors() {
        assertThatThrownBy(() -> new Electrolyte(List.of(sp("Na", 1, 0), sp("Cl", -1, 0))))
                .isInstanceOf(DomainException.class).hasMessageContaining("no ions");
        assertThatThrownBy(() -> sp("X", 0, 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> sp("Na", 1, -1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> sp("Na", 1, Double.NaN)).isInstanceOf(DomainException.class);
    }
}
