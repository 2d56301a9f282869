package org.echem.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.echem.core.GhkPotential.Permeant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #9, extremes: every law over concentrations 1e-12 to 1e4 mM, |V| up to 1000 mV, |z| up to 3 and
 * T from 0.01 K to 1000 K gives either a finite answer (checked against a rearranged or log-space form
 * where one exists) or a {@link DomainException}: never NaN, ±Infinity, another exception or a hang.
 */
@Timeout(60)
class ExtremesTest {
    static final ConstantSet K = ConstantSet.CODATA2018;
    static final double[] CONC = {1e-12, 1e-6, 1e-3, 1, 140, 1e4}; // mM = mol/m³
    static final double[] VOLT = {-1, -0.5, -0.1, -1e-9, 0, 1e-12, 1e-3, 0.1, 1}; // V
    static final int[] Z = {-3, -2, -1, 1, 2, 3};
    static final double[] TEMP = {0.01, 1, 77, 273.15, 310.15, 1000}; // K

    int finite;
    int domain;

    /** Runs {@code f}: its numbers must be finite, or it must throw a DomainException with a message. */
    double[] check(String what, Supplier<double[]> f) {
        double[] r;
        try {
            r = f.get();
        } catch (DomainException e) {
            assertThat(e.getMessage()).as(what).isNotBlank().doesNotContain("NaN");
            domain++;
            return null;
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": " + e, e);
        }
        for (double x : r) {
            if (!Double.isFinite(x)) {
                fail(what + " gave " + x);
            }
        }
        finite++;
        return r;
    }

    @Test
    void nernstAndItsInverses() {
        for (int z : Z) {
            for (double t : TEMP) {
                for (double a : CONC) {
                    for (double b : CONC) {
                        double[] e = check("E " + z + " " + t + " " + a + " " + b,
                                () -> new double[] {Nernst.potential(K, z, a, b, t)});
                        double exact = K.gasConstant() * t / (z * K.faraday()) * (Math.log(b) - Math.log(a));
                        assertThat(e[0]).isCloseTo(exact, within(Math.abs(exact) * 1e-13 + 1e-300));
                    }
                    for (double v : VOLT) {
                        double[] c = check("c_in for E", () -> new double[] {Nernst.insideFor(K, z, v, a, t)});
                        if (c != null) {
                            double exactLog = Math.log(a) - z * v / K.thermalVoltage(t);
                            assertThat(Math.log(c[0])).isCloseTo(exactLog, within(Math.abs(exactLog) * 1e-12 + 1e-12));
                        }
                        check("c_out for E", () -> new double[] {Nernst.outsideFor(K, z, v, a, t)});
                        for (double b : CONC) {
                            check("T for E", () -> new double[] {Nernst.temperatureFor(K, z, v, a, b)});
                        }
                    }
                }
            }
        }
    }

    @Test
    void drivingForce() {
        for (int z : Z) {
            for (double t : TEMP) {
                for (double e : VOLT) {
                    for (double vm : VOLT) {
                        double[] r = check("drive", () -> {
                            DrivingForce.Result d = DrivingForce.of(K, z, e, vm, t);
                            return new double[] {d.drive(), d.fluxRatio(), d.dmu(), d.dmuChemical(), d.dmuElectrical()};
                        });
                        if (r != null) {
                            double logRatio = -z * (vm - e) / K.thermalVoltage(t);
                            assertThat(Math.log(r[1])).isCloseTo(logRatio, within(Math.abs(logRatio) * 1e-12 + 1e-15));
                            assertThat(r[2]).isCloseTo(r[3] + r[4], within(Math.abs(r[3]) * 1e-12 + Math.abs(r[4]) * 1e-12));
                        }
                    }
                }
            }
        }
    }

    @Test
    void ghkCurrentAndReversal() {
        for (int z : Z) {
            for (double t : TEMP) {
                for (double a : CONC) {
                    for (double b : CONC) {
                        for (double v : VOLT) {
                            double[] i = check("GHK current", () -> new double[] {GhkCurrent.density(K, z, 1e-6, a, b, v, t)});
                            if (i != null) {
                                double e = Nernst.potential(K, z, a, b, t);
                                double expected = Math.signum(v - e);
                                if (Math.abs(v - e) > 1e-9 * (1 + Math.abs(e))) {
                                    assertThat(Math.signum(i[0])).as("sign of I at %s V, E = %s", v, e)
                                            .isIn(expected, 0.0);
                                }
                            }
                        }
                        List<Permeant> ions = List.of(new Permeant("X", z, 1, a, b), new Permeant("K", 1, 0.1, 140, 5));
                        check("GHK V_rev", () -> new double[] {GhkPotential.reversal(K, ions, t)});
                        double[] one = check("GHK one ion",
                                () -> new double[] {GhkPotential.reversal(K, List.of(new Permeant("X", z, 1, a, b)), t)});
                        double e = Nernst.potential(K, z, a, b, t);
                        assertThat(one[0]).isCloseTo(e, within(Math.abs(e) * 1e-9 + 1e-15 * K.thermalVoltage(t)));
                    }
                }
            }
        }
    }

    @Test
    void mullinsNoda() {
        for (double t : TEMP) {
            for (double a : CONC) {
                for (double b : CONC) {
                    for (double r : new double[] {1e-3, 1, 1.5, 3, 1e3}) {
                        check("Mullins-Noda", () -> {
                            MullinsNoda.Result m = MullinsNoda.of(K, r, new MullinsNoda.Gradients(1, 0.04, a, b, b, a), t);
                            return new double[] {m.withPump(), m.withoutPump(), m.contribution()};
                        });
                    }
                }
            }
        }
    }

    @Test
    void boltzmannAndSurfaceCorrection() {
        for (int z : Z) {
            for (double t : TEMP) {
                for (double c : CONC) {
                    for (double psi : VOLT) {
                        double[] s = check("Boltzmann", () -> new double[] {Boltzmann.concentration(K, z, c, psi, t)});
                        if (s != null) {
                            double exactLog = Math.log(c) - z * psi / K.thermalVoltage(t);
                            assertThat(Math.log(s[0])).isCloseTo(exactLog, within(Math.abs(exactLog) * 1e-12 + 1e-12));
                        }
                        for (double vm : new double[] {-1, 0, 0.1}) {
                            double[] r = check("surface correction", () -> {
                                SurfaceCorrection.Result x = SurfaceCorrection.of(K, z, c, 140, vm, psi, -psi / 2, t);
                                return new double[] {x.e(), x.eEffective(), x.cInSurface(), x.cOutSurface(),
                                    x.vMembrane(), x.drive(), x.driveEffective(), x.driveNaive()};
                            });
                            if (r != null) {
                                assertThat(r[6]).isCloseTo(r[5], within(1e-9 * (1 + Math.abs(r[5]))));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void grahameAndDebye() {
        for (int z = 1; z <= 3; z++) {
            int zz = z;
            for (double t : TEMP) {
                for (double c : CONC) {
                    for (double sigma : new double[] {-10, -0.5, -1e-9, 0, 1e-12, 0.02, 1, 100}) {
                        double[] psi = check("Grahame ψ0",
                                () -> new double[] {Grahame.surfacePotential(K, 78.5, t, zz, c, sigma)});
                        if (psi != null) {
                            double[] back = check("Grahame σ",
                                    () -> new double[] {Grahame.surfaceCharge(K, 78.5, t, zz, c, psi[0])});
                            if (back != null) {
                                assertThat(back[0]).isCloseTo(sigma, within(Math.abs(sigma) * 1e-9));
                            }
                        }
                        Electrolyte mix = new Electrolyte(List.of(new Electrolyte.Species("A", zz, c),
                                new Electrolyte.Species("B", -1, zz * c / 2), new Electrolyte.Species("C", -2, zz * c / 4)));
                        check("Grahame mixture", () -> new double[] {Grahame.surfacePotential(K, 78.5, t, mix, sigma)});
                    }
                    for (double psi : VOLT) {
                        check("Grahame σ(ψ0)", () -> new double[] {Grahame.surfaceCharge(K, 78.5, t, zz, c, psi)});
                    }
                    check("Debye", () -> new double[] {Debye.length(K, 78.5, t, c)});
                }
            }
        }
    }

    @Test
    void ohmicChargeAndPump() {
        List<Double> g = new ArrayList<>(List.of(0.0, 1e-15, 1e-9, 1e3));
        for (double gi : g) {
            for (double v : VOLT) {
                for (double e : VOLT) {
                    check("ohmic", () -> new double[] {OhmicCurrent.current(gi, v, e)});
                    check("conductance", () -> new double[] {OhmicCurrent.conductance(gi * 1e-3, v, e)});
                    check("chord", () -> new double[] {OhmicCurrent.chordPotential(new double[] {gi, 1e-9}, new double[] {v, e})});
                }
                check("pump shift", () -> new double[] {PumpCurrent.voltageShift(v * 1e-12, gi)});
            }
        }
        for (double r : new double[] {1e-9, 1e-6, 1e-3}) {
            for (double c : CONC) {
                for (int z : Z) {
                    for (double dv : VOLT) {
                        check("charge", () -> {
                            double q = MembraneCharge.charge(MembraneCharge.capacitance(0.01,
                                    MembraneCharge.sphereArea(r)), dv);
                            double mol = MembraneCharge.moles(K, q, z);
                            return new double[] {q, MembraneCharge.ions(K, q, z), mol,
                                MembraneCharge.fraction(mol, c, MembraneCharge.sphereVolume(r))};
                        });
                    }
                }
            }
        }
    }

    @Test
    void everyCaseEndsQuickly() {
        long start = System.nanoTime();
        nernstAndItsInverses();
        drivingForce();
        ghkCurrentAndReversal();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(finite).isGreaterThan(domain);
    }
}
