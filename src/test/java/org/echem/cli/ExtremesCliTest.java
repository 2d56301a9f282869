package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #9, extremes through the command line: concentrations 1e-12 to 1e4 mM, |V| up to 1000 mV with
 * |z| up to 3, temperatures 0.01 K to 1000 K, for every calculating subcommand. Each run ends with exit 0
 * and finite numbers, or exit 2 with one {@code echem:} line (a domain error); nothing else.
 */
@Timeout(120)
class ExtremesCliTest {
    static final String[] CONC = {"1e-12mM", "1e-6", "1", "140", "1e4mM"};
    static final String[] VOLT = {"-1000mV", "-1V", "-100", "0", "1e-9mV", "60mV", "1000mV"};
    static final String[] ION = {"K", "Ca", "Cl", "SO4", "X3+", "Y3-"};
    static final String[] TEMP = {"0.01K", "1K", "0C", "37C", "1000K"};

    final Map<Integer, Integer> exits = new TreeMap<>();

    void run(String... args) {
        CliResult r = CliResult.run(args);
        exits.merge(r.exit(), 1, Integer::sum);
        String cmd = String.join(" ", args);
        if (r.exit() == 0) {
            assertThat(r.out()).as(cmd).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            assertThat(r.err()).as(cmd).isEmpty();
        } else {
            assertThat(r.exit()).as(cmd + "\n" + r.err()).isEqualTo(2);
            assertThat(r.err()).as(cmd).startsWith("echem: ").doesNotContain("\tat ").doesNotContain("NaN");
            assertThat(r.err().strip().split("\n")).as(cmd).hasSize(1);
            assertThat(r.out()).as(cmd).isEmpty();
        }
    }

    @Test
    void nernstDriveAndCurrent() {
        for (String ion : ION) {
            for (String t : TEMP) {
                for (String a : CONC) {
                    for (String b : CONC) {
                        run("nernst", "--ion", ion, "--in", a, "--out", b, "--temp", t, "--format", "json");
                        for (String v : new String[] {"-1000mV", "0", "60mV", "1000mV"}) {
                            run("drive", "--ion", ion, "--in", a, "--out", b, "--vm", v, "--temp", t, "--format", "csv");
                            run("current", "--ion", ion, "--in", a, "--out", b, "--g", "10nS", "--vm", v, "--temp", t,
                                    "--format", "json");
                        }
                    }
                    for (String e : VOLT) {
                        run("nernst", "--ion", ion, "--out", a, "--e", e, "--temp", t, "--format", "json");
                        run("nernst", "--ion", ion, "--in", a, "--e", e, "--temp", t, "--format", "json");
                        run("nernst", "--ion", ion, "--in", a, "--out", "140", "--e", e, "--format", "json");
                    }
                }
            }
        }
        System.out.println("extremes (nernst, drive, current): exits " + exits);
    }

    @Test
    void ghkAndPump() {
        for (String t : TEMP) {
            for (String a : CONC) {
                for (String b : CONC) {
                    run("ghk", "--perm", "K=1,Na=0.04,Ca=1", "--in", "K=" + a + ",Na=15,Ca=" + b, "--out",
                            "K=" + b + ",Na=145,Ca=" + a, "--temp", t, "--format", "json");
                    run("ghk", "--perm", "K=1,Cl=0.45", "--in", "K=" + a + ",Cl=" + b, "--out", "K=" + b + ",Cl=" + a,
                            "--temp", t);
                    for (String v : new String[] {"-1000mV", "0", "1e-9mV", "1000mV"}) {
                        run("ghk", "--perm", "K=1e-6cm/s,X3+=1e-7cm/s", "--in", "K=" + a + ",X3+=" + b, "--out",
                                "K=" + b + ",X3+=" + a, "--vm", v, "--temp", t, "--format", "json");
                    }
                    run("ghk", "--perm", "K=1,Na=0.04", "--in", "K=" + a + ",Na=" + b, "--out", "K=" + b + ",Na=" + a,
                            "--vrev", "-1000mV", "--solve-perm", "Cl", "--temp", t);
                    for (String ratio : new String[] {"3:2", "1:1", "1000:1"}) {
                        run("pump", "--in", "K=" + a + ",Na=" + b, "--out", "K=" + b + ",Na=" + a, "--perm", "Na=0.04",
                                "--ratio", ratio, "--temp", t, "--format", "json", "--block");
                    }
                }
            }
        }
        for (String i : new String[] {"1e-12pA", "20pA", "-1e12pA"}) {
            for (String g : new String[] {"1e-12nS", "4nS", "1e12nS"}) {
                run("pump", "--pump-current", i, "--g-total", g, "--format", "json");
            }
        }
        System.out.println("extremes (ghk, pump): exits " + exits);
    }

    @Test
    void surfaceAndCharge() {
        List<String[]> modes = new ArrayList<>();
        for (String c : CONC) {
            for (String z : new String[] {"1", "2", "3"}) {
                for (String s : new String[] {"-10", "-1e/250A2", "0", "1e-12", "0.5"}) {
                    modes.add(new String[] {"--sigma=" + s, "--salt", c, "--salt-z", z});
                }
                for (String p : new String[] {"-1000mV", "-30mV", "0", "1000mV"}) {
                    modes.add(new String[] {"--psi0=" + p, "--salt", c, "--salt-z", z, "--epsilon", "78.5"});
                }
            }
            for (String ion : ION) {
                for (String v : new String[] {"-1000mV", "0", "1000mV"}) {
                    modes.add(new String[] {"--ion", ion, "--in", c, "--out", "140", "--vm", v, "--psi-out=" + v,
                        "--psi-in", "-20mV"});
                    modes.add(new String[] {"--ion", ion, "--in", "140", "--out", c, "--vm", v, "--sigma-out=-1e/50A2",
                        "--epsilon", "78.5"});
                }
            }
        }
        for (String t : TEMP) {
            for (String[] m : modes) {
                String[] args = new String[m.length + 5];
                args[0] = "surface";
                System.arraycopy(m, 0, args, 1, m.length);
                args[m.length + 1] = "--temp";
                args[m.length + 2] = t;
                args[m.length + 3] = "--format";
                args[m.length + 4] = "json";
                run(args);
            }
            for (String ion : ION) {
                for (String c : CONC) {
                    for (String dv : VOLT) {
                        run("charge", "--dv", dv, "--radius", "10um", "--ion", ion, "--conc", c, "--temp", t,
                                "--format", "json");
                        run("charge", "--dv", dv, "--radius", "1nm", "--ion", ion, "--conc", c, "--format", "json");
                    }
                }
            }
        }
        System.out.println("extremes (surface, charge): exits " + exits);
    }

    /** The same extremes as CSV rows through standard input: every row computes or is marked. */
    @Test
    void batchOfExtremes() {
        StringBuilder csv = new StringBuilder("ion,in,out,vm,temp\n");
        int n = 0;
        for (String ion : ION) {
            for (String a : CONC) {
                for (String b : CONC) {
                    for (String t : TEMP) {
                        csv.append(ion).append(',').append(a).append(',').append(b).append(",-1000mV,").append(t)
                                .append('\n');
                        n++;
                    }
                }
            }
        }
        for (String cmd : new String[] {"nernst", "drive"}) {
            CliResult r = CliResult.runWithStdin(csv.toString(), cmd, "--csv", "-", "--on-error", "mark");
            r.should().succeeded().finiteOutput();
            assertThat(r.out().strip().split("\n")).hasSize(n + 1);
        }
    }
}
