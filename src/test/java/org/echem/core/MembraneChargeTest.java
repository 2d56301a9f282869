package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MembraneChargeTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    /**
     * The textbook estimate of how few ions charge the membrane (Hille 2001, ch. 1; Kandel et al.
     * 2013, ch. 6): C_m = 1 µF/cm² = 0.01 F/m² (the rule of thumb, BioNumbers 104078 after Stein
     * 1990), a spherical cell. Expected values are an independent derivation by hand/Python 3:
     * A = 4πr², C = C_m·A, Q = C·ΔV, ions = Q/e, mol = Q/F, fraction = mol/(c·4/3·πr³).
     * Tolerance 1e-12 relative.
     */
    @ParameterizedTest(name = "r={0} m, ΔV={1} V")
    @CsvSource({
        // r = 10 µm, 100 mV, [K]in 140 mM (public reference seed-charge-fraction): 12.566 pF, 1.2566 pC,
        // 7.8433e6 ions, 2.2209e-5 of the cell's K+
        "10e-6, 0.1, 140, 12.566370614359176e-12, 1.2566370614359177e-12, 7843311.6222559875,"
                + " 1.3024125364774748e-17, 2.220914926341895e-5",
        // r = 25 µm, 100 mV, [Na]in 15 mM: 78.54 pF, 7.854 pC, 8.29e-5 of the cell's Na+
        "25e-6, 0.1, 15, 7.853981633974483e-11, 7.853981633974484e-12, 49020697.63909991,"
                + " 8.140078352984216e-17, 8.291415725009741e-5",
    })
    void sphereMatchesIndependentDerivation(double radius, double dv, double cIn, double cap, double q,
            double ions, double mol, double fraction) {
        double a = MembraneCharge.sphereArea(radius);
        double c = MembraneCharge.capacitance(0.01, a);
        double charge = MembraneCharge.charge(c, dv);
        assertThat(c).isCloseTo(cap, within(cap * 1e-12));
        assertThat(charge).isCloseTo(q, within(q * 1e-12));
        assertThat(MembraneCharge.ions(K, charge, 1)).isCloseTo(ions, within(ions * 1e-12));
        double m = MembraneCharge.moles(K, charge, 1);
        assertThat(m).isCloseTo(mol, within(mol * 1e-12));
        assertThat(MembraneCharge.fraction(m, cIn, MembraneCharge.sphereVolume(radius)))
                .isCloseTo(fraction, within(fraction * 1e-12));
    }

    @ParameterizedTest
    @CsvSource({"1", "-1", "2", "-2"})
    void ionsAreChargeOverValenceTimesE(int z) {
        double q = -1.602176634e-19 * 1e6; // charge of a million elementary charges, negative ΔV
        assertThat(MembraneCharge.ions(K, q, z)).isCloseTo(1e6 / Math.abs(z), within(1e-6));
        assertThat(MembraneCharge.moles(K, q, z)).isNotNegative();
    }

    @Property(tries = 200, seed = "42")
    void fractionScalesAsOneOverRadius(@ForAll @DoubleRange(min = 0.1, max = 100) double radiusUm,
            @ForAll @DoubleRange(min = 1.1, max = 10) double factor, @ForAll @DoubleRange(min = 1, max = 500) double c,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) double dv, @ForAll @IntRange(min = 1, max = 3) int z) {
        double radius = radiusUm * 1e-6;
        double f1 = fraction(radius, dv, c, z);
        double f2 = fraction(radius * factor, dv, c, z);
        assertThat(f2 * factor).isCloseTo(f1, within(Math.abs(f1) * 1e-12 + 1e-300));
    }

    @Property(tries = 200, seed = "42")
    void chargeIsLinearInVoltageAndArea(@ForAll @DoubleRange(min = 1, max = 1e6) double areaUm2,
            @ForAll @DoubleRange(min = -0.2, max = 0.2) double dv, @ForAll @DoubleRange(min = 0.1, max = 10) double s,
            @ForAll @Scale(4) @DoubleRange(min = 0.001, max = 0.05) double cm) {
        double area = areaUm2 * 1e-12;
        double q = MembraneCharge.charge(MembraneCharge.capacitance(cm, area), dv);
        double qv = MembraneCharge.charge(MembraneCharge.capacitance(cm, area), dv * s);
        double qa = MembraneCharge.charge(MembraneCharge.capacitance(cm, area * s), dv);
        assertThat(qv).isCloseTo(q * s, within(Math.abs(q * s) * 1e-12 + 1e-300));
        assertThat(qa).isCloseTo(q * s, within(Math.abs(q * s) * 1e-12 + 1e-300));
    }

    private static double fraction(double radius, double dv, double c, int z) {
        double q = MembraneCharge.charge(MembraneCharge.capacitance(0.01, MembraneCharge.sphereArea(radius)), dv);
        return MembraneCharge.fraction(MembraneCharge.moles(K, q, z), c, MembraneCharge.sphereVolume(radius));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1e-6", "NaN", "Infinity"})
    void rejectsABadRadius(double r) {
        assertThatThrownBy(() -> MembraneCharge.sphereArea(r)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> MembraneCharge.sphereVolume(r)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 1e-9", "-0.01, 1e-9", "0.01, 0", "0.01, -1", "NaN, 1e-9"})
    void rejectsABadCapacitanceOrArea(double cm, double area) {
        assertThatThrownBy(() -> MembraneCharge.capacitance(cm, area)).isInstanceOf(DomainException.class);
    }
}
