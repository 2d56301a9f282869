package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.echem.core.JunctionPotential.Method;
import org.echem.core.JunctionPotential.Result;
import org.echem.core.JunctionPotential.Species;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Liquid junction potentials against published values. Sign: LJP = V_bath − V_pipette. Tolerances:
 * 0.1 mV against LJPcalc's Nernst–Planck values (LJPcalc itself stops when its solved bath
 * composition is within 1 % of the given one, so it is not exact), 0.5 mV against measured values
 * and Henderson-equation programs (JPCalc).
 */
class JunctionPotentialTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double C25 = 298.15;
    private static final double C20 = 293.15;

    private static Species s(String name, double pipette, double bath) {
        return Species.of(name, pipette, bath);
    }

    /** An ion with LJPcalc's conductivity (its table or its quirks), for matching its numbers. */
    private static Species lj(String name, int z, double lambda, double pipette, double bath) {
        return Species.withConductivity(name, z, lambda, pipette, bath);
    }

    private static double mv(Result r) {
        return r.ljp() * 1e3;
    }

    /**
     * JLJP's example (Marino et al. 2014; LJPcalc test "ExampleFromSourceCode", expected
     * −20.79558643 mV at 25 °C): pipette 9 mM ZnCl₂, bath 3 mM KCl + 0.0284 mM ZnCl₂, with
     * λ⁰(½Zn²⁺) = 52.8, λ⁰(K⁺) = 73.5, λ⁰(Cl⁻) = 76.31. Achieved: −20.814 mV (Henderson −19.86).
     */
    @Test
    void jljpZincChloride() {
        List<Species> ions = List.of(lj("Zn", 2, 52.8, 9, 0.0284), lj("K", 1, 73.5, 0, 3),
                lj("Cl", -1, 76.31, 18, 3.0568));
        Result r = JunctionPotential.planck(K, ions, C25);
        assertThat(mv(r)).isCloseTo(-20.79558643, within(0.1));
        assertThat(r.method()).isEqualTo(Method.PLANCK);
        assertThat(r.evaluations()).isPositive().isLessThan(500);
    }

    /**
     * K-gluconate pipette vs ACSF at 20 °C (Figl et al. 2003, AxoBits 39 p. 8, as loaded in the
     * LJPcalc README): LJPcalc 16.052319631180264 mV (Nernst–Planck); JPCalc (Henderson) 15.6 mV;
     * a cell reading −48.13 mV is at −64.18 mV. Achieved: 16.0509 mV (Planck), 15.607 mV (Henderson).
     */
    @Test
    void potassiumGluconateReadme() {
        List<Species> ions = List.of(s("K", 145, 2.8), s("Na", 13, 145), s("Mg", 1, 2), s("Ca", 0, 1),
                s("HEPES", 5, 5), s("Gluconate", 145, 0), s("Cl", 10, 148.8));
        Result r = JunctionPotential.planck(K, ions, C20);
        assertThat(mv(r)).isCloseTo(16.052319631180264, within(0.1));
        assertThat(r.vmCorrected(-0.04813) * 1e3).isCloseTo(-64.18, within(0.1));
        Result h = JunctionPotential.henderson(K, ions, C20);
        assertThat(mv(h)).isCloseTo(15.6, within(0.5));
    }

    /**
     * LJPcalc's known ion sets (src/LJPcalc.Core/KnownIonSets), 25 °C, Nernst–Planck. LJPcalc
     * balances the ion with the largest bath concentration (Na here) and looks "EGTA" up as EGTA²⁻
     * with λ = 0.24·73.5 and "ATP" as ATP²⁻ with λ = 0.15·73.5 (UNSW relative mobilities read as
     * conductivities): those are given explicitly so the inputs are LJPcalc's.
     */
    @Test
    void ljpcalcPotassiumMethanesulfonate() {
        // PatchKMeSO: expected +8.5940720894670459 mV (accuracy 0.1 in LJPcalc); achieved 8.6649
        // (balancing Na adds 2 mM to the pipette, as LJPcalc's last-ion rule does)
        List<Species> ions = List.of(s("K", 130, 3), lj("Methanesulfonate", -1, 0.664 * 73.5, 110, 0),
                s("HEPES", 5, 0), lj("EGTA", -2, 0.24 * 73.5, 1, 0), s("Cl", 24, 133.8), s("Mg", 2, 1.5),
                s("Na", 9, 152.2), lj("ATP", -2, 0.15 * 73.5, 2, 0), s("SO4", 0, 1.5), s("H2PO4", 0, 1.2),
                s("Ca", 0, 2.4), s("HCO3", 0, 25));
        Result r = JunctionPotential.compute(K, ions, C25, Method.PLANCK, Optional.of("Na"));
        assertThat(mv(r)).isCloseTo(8.5940720894670459, within(0.1));
    }

    @Test
    void ljpcalcCesiumGluconate() {
        // PatchCsGlu: expected +14.014124840428568 mV; achieved 14.1068 (LJPcalc's 1 % stopping rule and
        // 1000 Euler steps vs an adaptive integration to 1e-11; tightening ours changes it by < 1e-9 mV)
        List<Species> ions = List.of(s("Cs", 130, 3), s("Gluconate", 110, 0),
                s("HEPES", 5, 0), lj("EGTA", -2, 0.24 * 73.5, 1, 0), s("Cl", 24, 133.8), s("Mg", 2, 1.5),
                s("Na", 9, 152.2), lj("ATP", -2, 0.15 * 73.5, 2, 0), s("SO4", 0, 1.5), s("H2PO4", 0, 1.2),
                s("Ca", 0, 2.4), s("HCO3", 0, 25));
        Result r = JunctionPotential.compute(K, ions, C25, Method.PLANCK, Optional.of("Na"));
        assertThat(mv(r)).isCloseTo(14.014124840428568, within(0.1));
    }

    @Test
    void ljpcalcPotassiumGluconateWatz() {
        // PatchKGlu (Walz et al., Patch-Clamp Analysis 2nd ed. p. 191): expected +15.729 mV, achieved 15.7247;
        // PatchHighCl (30 mM K-gluconate replaced by KCl): expected +12.441 mV, achieved 12.4396
        List<Species> ions = List.of(s("Ca", 0, 2.4), s("Cl", 2, 133.8), s("Gluconate", 125, 0),
                s("H2PO4", 0, 1.2), s("HCO3", 0, 25), s("HEPES", 10, 0), s("K", 125, 3), s("Mg", 1, 1.5),
                s("SO4", 0, 1.5), s("Na", 4.25, 152.2));
        Result r = JunctionPotential.compute(K, ions, C25, Method.PLANCK, Optional.of("Na"));
        List<Species> hi = List.of(s("Ca", 0, 2.4), s("Cl", 32, 133.8), s("Gluconate", 95, 0),
                s("H2PO4", 0, 1.2), s("HCO3", 0, 25), s("HEPES", 10, 0), s("K", 125, 3), s("Mg", 1, 1.5),
                s("SO4", 0, 1.5), s("Na", 4.25, 152.2));
        Result r2 = JunctionPotential.compute(K, hi, C25, Method.PLANCK, Optional.of("Na"));
        assertThat(mv(r)).isCloseTo(15.729, within(0.1));
        assertThat(mv(r2)).isCloseTo(12.441, within(0.1));
    }

    /**
     * Ng and Barry (1995) J. Neurosci. Methods 56:37, Table 2, 25 °C (as in LJPcalc's tests); pipette :
     * bath. Tolerance 0.5 mV. Achieved (Planck / Henderson): −4.36 / −4.36, −4.36 / −4.36,
     * −5.01 / −5.01, 10.28 / 10.20, 0.62 / 0.62, 6.52 / 6.52, −8.41 / −8.39.
     */
    @ParameterizedTest
    @CsvSource({
        // pipette ions; bath ions; expected mV
        "'Na=50,Cl=50', 'K=50,Cl=50', -4.3",
        "'Na=150,Cl=150', 'K=150,Cl=150', -4.3",
        "'Na=50,Cl=50', 'Cs=50,Cl=50', -4.9",
        "'Na=100,Cl=100', 'Mg=100,Cl=200', 10.0",
        "'Ca=100,Cl=200', 'Mg=100,Cl=200', 0.6",
        "'K=100,Cl=104,Ca=2', 'Li=100,Cl=104,Ca=2', 6.4",
        "'Ca=50,Mg=50,Cl=200', 'Li=100,Cl=100', -8.2",
    })
    void ngAndBarry(String pipette, String bath, double expected) {
        List<Species> ions = parse(pipette, bath);
        double p = mv(JunctionPotential.planck(K, ions, C25));
        double h = mv(JunctionPotential.henderson(K, ions, C25));
        assertThat(p).isCloseTo(expected, within(0.5));
        assertThat(h).isCloseTo(expected, within(0.5));
    }

    /**
     * Harper (1985) J. Phys. Chem. 89:1659, Table I (measured, as in LJPcalc's tests), 25 °C.
     * Achieved (Planck): −15.94, 55.54, −35.01, −8.07 mV.
     */
    @ParameterizedTest
    @CsvSource({
        "'Na=99.5,Cl=99.5', 'Na=4.99,Cl=4.99', -15.6",
        "'H=100,Cl=100', 'H=3.45,Cl=3.45', 55.5",
        "'Ca=290,Cl=580', 'Ca=5.45,Cl=10.9', -35",
        "'Zn=400,SO4=400', 'Zn=18.6,SO4=18.6', -8.1",
    })
    void harper(String pipette, String bath, double expected) {
        List<Species> ions = parse(pipette, bath);
        double p = mv(JunctionPotential.planck(K, ions, C25));
        assertThat(p).isCloseTo(expected, within(0.5));
    }

    /**
     * JPCalcWin manual pp. 7 and 10 (Barry; Henderson, 20 °C): CsF pipette against NaCl. Achieved
     * (Henderson): 8.748, 8.723 mV; Planck gives 8.835, 8.807 mV.
     */
    @ParameterizedTest
    @CsvSource({
        "'Cs=135,F=135,Na=10,Cl=10', 'Na=145,Cl=145', 8.74",
        "'Cs=145,F=125,Cl=20', 'Na=145,Cl=145', 8.71",
    })
    void jpcalcManual(String pipette, String bath, double expected) {
        List<Species> ions = parse(pipette, bath);
        double h = mv(JunctionPotential.henderson(K, ions, C20));
        assertThat(h).isCloseTo(expected, within(0.5));
    }

    static List<Species> parse(String pipette, String bath) {
        java.util.Map<String, double[]> m = new java.util.LinkedHashMap<>();
        for (String kv : pipette.split(",")) {
            String[] x = kv.split("=");
            m.computeIfAbsent(x[0], q -> new double[2])[0] = Double.parseDouble(x[1]);
        }
        for (String kv : bath.split(",")) {
            String[] x = kv.split("=");
            m.computeIfAbsent(x[0], q -> new double[2])[1] = Double.parseDouble(x[1]);
        }
        List<Species> out = new ArrayList<>();
        m.forEach((n, c) -> out.add(Species.of(n, c[0], c[1])));
        return out;
    }

    @Test
    void monovalentClosedFormMatchesShooting() {
        List<Species> ions = parse("Cs=135,F=135,Na=10,Cl=10", "Na=145,Cl=145,K=3,Br=3");
        double a = JunctionPotential.planckMonovalent(K, ions, C25).ljp();
        double b = JunctionPotential.planckGeneral(K, ions, C25).ljp();
        assertThat(a).isCloseTo(b, within(1e-9));
    }

    @Test
    void unbalancedSideIsAnError() {
        assertThatThrownBy(() -> JunctionPotential.planck(K, parse("K=140,Cl=130", "Na=145,Cl=145"), C25))
                .isInstanceOf(DomainException.class).hasMessageContaining("pipette").hasMessageContaining("10 mM");
    }

    /** Equal total concentrations: Planck's equation reduces to (RT/F)·ln((U₁ + V₂)/(U₂ + V₁)). */
    @Test
    void planckAtEqualTotalsIsTheGoldmanForm() {
        List<Species> ions = parse("Na=100,Cl=60,F=40", "K=70,Cs=30,Cl=100");
        double u1 = 100 * Species.of("Na", 0, 0).mobility();
        double v1 = 60 * Species.of("Cl", 0, 0).mobility() + 40 * Species.of("F", 0, 0).mobility();
        double u2 = 70 * Species.of("K", 0, 0).mobility() + 30 * Species.of("Cs", 0, 0).mobility();
        double v2 = 100 * Species.of("Cl", 0, 0).mobility();
        double expected = K.thermalVoltage(C25) * Math.log((u1 + v2) / (u2 + v1));
        assertThat(JunctionPotential.planckMonovalent(K, ions, C25).ljp()).isCloseTo(expected, within(1e-15));
        assertThat(JunctionPotential.planckGeneral(K, ions, C25).ljp()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void resultCarriesWhatExplainsIt() {
        List<Species> ions = List.of(s("K", 140, 3), s("Gluc", 130, 0), s("Cl", 10, 150), s("Na", 0, 147));
        Result r = JunctionPotential.compute(K, ions, C25, Method.HENDERSON, Optional.empty());
        assertThat(r.method()).isEqualTo(Method.HENDERSON);
        assertThat(r.method().label()).isEqualTo("henderson");
        assertThat(r.temperature()).isEqualTo(C25);
        assertThat(r.constants()).isEqualTo("codata2018");
        assertThat(r.balance()).isEmpty();
        assertThat(r.ions()).extracting(Species::name).containsExactly("K", "Gluconate", "Cl", "Na");
        Species g = r.ions().get(1);
        assertThat(g.z()).isEqualTo(-1);
        assertThat(g.mobility()).isEqualTo(0.33);
        assertThat(g.source()).contains("UNSW");
        assertThat(g.lambda()).isCloseTo(24.255, within(1e-12));
        assertThat(r.vmCorrected(-0.060)).isEqualTo(-0.060 - r.ljp());
    }

    @Test
    void balanceAdjustsTheNamedIonOnEachSideThatNeedsIt() {
        // pipette: 140 K+ vs 120 Cl-, 20 mM short of anions; bath already neutral
        List<Species> ions = List.of(s("K", 140, 5), s("Cl", 120, 150), s("Na", 0, 145));
        assertThat(JunctionPotential.imbalance(ions).pipette()).isEqualTo(20);
        JunctionPotential.Balanced b = JunctionPotential.balance(ions, "cl-");
        assertThat(b.balance()).isEqualTo(new JunctionPotential.Balance("Cl", 20, 0));
        assertThat(b.ions().get(1).cPipette()).isEqualTo(140);
        assertThat(b.ions().get(1).cBath()).isEqualTo(150);
        JunctionPotential.requireNeutral(b.ions());
        Result r = JunctionPotential.compute(K, ions, C25, Method.PLANCK, Optional.of("Cl"));
        assertThat(r.balance()).contains(b.balance());
        assertThat(r.ljp()).isEqualTo(JunctionPotential.planck(K, b.ions(), C25).ljp());
        // both sides at once, with a cation
        List<Species> two = List.of(s("K", 100, 5), s("Cl", 120, 160), s("Na", 0, 145));
        assertThat(JunctionPotential.balance(two, "K").balance())
                .isEqualTo(new JunctionPotential.Balance("K", 20, 10));
    }

    @Test
    void balanceRefusesImpossibleAdjustments() {
        // the pipette has 20 mM too few anions; taking 20 mM of Na away leaves −20 mM
        List<Species> ions = List.of(s("K", 140, 5), s("Cl", 120, 150), s("Na", 0, 145));
        assertThatThrownBy(() -> JunctionPotential.balance(ions, "Na")).isInstanceOf(DomainException.class)
                .hasMessageContaining("pipette").hasMessageContaining("opposite charge");
        assertThatThrownBy(() -> JunctionPotential.balance(ions, "HEPES")).isInstanceOf(DomainException.class)
                .hasMessageContaining("not among");
    }

    @Test
    void neutralityToleranceIsRelative() {
        // 1e-7 of the total: rounding, accepted (and solved); 1e-4: a real imbalance
        JunctionPotential.requireNeutral(parse("K=150.000015,Cl=150", "Na=150,Cl=150"));
        assertThat(JunctionPotential.planck(K, parse("K=150.000015,Cl=150", "Na=150,Cl=150"), C25).ljp())
                .isCloseTo(JunctionPotential.planck(K, parse("K=150,Cl=150", "Na=150,Cl=150"), C25).ljp(),
                        within(1e-8)); // 1.3 nV
        assertThatThrownBy(() -> JunctionPotential.requireNeutral(parse("K=150.03,Cl=150", "Na=150,Cl=150")))
                .isInstanceOf(DomainException.class).hasMessageContaining("0.03 mM");
        assertThatThrownBy(() -> JunctionPotential.requireNeutral(parse("K=150,Cl=150", "K=0,Cl=0")))
                .isInstanceOf(DomainException.class).hasMessageContaining("bath solution has no ions");
    }

    @Test
    void closedFormRejectsPolyvalentIons() {
        assertThatThrownBy(() -> JunctionPotential.planckMonovalent(K, parse("Ca=1,Cl=2", "Na=2,Cl=2"), C25))
                .isInstanceOf(DomainException.class).hasMessageContaining("Ca");
    }

    /**
     * LJPcalc's "difficult set" (from Owen et al. 2013, Nature 500:458; LJPcalc test
     * Test_DifficultSet_Owen2013, 33 °C): 16 ions of valence −2…+2, eight absent from one side, with
     * LJPcalc's inputs: its conductivities for the ions outside our table (HSO₃⁻ 50, Tris⁺ 0.4·73.5,
     * 4-aminopyridine read as 2+ with 0.29·73.5), its lookups of EGTA and ATP (as 2− with 0.24·73.5
     * and 0.15·73.5), balanced with Na as LJPcalc does (the ion with the largest bath concentration:
     * +0.3 mM in the pipette, −10 mM in the bath). LJPcalc's test accepts 11.8 ± 0.5 mV (the paper's
     * 15.1 − 3.3, not an LJPcalc output); this solver gives 12.296 mV, at the edge of that band, so
     * the value is held here as a regression (0.01 mV), not as a reference.
     */
    @Test
    void ljpcalcDifficultSetOwen2013Converges() {
        List<Species> ions = List.of(s("K", 50, 3), s("Gluconate", 50, 0), s("Cs", 70, 0),
                lj("HSO3", -1, 50, 70, 0), s("TEA", 10, 10), s("Cl", 12, 131.6), s("Mg", 5, 1.3), s("HEPES", 10, 0),
                lj("EGTA", -2, 0.24 * 73.5, 0.3, 0), lj("Tris", 1, 0.4 * 73.5, 10, 0),
                lj("ATP", -2, 0.15 * 73.5, 4, 0), s("Na", 0.3, 139.25), s("HCO3", 0, 26), s("H2PO4", 0, 1.25),
                s("Ca", 0, 2), lj("4-AP", 2, 0.29 * 73.5, 0, 5));
        Result r = JunctionPotential.compute(K, ions, 273.15 + 33, Method.PLANCK, Optional.of("Na"));
        assertThat(mv(r)).isCloseTo(12.2955, within(0.01));
        assertThat(r.evaluations()).isLessThan(500);
        assertThat(r.balance().orElseThrow().pipetteAdjust()).isCloseTo(0.3, within(1e-12));
        assertThat(r.balance().orElseThrow().bathAdjust()).isCloseTo(-10, within(1e-12));
    }
}
