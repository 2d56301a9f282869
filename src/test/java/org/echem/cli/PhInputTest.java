package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** SPEC §7: pH wherever a concentration of H⁺ is accepted, in every subcommand and CSV cell. */
class PhInputTest {
    private static final double PH_7_3 = Math.pow(10, -4.3); // mM
    private static final double PH_5_5 = Math.pow(10, -2.5);

    @Test
    void singleIonValues() {
        CliResult r = CliResult.run("nernst", "--ion", "H", "--in", "pH7.3", "--out", "pH 5.5", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("c_in_mM")).isCloseTo(PH_7_3, within(1e-15));
        assertThat(r.number("c_out_mM")).isCloseTo(PH_5_5, within(1e-15));
        double same = CliResult.run("nernst", "--ion", "H", "--in", PH_7_3 + "", "--out", PH_5_5 + "", "--format", "json")
                .number("E_mV");
        assertThat(r.number("E_mV")).isCloseTo(same, within(1e-9));
    }

    @Test
    void textOutputShowsHAsPhToo() {
        CliResult.run("nernst", "--ion", "H", "--in", "pH7.3", "--out", "pH5.5").should().succeeded()
                .outContains("H⁺ as pH: 7.3 inside, 5.5 outside.");
    }

    @Test
    void mapsInEverySubcommand() {
        CliResult.run("nernst", "--in", "H=pH7.2,K=140", "--out", "H=pH7.4,K=5").should().succeeded();
        CliResult.run("drive", "--in", "H=pH7.2", "--out", "H=pH5.5", "--vm", "-150").should().succeeded()
                .outContains("influx");
        CliResult.run("ghk", "--in", "H=pH7.2,K=140", "--out", "H=pH5,K=5", "--perm", "K=1,H=0.001").should()
                .succeeded();
        CliResult.run("current", "--in", "H=pH7.2", "--out", "H=pH5.5", "--g", "H=1", "--vm", "-100").should()
                .succeeded();
    }

    @Test
    void csvCellsAndHeaders() {
        CliResult r = CliResult.runWithStdin("in.H,out.H\npH7.3,pH 5.5\n", "nernst", "--csv", "-", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("c_in_mM")).isCloseTo(PH_7_3, within(1e-15));
        CliResult.runWithStdin("ion,in,out\nH,pH7.3,pH5.5\n", "nernst", "--csv", "-").should().succeeded();
    }

    @Test
    void aPhForAnotherIonIsAnErrorNamingTheValue() {
        CliResult.run("nernst", "--ion", "K", "--in", "pH7.2", "--out", "5").should().exitedWith(2)
                .errContains("--in", "'pH7.2' is a pH", "K+");
        CliResult.run("nernst", "--in", "K=pH7.2", "--out", "K=5").should().exitedWith(2)
                .errContains("--in K", "'pH7.2' is a pH");
        CliResult.run("nernst", "--ion", "H", "--in", "pHseven", "--out", "pH5").should().exitedWith(2)
                .errContains("'pHseven' is not a pH");
    }
}
