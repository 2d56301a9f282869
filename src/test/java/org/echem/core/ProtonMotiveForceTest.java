package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ProtonMotiveForceTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double T25 = 298.15;
    private static final double T37 = 310.15;

    @Test
    void taizZeigerPlantCell() {
        // Taiz & Zeiger, Plant Physiology, Web Topic 6.3 "Chemiosmosis in Action" (OUP learning link):
        // ΔpH is defined as pH_i − pH_o, Δp = ΔE − 59·ΔpH at 25 °C; an H+-ATPase gives ΔE = −120 mV and
        // a 2-unit pH difference (cytosol pH 7, apoplast pH 5, so ΔpH = +2): Δp ≈ −120 − 118 = −238 mV.
        // With the exact 2.303RT/F = 59.159 mV at 25 °C, Δp = −238.3187 mV (Python, CODATA 2018).
        // Tolerance 0.5 mV against the book's rounded −238; 1e-9 mV against the exact figure.
        ProtonMotiveForce.Result r = ProtonMotiveForce.of(K, -0.120, 7, 5, T25);
        assertThat(r.pmf() * 1e3).isCloseTo(-238, within(0.5));
        assertThat(r.pmf() * 1e3).isCloseTo(-238.31869936956465, within(1e-9));
        assertThat(r.electrical()).isEqualTo(-0.120);
        assertThat(r.chemical() * 1e3).isCloseTo(-118.31869936956465, within(1e-9));
        assertThat(r.eH() * 1e3).isCloseTo(118.31869936956465, within(1e-9));
        assertThat(r.deltaPh()).isEqualTo(2);
        // Δμ̃_H+ = F·Δp = 96485.33212 × −0.23831869937 = −22994.2 J/mol: H+ is driven in
        assertThat(r.dmu()).isCloseTo(96485.33212331001 * -0.23831869936956465, within(1e-6));
        assertThat(r.dmu()).isNegative();
    }

    @Test
    void halfAPhUnitAt37C() {
        // An inside 0.5 pH units alkaline adds (RT·ln10/F)·0.5 to the magnitude of Δp; at 37 °C
        // RT·ln10/F = 61.5404 mV (NernstTest, independent), so −30.7702 mV. Tolerance 0.01 mV.
        ProtonMotiveForce.Result r = ProtonMotiveForce.of(K, -0.150, 7.8, 7.3, T37);
        assertThat((r.pmf() - r.vm()) * 1e3).isCloseTo(-30.77, within(0.01));
    }

    @Test
    void textbookConstants() {
        // 2.303·RT/F with R = 8.314, F = 96485 at 25 °C: 8.314 × 298.15 × ln10 / 96485 = 59.1556 mV
        ProtonMotiveForce.Result r = ProtonMotiveForce.of(ConstantSet.TEXTBOOK, 0, 8, 7, T25);
        assertThat(r.eH() * 1e3).isCloseTo(8.314 * 298.15 * Math.log(10) / 96485 * 1e3, within(1e-12));
    }

    @Test
    void domainErrors() {
        assertThatThrownBy(() -> ProtonMotiveForce.of(K, Double.NaN, 7, 7, T37)).isInstanceOf(DomainException.class)
                .hasMessageContaining("V_m");
        assertThatThrownBy(() -> ProtonMotiveForce.of(K, 0, Double.NaN, 7, T37)).hasMessageContaining("pH inside");
        assertThatThrownBy(() -> ProtonMotiveForce.of(K, 0, 7, Double.NEGATIVE_INFINITY, T37))
                .hasMessageContaining("pH outside");
        assertThatThrownBy(() -> ProtonMotiveForce.of(K, 0, 7, 7, 0)).hasMessageContaining("temperature");
    }

    @Property(tries = 300, seed = "42")
    void equalPhLeavesOnlyVm(@ForAll @DoubleRange(min = -0.3, max = 0.3) double vm,
            @ForAll @DoubleRange(min = 0, max = 14) double ph, @ForAll @DoubleRange(min = 250, max = 350) double t) {
        ProtonMotiveForce.Result r = ProtonMotiveForce.of(K, vm, ph, ph, t);
        assertThat(r.pmf()).isEqualTo(vm);
        assertThat(r.eH()).isZero();
    }

    @Property(tries = 300, seed = "42")
    void agreesWithNernstAndDrivingForce(@ForAll @DoubleRange(min = -0.3, max = 0.3) double vm,
            @ForAll @DoubleRange(min = 4, max = 9) double phIn, @ForAll @DoubleRange(min = 4, max = 9) double phOut,
            @ForAll @DoubleRange(min = 250, max = 350) double t) {
        ProtonMotiveForce.Result r = ProtonMotiveForce.of(K, vm, phIn, phOut, t);
        // E_H from concentrations (SPEC §7: pH is a concentration of H+)
        double eH = Nernst.potential(K, 1, Ph.concentration(phIn), Ph.concentration(phOut), t);
        assertThat(r.eH()).isCloseTo(eH, within(1e-12));
        DrivingForce.Result d = DrivingForce.of(K, 1, eH, vm, t);
        assertThat(r.dmu()).isCloseTo(d.dmu(), within(1e-6));
        assertThat(r.pmf()).isCloseTo(r.electrical() + r.chemical(), within(1e-15));
        // a negative Δp drives H+ in
        if (Math.abs(r.pmf()) > 1e-9) {
            assertThat(r.pmf() < 0).isEqualTo(d.direction() == Direction.INFLUX);
        }
    }
}
