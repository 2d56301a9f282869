package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.echem.core.Electrolyte.Species;
import org.echem.core.GhkPotential.Permeant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Boundaries, special cases and messages of the core that the reference and property tests do not
 * reach (found by mutation testing, issue #9): each test states the behaviour it pins down.
 */
class EdgeCasesTest {
    static final ConstantSet K = ConstantSet.CODATA2018;
    static final double T = 310.15;

    // ---- Require, Msg, labels, constant sets ----------------------------------------------------

    @Test
    void requireReturnsTheValueItChecked() {
        assertThat(Require.positive(2.5, "x")).isEqualTo(2.5);
        assertThat(Require.nonNegative(0, "x")).isZero();
        assertThat(Require.nonNegative(3, "x")).isEqualTo(3);
        assertThat(Require.finite(-4, "x")).isEqualTo(-4);
        assertThat(Require.nonZero(-2, "z")).isEqualTo(-2);
        assertThat(Require.finiteResult(7, "x")).isEqualTo(7);
        assertThatThrownBy(() -> Require.nonNegative(-Double.MIN_VALUE, "x")).hasMessageContaining("x must be");
        assertThatThrownBy(() -> Require.positive(0, "c")).hasMessageContaining("c must be a finite number > 0, got 0.0");
        assertThatThrownBy(() -> Require.nonZero(0, "z")).hasMessage("z must not be 0");
        assertThatThrownBy(() -> Require.nonNegative(Double.POSITIVE_INFINITY, "x")).hasMessageContaining("finite");
        assertThatThrownBy(() -> Require.positive(Double.POSITIVE_INFINITY, "x")).hasMessageContaining("finite");
    }

    /** Messages print 6 significant digits, plain between 1e-4 and 1e9, scientific outside. */
    @ParameterizedTest
    @CsvSource({"0, 0", "1e-4, 0.0001", "9.9999e-5, 0.000099999", "1.23456789, 1.23457", "999999000, 999999000",
        "1e9, 1E+9", "-2.5e-7, -2.5E-7", "150, 150"})
    void messageNumbers(double x, String expected) {
        assertThat(Msg.num(x)).isEqualTo(expected);
    }

    @Test
    void messageNumbersOfNonFiniteValuesAreNamed() {
        assertThat(Msg.num(Double.NaN)).isEqualTo("NaN");
        assertThat(Msg.num(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void labelsAndConstantSets() {
        assertThat(Direction.INFLUX.label()).isEqualTo("influx");
        assertThat(CurrentDirection.OUTWARD.label()).isEqualTo("outward");
        assertThat(CurrentDirection.of(-0.0)).isEqualTo(CurrentDirection.NONE);
        assertThat(ConstantSet.named("CODATA2018")).isSameAs(ConstantSet.CODATA2018);
        assertThat(ConstantSet.named("Textbook")).isSameAs(ConstantSet.TEXTBOOK);
        assertThat(ConstantSet.named("codata2014")).isNull();
        assertThat(ConstantSet.TEXTBOOK.thermalVoltage(300)).isEqualTo(8.314 * 300 / 96485.0);
    }

    // ---- ions -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Ca2+ | Ca | 2", "Ca++ | Ca | 2", "SO4 2- | SO4 | -2", "SO42- | SO4 | -2", "HPO4 2- | HPO4 | -2",
        "H2PO4- | H2PO4 | -1", "NH4+ | NH4 | 1", "X3+ | X | 3", "Y2- | Y | -2", "X 3+ | X | 3", "Z12+ | Z | 12",
        "X+++ | X | 3", "cl- | Cl | -1", "Na⁺ | Na | 1", "Cl\u2212 | Cl | -1", "  K  | K | 1", "Ab1+ | Ab | 1",
        "X2 3+ | X2 | 3", "SO4 2 - | SO4 | -2", "12+ | 12 | 1", "NO3 - | NO3 | -1", "HCO3 - | HCO3 | -1",
        "H2PO4 - | H2PO4 | -1", "NH4 + | NH4 | 1", "X+ | X | 1", "Kx3+ | Kx | 3", "HPO42- | HPO4 | -2"})
    void ionNamesWithCharges(String spec, String name, int z) {
        assertThat(Ion.parse(spec, null)).isEqualTo(new Ion(name, z));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'' | empty", "'   ' | empty", "++ | no ion name", "X0+ | charge 0",
        "Ca+ | has charge +1 but Ca is +2", "Q | unknown ion 'Q'"})
    void badIonNames(String spec, String message) {
        assertThatThrownBy(() -> Ion.parse(spec, null)).isInstanceOf(DomainException.class).hasMessageContaining(message);
    }

    /** Mutation testing found it: "NO3 -" (a space before the sign) read the 3 as the charge: NO³⁻. */
    @Test
    void spaceBeforeTheSignKeepsTheDigitsOfTheName() {
        assertThat(Ion.parse("NO3 -", null)).isEqualTo(new Ion("NO3", -1));
        assertThat(Ion.parse("HCO3 -", null)).isEqualTo(new Ion("HCO3", -1));
        assertThat(Ion.parse("SO4 2-", null)).isEqualTo(new Ion("SO4", -2));
    }

    @Test
    void explicitValence() {
        assertThat(Ion.parse("", 2)).isEqualTo(new Ion("X", 2));
        assertThat(Ion.parse("Q", -3)).isEqualTo(new Ion("Q", -3));
        assertThat(Ion.parse("Ca", 2)).isEqualTo(new Ion("Ca", 2));
        assertThatThrownBy(() -> Ion.parse("Ca", 1)).hasMessageContaining("--z 1 contradicts the charge of Ca (+2)");
        assertThat(Ion.signed(0)).isEqualTo("0");
        assertThat(Ion.signed(2)).isEqualTo("+2");
        assertThat(Ion.signed(-1)).isEqualTo("-1");
        assertThat(new Ion("SO4", -2).label()).isEqualTo("SO4 2-");
        assertThat(new Ion("Ca", 2).label()).isEqualTo("Ca2+");
        assertThat(new Ion("Cl", -1).label()).isEqualTo("Cl-");
        assertThat(new Ion("X1", 1).label()).isEqualTo("X1+");
    }

    // ---- electrolytes -----------------------------------------------------------------------------

    @Test
    void chargesOfAnElectrolyte() {
        Electrolyte e = new Electrolyte(List.of(new Species("Na", 1, 150), new Species("Ca", 2, 2),
                new Species("Cl", -1, 140), new Species("SO4", -2, 3)));
        assertThat(e.positiveCharge()).isEqualTo(154);
        assertThat(e.negativeCharge()).isEqualTo(146);
        assertThat(e.netCharge()).isEqualTo(8);
        assertThat(e.ionicStrength()).isEqualTo((150 + 4 * 2 + 140 + 4 * 3) / 2.0);
        assertThat(e.symmetricValence()).isZero();
        // an ion at concentration 0 is absent: it does not spoil the symmetry
        assertThat(new Electrolyte(List.of(new Species("Na", 1, 150), new Species("Cl", -1, 150),
                new Species("Ca", 2, 0))).symmetricValence()).isEqualTo(1);
        assertThat(Electrolyte.symmetric(2, 10).symmetricValence()).isEqualTo(2);
    }

    @Test
    void electroneutralityMessageSaysWhichChargeIsInExcessAndByHowMuch() {
        Electrolyte e = new Electrolyte(List.of(new Species("Na", 1, 150), new Species("Cl", -1, 140)));
        assertThatThrownBy(e::requireElectroneutral).isInstanceOf(DomainException.class).hasMessageContaining(
                "positive charge is in excess by 10 mM (Σ z·c = +10 mM: cations carry 150 mM of charge, anions 140 mM;"
                        + " 6.90% off); add anions or lower a cation");
        Electrolyte f = new Electrolyte(List.of(new Species("Na", 1, 140), new Species("Cl", -1, 150)));
        assertThatThrownBy(f::requireElectroneutral).hasMessageContaining(
                "negative charge is in excess by 10 mM (Σ z·c = -10 mM").hasMessageContaining("add cations");
    }

    /** The accepted imbalance is |Σ zc| ≤ 1e-6 of the mean of the cation and anion charges, inclusive. */
    @Test
    void electroneutralityToleranceIsInclusive() {
        double neg = 1000;
        double tol = Electrolyte.NEUTRALITY_TOLERANCE;
        double p = neg * (1 + tol / 2) / (1 - tol / 2); // |p − neg| = tol·(p + neg)/2, to rounding
        while (Math.abs(p - neg) > tol * ((p + neg) / 2)) {
            p = Math.nextDown(p);
        }
        while (Math.abs(Math.nextUp(p) - neg) <= tol * ((Math.nextUp(p) + neg) / 2)) {
            p = Math.nextUp(p);
        }
        double ok = p;
        assertThat(new Electrolyte(List.of(new Species("Na", 1, ok), new Species("Cl", -1, neg))).requireElectroneutral())
                .isNotNull();
        double bad = Math.nextUp(ok);
        assertThatThrownBy(() -> new Electrolyte(List.of(new Species("Na", 1, bad), new Species("Cl", -1, neg)))
                .requireElectroneutral()).isInstanceOf(DomainException.class);
        // within tolerance: 999.9995 vs 1000 (5e-7 of the charge) is accepted, 999.998 is not
        assertThat(new Electrolyte(List.of(new Species("Na", 1, 999.9995), new Species("Cl", -1, 1000)))
                .requireElectroneutral()).isNotNull();
        assertThatThrownBy(() -> new Electrolyte(List.of(new Species("Na", 1, 999.998), new Species("Cl", -1, 1000)))
                .requireElectroneutral()).isInstanceOf(DomainException.class);
    }

    // ---- Grahame ------------------------------------------------------------------------------------

    /** φ(x) = e^(−x) − 1 + x from its exact series, to 1e-15 relative, on both sides of the series switch. */
    @ParameterizedTest
    @CsvSource({"0.0499", "-0.0499", "0.03", "-0.01", "1e-3", "0.05", "-0.05", "0.2"})
    void phiMatchesItsExactSeries(double x) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = bx.multiply(bx).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
        for (int n = 2; n < 60; n++) { // x^n/n! with alternating sign
            sum = n % 2 == 0 ? sum.add(term) : sum.subtract(term);
            term = term.multiply(bx).divide(BigDecimal.valueOf(n + 1), MathContext.DECIMAL128);
        }
        double exact = sum.doubleValue();
        double tol = Math.abs(x) < 0.05 ? 1.5e-15 : 4e-15; // the series, then e^(−x) − 1 + x from expm1
        assertThat(Grahame.phi(x)).isCloseTo(exact, within(Math.abs(exact) * tol));
    }

    /** f(u) = Σ cᵢ(e^(−zᵢu) − 1), by definition, also for an electrolyte that is not neutral. */
    @Test
    void reducedGrahameFunctionIsItsDefinition() {
        Electrolyte e = new Electrolyte(List.of(new Species("Na", 1, 150), new Species("Ca", 2, 2),
                new Species("Cl", -1, 130)));
        for (double u : new double[] {-2, -0.01, 0.3, 1.7}) {
            double def = 150 * Math.expm1(-u) + 2 * Math.expm1(-2 * u) + 130 * Math.expm1(u);
            assertThat(Grahame.reduced(e, u)).isCloseTo(def, within(Math.abs(def) * 1e-13));
        }
    }

    @Test
    void asinhForHugeArguments() {
        assertThat(Grahame.asinh(1e200)).isCloseTo(Math.log(2e200), within(1e-13));
        assertThat(Grahame.asinh(-1e300)).isCloseTo(-Math.log(2) - Math.log(1e300), within(1e-12));
        assertThat(Grahame.asinh(1e-20)).isEqualTo(1e-20);
        assertThat(Grahame.asinh(0.5)).isCloseTo(0.48121182505960347, within(1e-16));
    }

    /** An electrolyte whose ions all have one |z| takes the closed form, with the equivalent salt concentration. */
    @Test
    void symmetricMixtureUsesTheEquivalentSalt() {
        Electrolyte mix = new Electrolyte(List.of(new Species("Ca", 2, 4), new Species("Mg", 2, 1),
                new Species("SO4", -2, 5)));
        double closed = Grahame.surfacePotential(K, 78.5, 298.15, 2, 5, -0.05);
        assertThat(Grahame.surfacePotential(K, 78.5, 298.15, mix, -0.05)).isEqualTo(closed);
        assertThat(Grahame.surfaceCharge(K, 78.5, 298.15, mix, closed))
                .isEqualTo(Grahame.surfaceCharge(K, 78.5, 298.15, 2, 5, closed));
        assertThat(Grahame.solve(K, 78.5, 298.15, mix, -0.05).psi0()).isCloseTo(closed, within(1e-12));
        Electrolyte nacl = new Electrolyte(List.of(new Species("Na", 1, 100), new Species("K", 1, 50),
                new Species("Cl", -1, 150)));
        assertThat(Grahame.surfacePotential(K, 78.5, 298.15, nacl, 0.02))
                .isEqualTo(Grahame.surfacePotential(K, 78.5, 298.15, 1, 150, 0.02));
    }

    /**
     * Within the neutrality tolerance a mixture may have a small net charge; then Σ cᵢ(e^(−zᵢu) − 1) is negative
     * for tiny ψ0 of the sign of the excess, and no σ gives that ψ0.
     */
    @Test
    void noSurfaceChargeForATinyPotentialAgainstTheImbalance() {
        Electrolyte mix = new Electrolyte(List.of(new Species("Na", 1, 1000), new Species("Ca", 2, 1),
                new Species("Cl", -1, 1002.0005)));
        assertThatThrownBy(() -> Grahame.surfaceCharge(K, 78.5, 298.15, mix, -1e-9)).isInstanceOf(DomainException.class)
                .hasMessageContaining("no surface charge gives ψ0 = -0.000001 mV");
        assertThat(Grahame.surfaceCharge(K, 78.5, 298.15, mix, 1e-9)).isPositive();
    }

    @Test
    void mixtureSurfaceChargeHasTheSignOfPsi() {
        Electrolyte mix = new Electrolyte(List.of(new Species("Na", 1, 150), new Species("Ca", 2, 2),
                new Species("Cl", -1, 154)));
        double s = Grahame.surfaceCharge(K, 74.15, T, mix, -0.03);
        assertThat(s).isNegative();
        assertThat(Grahame.surfaceCharge(K, 74.15, T, mix, 0.03)).isPositive();
        assertThat(Grahame.surfacePotential(K, 74.15, T, mix, s)).isCloseTo(-0.03, within(1e-12));
    }

    // ---- GHK ------------------------------------------------------------------------------------------

    @Test
    void bernoulliSeriesNearZero() {
        assertThat(GhkCurrent.bernoulli(1e-11)).isCloseTo(1 - 5e-12, within(1e-17));
        assertThat(GhkCurrent.bernoulli(-4e-11)).isCloseTo(1 + 2e-11, within(1e-17));
        assertThat(GhkCurrent.bernoulli(800)).isZero();
        assertThat(GhkCurrent.bernoulli(-800)).isEqualTo(800);
    }

    @Test
    void anIonWithoutPermeabilityDoesNotStopTheClosedForm() {
        List<Permeant> ions = List.of(new Permeant("K", 1, 1, 140, 5), new Permeant("Ca", 2, 0, 1e-4, 2));
        assertThat(GhkPotential.monovalent(ions)).isTrue();
        assertThat(GhkPotential.reversal(K, ions, T)).isEqualTo(Nernst.potential(K, 1, 140, 5, T));
        assertThat(GhkPotential.monovalent(List.of(new Permeant("Ca", 2, 1e-9, 1, 2)))).isFalse();
        assertThatThrownBy(() -> GhkPotential.closedForm(K, List.of(new Permeant("Ca", 2, 1, 1, 2)), T))
                .hasMessageContaining("|z| = 1");
    }

    /**
     * The documented bracket: the strengths bracket [−2·ln(2A/B), 2·ln(2B/A)] (clipped at 0) intersected with
     * [min E, max E] when every permeant ion is on both sides, widened by 1e-9·(1 + |u|); ions with P = 0 and
     * ions absent on both sides take no part.
     */
    @Test
    void rootFindingBracketIsTheDocumentedOne() {
        double vt = K.thermalVoltage(T);
        List<Permeant> ions = List.of(new Permeant("K", 1, 1, 140, 5), new Permeant("Ca", 2, 0.5, 1e-4, 2),
                new Permeant("Na", 1, 0, 15, 1e4), new Permeant("Cl", -1, 0.3, 0, 0));
        GhkPotential.Root r = GhkPotential.rootFinding(K, ions, T);
        double eMin = Math.log(5 / 140.0);
        double eMax = Math.log(2 / 1e-4) / 2;
        double a = 140 + 0.5 * 2 * 1e-4;
        double b = 5 + 0.5 * 2 * 2;
        double lo = Math.max(-Math.max(0, 2 * Math.log(2 * a / b)), eMin);
        double hi = Math.min(Math.max(0, 2 * Math.log(2 * b / a)), eMax);
        assertThat(r.lo()).isCloseTo((lo - 1e-9 * (1 + Math.abs(lo))) * vt, within(1e-15));
        assertThat(r.hi()).isCloseTo((hi + 1e-9 * (1 + Math.abs(hi))) * vt, within(1e-15));
        assertThat(r.volts()).isBetween(r.lo(), r.hi());
        // with an ion present on one side only, the Nernst bracket does not apply
        List<Permeant> oneSided = List.of(new Permeant("K", 1, 1, 140, 5), new Permeant("Ca", 2, 0.5, 0, 2));
        GhkPotential.Root s = GhkPotential.rootFinding(K, oneSided, T);
        double b2 = 5 + 0.5 * 2 * 2;
        double lo2 = -Math.max(0, 2 * Math.log(2 * 140 / b2));
        assertThat(s.lo()).isCloseTo((lo2 - 1e-9 * (1 + Math.abs(lo2))) * vt, within(1e-15));
    }

    /** A reversal potential needs current both ways (A > 0 and B > 0) and sums that do not overflow. */
    @Test
    void noReversalPotentialWithoutCurrentBothWays() {
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(new Permeant("K", 1, 1, 0, 5)), T))
                .hasMessageContaining("no ion can carry outward current");
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(new Permeant("K", 1, 1, 140, 0)), T))
                .hasMessageContaining("no ion can carry inward current");
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(new Permeant("K", 1, 0, 140, 5)), T))
                .hasMessageContaining("no ion has both a permeability > 0 and a concentration");
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(new Permeant("K", 1, 1e308, 1e4, 1)), T))
                .hasMessageContaining("too large to add up");
        assertThatThrownBy(() -> GhkPotential.reversal(K, List.of(new Permeant("K", 1, 1e308, 1, 1e4)), T))
                .hasMessageContaining("too large to add up");
        assertThatThrownBy(() -> GhkPotential.rootFinding(K, List.of(new Permeant("Ca", 2, 1, 0, 2)), T))
                .hasMessageContaining("no ion can carry outward current");
    }

    @Test
    void permeabilityForRejectsWhatCannotBeSolved() {
        List<Permeant> others = List.of(new Permeant("K", 1, 1, 140, 5));
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 0, 0), others, -0.05, T))
                .hasMessageContaining("Na has no concentration on either side");
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 145),
                List.of(new Permeant("K", 1, 0, 140, 5), new Permeant("Cl", -1, 1, 0, 0)), -0.05, T))
                .hasMessageContaining("no other ion has a permeability > 0");
        // one side is enough for a reference ion
        assertThat(GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 145),
                List.of(new Permeant("K", 1, 1, 140, 0)), -0.05, T)).isPositive();
        assertThat(GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 145),
                List.of(new Permeant("K", 1, 1, 0, 5)), 0.07, T)).isPositive();
    }

    @Test
    void permeabilityForAtTheIonsOwnNernstPotential() {
        List<Permeant> others = List.of(new Permeant("K", 1, 1, 140, 5));
        double eNa = Nernst.potential(K, 1, 15, 145, T);
        for (double v : new double[] {eNa, eNa * (1 + 1e-14), eNa * (1 - 1e-14)}) {
            assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 145), others, v, T))
                    .hasMessageContaining("is the Nernst potential of Na").hasMessageContaining(
                            new BigDecimal(eNa * 1e3).round(new MathContext(9)).stripTrailingZeros().toPlainString());
        }
        // a microvolt away it is determined
        assertThat(GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 145), others, eNa - 1e-6, T))
                .isPositive();
    }

    /** At the other ions' reversal potential the sought permeability is exactly 0 (and not −0). */
    @Test
    void permeabilityForIsZeroAtTheOthersReversalPotential() {
        double p = GhkPotential.permeabilityFor(K, new Permeant("X", 1, 0, 140, 5),
                List.of(new Permeant("Na", 1, 1, 10, 10)), 0, T);
        assertThat(p).isZero();
        assertThat(1 / p).isPositive();
    }

    @Test
    void permeabilityForOutsideTheRangeNamesBothEnds() {
        List<Permeant> others = List.of(new Permeant("K", 1, 1, 140, 5));
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 145), others, 0.1, T))
                .hasMessageContaining("V_rev = 100 mV").hasMessageContaining("E_Na (60.")
                .hasMessageContaining("other ions (-89.0587 mV)");
        // an ion on one side only has E = ±∞
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 0, 145), others, -0.1, T))
                .hasMessageContaining("E_Na (+∞)");
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Na", 1, 0, 15, 0), others, 0.0, T))
                .hasMessageContaining("E_Na (-∞)");
        assertThatThrownBy(() -> GhkPotential.permeabilityFor(K, new Permeant("Cl", -1, 0, 0, 100), others, 0.0, T))
                .hasMessageContaining("E_Cl (-∞)");
    }

    // ---- Nernst, ohmic, Mullins–Noda ------------------------------------------------------------------

    @Test
    void noTemperatureGivesZeroE() {
        assertThatThrownBy(() -> Nernst.temperatureFor(K, 1, 0, 140, 5)).hasMessageContaining("no temperature");
        assertThatThrownBy(() -> Nernst.temperatureFor(K, 1, 0.05, 10, 10)).hasMessageContaining("no temperature");
        assertThatThrownBy(() -> Nernst.temperatureFor(K, 1, 0.05, 140, 5)).hasMessageContaining("no temperature");
        assertThat(Nernst.temperatureFor(K, 1, -0.05, 140, 5)).isCloseTo(
                -0.05 * K.faraday() / (K.gasConstant() * Math.log(5 / 140.0)), within(1e-10));
        assertThat(Nernst.slopePerDecade(K, 2, T)).isCloseTo(K.thermalVoltage(T) * Math.log(10) / 2, within(1e-17));
    }

    @Test
    void logRatioOfExtremeQuotients() {
        assertThat(Nernst.logRatio(1e300, 1e-300)).isCloseTo(600 * Math.log(10), within(1e-10));
        assertThat(Nernst.logRatio(1e-300, 1e300)).isCloseTo(-600 * Math.log(10), within(1e-10));
        assertThat(Nernst.logRatio(5, 140)).isEqualTo(Math.log(5 / 140.0));
    }

    @Test
    void conductanceMessagesNameTheCase() {
        assertThat(OhmicCurrent.conductance(0, -0.07, 0.05)).isZero();
        assertThatThrownBy(() -> OhmicCurrent.conductance(0, 0.05, 0.05)).hasMessageContaining("g cannot be determined");
        assertThatThrownBy(() -> OhmicCurrent.conductance(1e-12, 0.05, 0.05))
                .hasMessageContaining("no conductance carries a current there");
        assertThatThrownBy(() -> OhmicCurrent.conductance(1e-12, -0.07, 0.05))
                .hasMessageContaining("a current outward (> 0) against the driving force V_m − E = -120 mV");
        assertThatThrownBy(() -> OhmicCurrent.conductance(-1e-12, 0.07, 0.0123456789))
                .hasMessageContaining("a current inward (< 0) against the driving force V_m − E = 57.6543211 mV");
        assertThat(OhmicCurrent.conductance(-1e-12, -0.07, 0.05)).isCloseTo(1e-12 / 0.12, within(1e-24));
    }

    /** V(r) depends on P_K and P_Na only through their ratio (absolute permeabilities in m/s work the same). */
    @Property(tries = 100, seed = "42")
    void mullinsNodaDependsOnlyOnThePermeabilityRatio(@ForAll @DoubleRange(min = 1e-9, max = 10) @Scale(12) double s,
            @ForAll @DoubleRange(min = 0.5, max = 3) double r) {
        double v = MullinsNoda.potential(K, r, new MullinsNoda.Gradients(1, 0.04, 140, 5, 15, 145), T);
        double w = MullinsNoda.potential(K, r, new MullinsNoda.Gradients(s, 0.04 * s, 140, 5, 15, 145), T);
        assertThat(w).isCloseTo(v, within(1e-14));
        double byHand = K.thermalVoltage(T) * Math.log((r * 5 + 0.04 * 145) / (r * 140 + 0.04 * 15));
        assertThat(v).isCloseTo(byHand, within(1e-14));
    }
}
