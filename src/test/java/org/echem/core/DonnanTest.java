package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.echem.core.Donnan.Equilibrium;
import org.echem.core.Donnan.Impermeant;
import org.echem.core.Donnan.IonState;
import org.echem.core.Donnan.Permeant;
import org.echem.core.Electrolyte.Species;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DonnanTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;
    private static final double T = 310.15;

    private static Equilibrium naPrVsNaCl(double a, double b, double vIn, double vOut) {
        return Donnan.closed(K, List.of(new Permeant("Na", 1, a, b), new Permeant("Cl", -1, 0, b)),
                List.of(new Impermeant("Pr", -1, a)), vIn, vOut, T);
    }

    /**
     * The textbook case: 100 mM NaPr inside | 100 mM NaCl outside, equal volumes. D. J. Shaw,
     * <i>Introduction to Colloid and Surface Chemistry</i>, 4th ed. (1992), §2 "Donnan membrane
     * equilibrium", fig. 2.11: x = b²/(a + 2b) of NaCl moves in, so Na_in = a + x = 133.3,
     * Cl_in = x = 33.3, Na_out = Cl_out = b − x = 66.7 mM, r = 2; V = −(RT/F)·ln 2 = −18.5 mV at 37 °C.
     * Osmolarities 266.7 and 133.3 mOsm, Δπ = 133.3 mM·RT = 343.8 kPa. Tolerance 1e-9 relative.
     */
    @Test
    void textbookClosedCase() {
        Equilibrium e = naPrVsNaCl(100, 100, 1, 1);
        double third = 100.0 / 3;
        assertThat(e.mode()).isEqualTo(Donnan.Mode.CLOSED);
        assertThat(e.ions().get(0).cIn()).isCloseTo(100 + third, within(1e-9));
        assertThat(e.ions().get(1).cIn()).isCloseTo(third, within(1e-9));
        assertThat(e.ions().get(0).cOut()).isCloseTo(2 * third, within(1e-9));
        assertThat(e.ions().get(1).cOut()).isCloseTo(2 * third, within(1e-9));
        assertThat(e.r()).isCloseTo(2, within(1e-12));
        assertThat(e.potential()).isCloseTo(-K.thermalVoltage(T) * Math.log(2), within(1e-14));
        assertThat(e.potential() * 1e3).isCloseTo(-18.5, within(0.05));
        assertThat(e.osmolarityIn()).isCloseTo(800.0 / 3, within(1e-9));
        assertThat(e.osmolarityOut()).isCloseTo(400.0 / 3, within(1e-9));
        assertThat(e.osmoticPressure()).isCloseTo(400.0 / 3 * K.gasConstant() * T, within(1e-6));
        assertThat(e.osmoticPressure() / 1e3).isCloseTo(343.8, within(0.05));
        assertThat(e.fixedCharge()).isEqualTo(-100);
        assertThat(e.impermeantOsmolarity()).isEqualTo(100);
        assertThat(e.volumeRatio()).isEqualTo(1);
        assertThat(e.root().evaluations()).isLessThan(30);
        assertThat(e.root().lnR()).isBetween(e.root().lo(), e.root().hi());
    }

    /**
     * Shaw's closed form for equal volumes (fig. 2.11): x = b²/(a + 2b); the excess of diffusible ions
     * inside is a²/(a + 2b). Tolerance 1e-9 relative.
     */
    @ParameterizedTest(name = "a = {0}, b = {1}")
    @CsvSource({"100, 100", "10, 150", "150, 10", "1, 1000", "1000, 1"})
    void shawsEqualVolumeFormula(double a, double b) {
        Equilibrium e = naPrVsNaCl(a, b, 1, 1);
        double x = b * b / (a + 2 * b);
        assertThat(e.ions().get(1).cIn()).isCloseTo(x, within(1e-9 * b));
        assertThat(e.ions().get(0).cOut()).isCloseTo(b - x, within(1e-9 * b));
        double excess = e.ions().get(0).cIn() + e.ions().get(1).cIn() - 2 * e.ions().get(0).cOut();
        assertThat(excess).isCloseTo(a * a / (a + 2 * b), within(1e-9 * (a + b)));
    }

    /**
     * Any volumes, 1:1 salt, monovalent impermeant anion at c_X inside: with n = the amount of Cl per
     * unit inside volume (all of it from outside: b·V_out/V_in) and w = V_out/V_in, mass conservation
     * and electroneutrality give n·r² − c_X·w·r − (n + c_X) = 0, so
     * r = (c_X·w + √((c_X·w)² + 4n(n + c_X))) / (2n) (derived here, independent of the code's path).
     * Tolerance 1e-12 relative.
     */
    @ParameterizedTest(name = "X = {0}, b = {1}, V = {2}:{3}")
    @CsvSource({"100, 100, 1, 1", "100, 100, 1, 10", "100, 100, 10, 1", "50, 150, 1, 1000", "150, 5, 3, 1"})
    void closedOneToOneQuadratic(double cx, double b, double vIn, double vOut) {
        double w = vOut / vIn;
        double n = b * w;
        double r = (cx * w + Math.sqrt(cx * w * cx * w + 4 * n * (n + cx))) / (2 * n);
        assertThat(naPrVsNaCl(cx, b, vIn, vOut).r()).isCloseTo(r, within(1e-12 * r));
    }

    /**
     * Open case: 150 mM NaCl bath, 50 mM fixed negative charge. Inside Na = c·r, Cl = c/r with
     * c·r − c/r = X, so r = X/2c + √((X/2c)² + 1) = 1/6 + √(37/36) = 1.18046 (derived; cartilage-type
     * Donnan, e.g. Maroudas 1975). Tolerance 1e-12 relative; r ≈ 1.18 to 0.005.
     */
    @Test
    void openTextbookCase() {
        Equilibrium e = Donnan.open(K, List.of(new Species("Na", 1, 150), new Species("Cl", -1, 150)), -50, T);
        double h = 50.0 / 300;
        double r = h + Math.sqrt(h * h + 1);
        assertThat(e.r()).isCloseTo(r, within(1e-12 * r)).isCloseTo(1.18, within(0.005));
        assertThat(e.ions().get(0).cIn()).isCloseTo(150 * r, within(1e-9));
        assertThat(e.ions().get(1).cIn()).isCloseTo(150 / r, within(1e-9));
        assertThat(e.ions().get(0).cOut()).isEqualTo(150);
        assertThat(e.potential()).isCloseTo(-K.thermalVoltage(T) * Math.log(r), within(1e-15));
        // the fixed charge is no particle: osm_in = 150(r + 1/r)
        assertThat(e.osmolarityIn()).isCloseTo(150 * (r + 1 / r), within(1e-9));
        assertThat(e.impermeantOsmolarity()).isZero();
        assertThat(e.volumeRatio()).isZero();
        assertThat(e.osmoticPressure()).isPositive();
    }

    /** Open, positive fixed charge: the mirror image, r = 1/1.18046, V = +4.43 mV at 37 °C. */
    @Test
    void openPositiveFixedChargeIsTheMirrorImage() {
        List<Species> bath = List.of(new Species("Na", 1, 150), new Species("Cl", -1, 150));
        Equilibrium neg = Donnan.open(K, bath, -50, T);
        Equilibrium pos = Donnan.open(K, bath, 50, T);
        assertThat(pos.r()).isCloseTo(1 / neg.r(), within(1e-12));
        assertThat(pos.potential()).isCloseTo(-neg.potential(), within(1e-15));
    }

    /**
     * Open, divalent counter-ions: 2 mM Ca, 146 mM Na, 150 mM Cl, 50 mM fixed negative charge. The
     * quadratic in nothing: check against the definition (inside neutral) and against Ca_in = Ca·r².
     */
    @Test
    void openWithDivalentCations() {
        List<Species> bath = List.of(new Species("Na", 1, 146), new Species("Ca", 2, 2), new Species("Cl", -1, 150));
        Equilibrium e = Donnan.open(K, bath, -50, T);
        assertThat(e.ions().get(1).cIn()).isCloseTo(2 * e.r() * e.r(), within(1e-12));
        assertThat(e.netChargeIn()).isCloseTo(0, within(1e-10));
        // Ca accumulates more than Na: r² > r > 1
        assertThat(e.ions().get(1).cIn() / 2).isGreaterThan(e.ions().get(0).cIn() / 146);
    }

    @Test
    void noImpermeantChargeGivesRatioOneExactly() {
        // different NaCl on the two sides and an uncharged impermeant osmolyte: they just mix
        Equilibrium e = Donnan.closed(K, List.of(new Permeant("Na", 1, 50, 150), new Permeant("Cl", -1, 50, 150)),
                List.of(new Impermeant("sucrose", 0, 20)), 1, 3, T);
        assertThat(e.r()).isEqualTo(1);
        assertThat(e.potential()).isEqualTo(0);
        assertThat(e.root().evaluations()).isZero();
        assertThat(e.ions().get(0).cIn()).isCloseTo(125, within(1e-12));
        assertThat(e.ions().get(0).cOut()).isCloseTo(125, within(1e-12));
        assertThat(e.osmoticPressure()).isCloseTo(20 * K.gasConstant() * T, within(1e-9));
        Equilibrium o = Donnan.open(K, List.of(new Species("K", 1, 5), new Species("Cl", -1, 5)), 0, T);
        assertThat(o.r()).isEqualTo(1);
        assertThat(o.potential()).isEqualTo(0);
        assertThat(o.osmoticPressure()).isEqualTo(0);
    }

    @Test
    void errors() {
        // inside not neutral
        assertThatThrownBy(() -> Donnan.closed(K, List.of(new Permeant("Na", 1, 100, 100),
                new Permeant("Cl", -1, 0, 100)), List.of(), 1, 1, T)).isInstanceOf(DomainException.class)
                .hasMessageContaining("inside").hasMessageContaining("+100");
        // no permeant anion: the cations cannot leave the impermeant anion, the outside is empty
        assertThatThrownBy(() -> Donnan.closed(K, List.of(new Permeant("Na", 1, 100, 0)),
                List.of(new Impermeant("Pr", -1, 100)), 1, 1, T)).isInstanceOf(DomainException.class)
                .hasMessageContaining("permeant anion");
        assertThatThrownBy(() -> Donnan.closed(K, List.of(new Permeant("Cl", -1, 100, 0)),
                List.of(new Impermeant("X", 1, 100)), 1, 1, T)).isInstanceOf(DomainException.class)
                .hasMessageContaining("permeant cation");
        assertThatThrownBy(() -> naPrVsNaCl(100, 100, 0, 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Donnan.open(K, List.of(new Species("Na", 1, 150)), -50, T))
                .isInstanceOf(DomainException.class).hasMessageContaining("electroneutral");
        assertThatThrownBy(() -> Donnan.open(K, List.of(new Species("Na", 1, 150), new Species("Cl", -1, 150)),
                Double.NaN, T)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Permeant("Na", 1, -1, 0)).isInstanceOf(DomainException.class);
    }

    // ---- properties -------------------------------------------------------------------------

    /** A closed system: a salt mixture on both sides, equal or unequal volumes, an impermeant inside. */
    record Closed(List<Permeant> ions, List<Impermeant> x, double vIn, double vOut) {}

    @Provide
    Arbitrary<Closed> closedSystems() {
        Arbitrary<Double> c = Arbitraries.doubles().between(0.01, 300).ofScale(4);
        Arbitrary<Double> v = Arbitraries.doubles().between(0.01, 100).ofScale(4);
        Arbitrary<Integer> zx = Arbitraries.of(-3, -2, -1, 1, 2);
        // outside: NaCl s1, CaCl2 s2, Na2SO4 s3; inside: the same salts t1..t3 plus X at cx, balanced by Na or Cl
        return Combinators.combine(c.list().ofSize(6), c, zx, v, v).as((s, cx, z, vin, vout) -> {
            double naIn = s.get(0) + 2 * s.get(2);
            double clIn = s.get(0) + 2 * s.get(1);
            if (z < 0) {
                naIn += -z * cx;
            } else {
                clIn += z * cx;
            }
            List<Permeant> ions = List.of(
                    new Permeant("Na", 1, naIn, s.get(3) + 2 * s.get(5)),
                    new Permeant("Ca", 2, s.get(1), s.get(4)),
                    new Permeant("Cl", -1, clIn, s.get(3) + 2 * s.get(4)),
                    new Permeant("SO4", -2, s.get(2), s.get(5)));
            return new Closed(ions, List.of(new Impermeant("X", z, cx)), vin, vout);
        });
    }

    private static Equilibrium solve(Closed s) {
        return Donnan.closed(K, s.ions(), s.x(), s.vIn(), s.vOut(), T);
    }

    /** Electroneutral on each side, to 1e-10 of the total charge. */
    @Property(tries = 300, seed = "42")
    void electroneutralOnEachSide(@ForAll("closedSystems") Closed s) {
        Equilibrium e = solve(s);
        double scale = 0;
        for (IonState i : e.ions()) {
            scale += Math.abs(i.z()) * (i.cIn() + i.cOut());
        }
        assertThat(e.netChargeIn()).isCloseTo(0, within(1e-10 * scale));
        assertThat(e.netChargeOut()).isCloseTo(0, within(1e-10 * scale));
    }

    /** Every permeant ion is at its Nernst equilibrium with V_donnan (Nernst.potential), to 1e-9 V. */
    @Property(tries = 300, seed = "42")
    void everyIonAtItsNernstPotential(@ForAll("closedSystems") Closed s) {
        Equilibrium e = solve(s);
        for (IonState i : e.ions()) {
            if (i.cIn() > 1e-250 && i.cOut() > 1e-250) {
                assertThat(Nernst.potential(K, i.z(), i.cIn(), i.cOut(), T)).as(i.name())
                        .isCloseTo(e.potential(), within(1e-9));
            }
        }
        assertThat(e.root().lnR()).isBetween(e.root().lo(), e.root().hi());
        assertThat(e.root().evaluations()).isLessThan(60);
    }

    /** The amount of every ion is conserved: c_in·V_in + c_out·V_out before = after, to 1e-10 relative. */
    @Property(tries = 300, seed = "42")
    void massConservedInTheClosedSystem(@ForAll("closedSystems") Closed s) {
        Equilibrium e = solve(s);
        for (int j = 0; j < s.ions().size(); j++) {
            Permeant p = s.ions().get(j);
            IonState q = e.ions().get(j);
            double before = p.cIn() * s.vIn() + p.cOut() * s.vOut();
            double after = q.cIn() * s.vIn() + q.cOut() * s.vOut();
            assertThat(after).as(p.name()).isCloseTo(before, within(1e-10 * before));
        }
    }

    /** The sign of V follows the fixed charge: negative inside → V &lt; 0, r &gt; 1; and Δπ &gt; 0 always. */
    @Property(tries = 300, seed = "42")
    void signOfTheDonnanPotential(@ForAll("closedSystems") Closed s) {
        Equilibrium e = solve(s);
        Impermeant x = s.x().get(0);
        assertThat(Math.signum(e.potential())).isEqualTo(Math.signum(x.z()));
        assertThat(e.osmoticPressure()).isPositive();
    }

    /** A huge outside volume gives the open-system answer with the outside as the bath (V_out → ∞). */
    @Property(tries = 100, seed = "42")
    void openIsTheLimitOfAnInfiniteBath(@ForAll @DoubleRange(min = 1, max = 300) @Scale(3) double salt,
            @ForAll @DoubleRange(min = -200, max = 200) @Scale(3) double rho) {
        List<Species> bath = List.of(new Species("Na", 1, salt), new Species("Ca", 2, 2),
                new Species("Cl", -1, salt + 4));
        Equilibrium open = Donnan.open(K, bath, rho, T);
        // the same salts inside at the bath's concentrations, Na or Cl balancing X; V_out/V_in = 1e9
        List<Permeant> ions = List.of(new Permeant("Na", 1, salt + (rho < 0 ? -rho : 0), salt),
                new Permeant("Ca", 2, 2, 2), new Permeant("Cl", -1, salt + 4 + (rho > 0 ? rho : 0), salt + 4));
        Impermeant x = new Impermeant("X", rho < 0 ? -1 : 1, Math.abs(rho));
        Equilibrium closed = Donnan.closed(K, ions, List.of(x), 1, 1e9, T);
        assertThat(closed.potential()).isCloseTo(open.potential(), within(1e-9));
        for (int j = 0; j < 3; j++) {
            double c = open.ions().get(j).cIn();
            assertThat(closed.ions().get(j).cIn()).isCloseTo(c, within(1e-6 * c));
        }
        assertThat(open.netChargeIn()).isCloseTo(0, within(1e-10 * (salt + Math.abs(rho))));
    }

    /** Open system with any bath of mono- and divalent ions: neutral inside, Nernst for every ion. */
    @Property(tries = 300, seed = "42")
    void openNeutralAndAtNernst(@ForAll @DoubleRange(min = 0.001, max = 300) @Scale(4) double na,
            @ForAll @DoubleRange(min = 0, max = 50) @Scale(4) double ca,
            @ForAll @DoubleRange(min = 0, max = 50) @Scale(4) double so4,
            @ForAll @DoubleRange(min = -500, max = 500) @Scale(3) double rho) {
        List<Species> bath = List.of(new Species("Na", 1, na), new Species("Ca", 2, ca),
                new Species("SO4", -2, so4), new Species("Cl", -1, na + 2 * ca - 2 * so4 > 0 ? na + 2 * ca - 2 * so4 : 0));
        double cl = bath.get(3).concentration();
        if (cl == 0) {
            return; // not neutral with Cl ≥ 0; such baths are covered by the error test
        }
        Equilibrium e = Donnan.open(K, bath, rho, T);
        assertThat(e.netChargeIn()).isCloseTo(0, within(1e-10 * (na + ca + so4 + cl + Math.abs(rho))));
        for (IonState i : e.ions()) {
            if (i.cOut() > 0) {
                assertThat(Nernst.potential(K, i.z(), i.cIn(), i.cOut(), T)).isCloseTo(e.potential(), within(1e-9));
            }
        }
    }

    /** No impermeant charge (X absent or uncharged): r = 1 and V = 0 exactly, whatever the gradients before. */
    @Property(tries = 100, seed = "42")
    void noFixedChargeNoPotential(@ForAll("closedSystems") Closed s) {
        Impermeant x = s.x().get(0);
        // drop X and its counter-ions: take them out of Na (x.z() < 0) or Cl (x.z() > 0)
        List<Permeant> ions = new java.util.ArrayList<>(s.ions());
        int j = x.z() < 0 ? 0 : 2;
        Permeant p = ions.get(j);
        ions.set(j, new Permeant(p.name(), p.z(), Math.max(0, p.cIn() - Math.abs(x.z()) * x.concentration()), p.cOut()));
        Equilibrium e = Donnan.closed(K, ions, List.of(new Impermeant("glucose", 0, 10)), s.vIn(), s.vOut(), T);
        assertThat(e.r()).isEqualTo(1);
        assertThat(e.potential()).isEqualTo(0);
        for (IonState i : e.ions()) {
            assertThat(i.cIn()).isCloseTo(i.cOut(), within(1e-12 * (1 + i.cOut())));
        }
    }

    /** Open, 1:1 bath: r = X/2c + √((X/2c)² + 1) for any c and X (derived in {@link #openTextbookCase}), 1e-12 relative. */
    @Property(tries = 300, seed = "42")
    void openOneToOneClosedForm(@ForAll @DoubleRange(min = 1e-3, max = 1000) @Scale(4) double c,
            @ForAll @DoubleRange(min = -1000, max = 1000) @Scale(3) double rho) {
        Equilibrium e = Donnan.open(K, List.of(new Species("K", 1, c), new Species("Cl", -1, c)), rho, T);
        double h = -rho / (2 * c);
        double r = h >= 0 ? h + Math.sqrt(h * h + 1) : 1 / (-h + Math.sqrt(h * h + 1));
        assertThat(e.r()).isCloseTo(r, within(1e-12 * r));
        assertThat(e.root().evaluations()).isLessThan(60);
    }
}
