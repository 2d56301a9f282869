package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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

/**
 * The Donnan equilibrium in activities (SPEC §9 {@code --activity} on {@code donnan}): a = γ·c in the
 * equilibrium condition, each side's γ at the ionic strength the equilibrium gives.
 */
class DonnanActivityTest {
    private static final ConstantSet K = ConstantSet.CODATA2018;

    /** Davies γ at each side's ionic strength, as {@code echem donnan --activity davies} gives them. */
    private static Donnan.Coefficients davies(double temperature) {
        Activity.Parameters p = Activity.parameters(K, temperature);
        return (name, z, inside, ionicStrength) -> Activity.log10Gamma(ActivityModel.DAVIES, p, z, ionicStrength, 0);
    }

    private static Donnan.Coefficients model(ActivityModel m, double temperature) {
        Activity.Parameters p = Activity.parameters(K, temperature);
        return (name, z, inside, ionicStrength) -> Activity.log10Gamma(m, p, z, ionicStrength, 4e-10);
    }

    /**
     * The textbook closed case (100 mM NaPr | 100 mM NaCl, equal volumes; DonnanTest) at 25 °C with
     * Davies activities, against an independent derivation: docs/derivations/donnan_activity.py
     * reduces it to one equation in [Na]in, γ(x)²·x·(x − 100) = γ(200 − x)²·(200 − x)², solved by
     * bisection at 40 digits: [Na]in = 134.89113726733948 mM, V_donnan = −17.371205088012786 mV
     * (−17.809 mV in concentrations). Tolerance 1e-10 relative.
     */
    @Test
    void textbookClosedCaseWithDaviesActivities() {
        double t = 298.15;
        Equilibrium e = Donnan.closed(K, List.of(new Permeant("Na", 1, 100, 100), new Permeant("Cl", -1, 0, 100)),
                List.of(new Impermeant("Pr", -1, 100)), 1, 1, t, davies(t));
        assertThat(e.ions().get(0).cIn()).isCloseTo(134.89113726733948, within(1e-10 * 135));
        assertThat(e.ions().get(1).cIn()).isCloseTo(34.891137267339483, within(1e-10 * 135));
        assertThat(e.ions().get(0).cOut()).isCloseTo(65.108862732660517, within(1e-10 * 135));
        assertThat(e.potential() * 1e3).isCloseTo(-17.371205088012786, within(1e-10 * 17.4));
        assertThat(e.r()).isCloseTo(1.966229218099516, within(1e-10 * 2));
        Equilibrium ideal = Donnan.closed(K, List.of(new Permeant("Na", 1, 100, 100), new Permeant("Cl", -1, 0, 100)),
                List.of(new Impermeant("Pr", -1, 100)), 1, 1, t);
        assertThat(ideal.potential() * 1e3).isCloseTo(-17.808738779093972, within(1e-10 * 17.8));
    }

    /** The ideal model (γ = 1) gives the equilibrium in concentrations, exactly. */
    @Test
    void theIdealModelIsTheConcentrationEquilibrium() {
        List<Permeant> ions = List.of(new Permeant("K", 1, 50, 100), new Permeant("Ca", 2, 1, 2),
                new Permeant("Cl", -1, 2, 104));
        List<Impermeant> x = List.of(new Impermeant("Pr", -2, 25));
        Equilibrium a = Donnan.closed(K, ions, x, 1, 3, 310.15, model(ActivityModel.IDEAL, 310.15));
        Equilibrium c = Donnan.closed(K, ions, x, 1, 3, 310.15);
        assertThat(a.potential()).isEqualTo(c.potential());
        assertThat(a.ions()).isEqualTo(c.ions());
    }

    record Closed(List<Permeant> ions, List<Impermeant> x, double vIn, double vOut, double t) {}

    @Provide
    Arbitrary<Closed> closedSystems() {
        Arbitrary<Double> conc = Arbitraries.doubles().between(0.5, 150).ofScale(3);
        Arbitrary<Double> small = Arbitraries.doubles().between(0, 5).ofScale(3);
        Arbitrary<Double> volume = Arbitraries.doubles().between(0.1, 10).ofScale(2);
        Arbitrary<Integer> xz = Arbitraries.of(-3, -2, -1, 1, 2);
        Arbitrary<Double> temp = Arbitraries.doubles().between(278.15, 318.15).ofScale(2);
        return Combinators.combine(conc.list().ofSize(2), small.list().ofSize(2), xz, conc, volume.list().ofSize(2), temp)
                .as((salt, ca, z, cx, v, t) -> {
                    // inside: NaCl + CaCl2 + X (its counter-ion Na or Cl); outside: NaCl + CaCl2
                    double naIn = salt.get(0) + (z < 0 ? -z * cx : 0);
                    double clIn = salt.get(0) + 2 * ca.get(0) + (z > 0 ? z * cx : 0);
                    List<Permeant> ions = List.of(new Permeant("Na", 1, naIn, salt.get(1)),
                            new Permeant("Ca", 2, ca.get(0), ca.get(1)),
                            new Permeant("Cl", -1, clIn, salt.get(1) + 2 * ca.get(1)));
                    return new Closed(ions, List.of(new Impermeant("X", z, cx)), v.get(0), v.get(1), t);
                });
    }

    private static double strength(Equilibrium e, boolean inside, List<Impermeant> x) {
        double s = 0;
        for (IonState i : e.ions()) {
            s += i.z() * (double) i.z() * (inside ? i.cIn() : i.cOut()) / 2;
        }
        for (Impermeant m : inside ? x : List.<Impermeant>of()) {
            s += m.z() * (double) m.z() * m.concentration() / 2;
        }
        return s;
    }

    /**
     * Every permeant ion is at its Nernst equilibrium in activities with V_donnan, each side's γ
     * (Davies) at the ionic strength of the equilibrium found: to 1e-9 V.
     */
    @Property(tries = 200, seed = "42")
    void everyIonAtItsNernstPotentialInActivities(@ForAll("closedSystems") Closed s) {
        Activity.Parameters p = Activity.parameters(K, s.t());
        Equilibrium e = Donnan.closed(K, s.ions(), s.x(), s.vIn(), s.vOut(), s.t(), davies(s.t()));
        double iIn = strength(e, true, s.x());
        double iOut = strength(e, false, s.x());
        for (IonState i : e.ions()) {
            if (i.cIn() > 1e-250 && i.cOut() > 1e-250) {
                double gIn = Math.pow(10, Activity.log10Gamma(ActivityModel.DAVIES, p, i.z(), iIn, 0));
                double gOut = Math.pow(10, Activity.log10Gamma(ActivityModel.DAVIES, p, i.z(), iOut, 0));
                assertThat(Nernst.potential(K, i.z(), gIn * i.cIn(), gOut * i.cOut(), s.t())).as(i.name())
                        .isCloseTo(e.potential(), within(1e-9));
            }
        }
        assertThat(e.root().lnR()).isBetween(e.root().lo(), e.root().hi());
    }

    /** Electroneutrality on each side and the amount of every ion hold in activities as in concentrations. */
    @Property(tries = 200, seed = "42")
    void neutralAndConservedInActivities(@ForAll("closedSystems") Closed s) {
        Equilibrium e = Donnan.closed(K, s.ions(), s.x(), s.vIn(), s.vOut(), s.t(), davies(s.t()));
        double scale = 0;
        for (int j = 0; j < s.ions().size(); j++) {
            Permeant p = s.ions().get(j);
            IonState q = e.ions().get(j);
            scale += Math.abs(q.z()) * (q.cIn() + q.cOut());
            double before = p.cIn() * s.vIn() + p.cOut() * s.vOut();
            double after = q.cIn() * s.vIn() + q.cOut() * s.vOut();
            assertThat(after).as(p.name()).isCloseTo(before, within(1e-10 * before + 1e-300));
        }
        assertThat(e.netChargeIn()).isCloseTo(0, within(1e-10 * scale));
        assertThat(e.netChargeOut()).isCloseTo(0, within(1e-10 * scale));
    }

    /**
     * Activity → concentration as I → 0: diluting every concentration leaves the Donnan ratio in
     * concentrations as it was (the equations are homogeneous) and moves V_donnan in activities
     * towards it. Below 1 mM Davies is the limiting law, ln γ ∝ √I, so a thousandfold dilution
     * shrinks the gap √1000 ≈ 31.6 times (asserted: at least 25 times).
     */
    @Property(tries = 100, seed = "42")
    void activitiesBecomeConcentrationsAsTheSolutionsThin(@ForAll("closedSystems") Closed s) {
        double last = Double.POSITIVE_INFINITY;
        double[] gaps = new double[3];
        int n = 0;
        for (double f : new double[] {1, 1e-3, 1e-6}) {
            List<Permeant> ions = new ArrayList<>();
            for (Permeant p : s.ions()) {
                ions.add(new Permeant(p.name(), p.z(), p.cIn() * f, p.cOut() * f));
            }
            List<Impermeant> x = List.of(new Impermeant("X", s.x().get(0).z(), s.x().get(0).concentration() * f));
            double a = Donnan.closed(K, ions, x, s.vIn(), s.vOut(), s.t(), davies(s.t())).potential();
            double c = Donnan.closed(K, ions, x, s.vIn(), s.vOut(), s.t()).potential();
            double gap = Math.abs(a - c);
            assertThat(gap).isLessThanOrEqualTo(last + 1e-15);
            last = gap;
            gaps[n++] = gap;
        }
        assertThat(gaps[2]).isLessThanOrEqualTo(gaps[1] / 25 + 1e-15);
        assertThat(gaps[2]).isLessThan(1e-4); // under 0.1 mV at micromolar strengths
    }

    /** Open setting: neutral inside and every ion at its Nernst potential in activities. */
    @Property(tries = 200, seed = "42")
    void openNeutralAndAtNernstInActivities(@ForAll @DoubleRange(min = 1, max = 300) @Scale(3) double na,
            @ForAll @DoubleRange(min = 0, max = 20) @Scale(3) double ca,
            @ForAll @DoubleRange(min = -300, max = 300) @Scale(3) double rho) {
        double t = 298.15;
        List<Species> bath = List.of(new Species("Na", 1, na), new Species("Ca", 2, ca), new Species("Cl", -1, na + 2 * ca));
        Equilibrium e = Donnan.open(K, bath, rho, t, davies(t));
        Activity.Parameters p = Activity.parameters(K, t);
        double iIn = 0;
        for (IonState i : e.ions()) {
            iIn += i.z() * (double) i.z() * i.cIn() / 2;
        }
        double iOut = (na + 4 * ca + na + 2 * ca) / 2;
        assertThat(e.netChargeIn()).isCloseTo(0, within(1e-10 * (2 * na + 4 * ca + Math.abs(rho))));
        for (IonState i : e.ions()) {
            if (i.cOut() > 0) {
                double gIn = Math.pow(10, Activity.log10Gamma(ActivityModel.DAVIES, p, i.z(), iIn, 0));
                double gOut = Math.pow(10, Activity.log10Gamma(ActivityModel.DAVIES, p, i.z(), iOut, 0));
                assertThat(Nernst.potential(K, i.z(), gIn * i.cIn(), gOut * i.cOut(), t)).isCloseTo(e.potential(),
                        within(1e-9));
            }
        }
    }

    /**
     * At molar strengths, outside Davies' range, ln γ rises again with I and the plain iteration
     * overshoots back and forth; damped, it still settles on the equilibrium (Nernst in activities).
     */
    @Property(tries = 100, seed = "42")
    void settlesAtMolarStrengthsToo(@ForAll @DoubleRange(min = 500, max = 5000) @Scale(1) double salt,
            @ForAll @DoubleRange(min = -1000, max = 1000) @Scale(1) double rho) {
        double t = 298.15;
        Activity.Parameters p = Activity.parameters(K, t);
        Equilibrium e = Donnan.open(K, List.of(new Species("Na", 1, salt), new Species("Cl", -1, salt)), rho, t, davies(t));
        double iIn = (e.ions().get(0).cIn() + e.ions().get(1).cIn()) / 2;
        for (IonState i : e.ions()) {
            double gIn = Math.pow(10, Activity.log10Gamma(ActivityModel.DAVIES, p, i.z(), iIn, 0));
            double gOut = Math.pow(10, Activity.log10Gamma(ActivityModel.DAVIES, p, i.z(), salt, 0));
            assertThat(Nernst.potential(K, i.z(), gIn * i.cIn(), gOut * i.cOut(), t)).isCloseTo(e.potential(), within(1e-9));
        }
    }

    /** γ that are not finite are refused, and a model whose γ never settle is named, not looped on. */
    @Test
    void coefficientsThatCannotBeUsedAreRefused() {
        List<Permeant> ions = List.of(new Permeant("Na", 1, 100, 100), new Permeant("Cl", -1, 0, 100));
        List<Impermeant> x = List.of(new Impermeant("Pr", -1, 100));
        assertThatThrownBy(() -> Donnan.closed(K, ions, x, 1, 1, 298.15, (n, z, in, i) -> Double.NaN))
                .isInstanceOf(DomainException.class).hasMessageContaining("Na");
        // a γ that flips with every round never settles
        int[] calls = {0};
        assertThatThrownBy(() -> Donnan.closed(K, ions, x, 1, 1, 298.15,
                (n, z, in, i) -> !in ? 0 : (calls[0]++ / 2) % 2 == 0 ? 0.1 : -0.1))
                .isInstanceOf(NoConvergenceException.class);
    }
}
