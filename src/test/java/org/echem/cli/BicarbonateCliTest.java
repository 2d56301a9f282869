package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** [HCO₃⁻] from pH and PCO₂ (Henderson–Hasselbalch) wherever a concentration of HCO₃⁻ is needed. */
class BicarbonateCliTest {
    private static final String[] GABA = {"ghk", "--perm", "Cl=1,HCO3=0.2", "--in", "Cl=7", "--out", "Cl=130",
        "--pco2", "40mmHg", "--ph-in", "7.2", "--ph-out", "7.4"};

    /** Plasma at 37 °C: pH 7.4, PCO₂ 40 mmHg → 0.0307 × 40 × 10^1.3 = 24.5 mM, the textbook 24 mM. */
    @Test
    void plasmaBicarbonate() {
        CliResult r = CliResult.run("nernst", "--ion", "HCO3", "--pco2", "40mmHg", "--ph-in", "7.2", "--ph-out", "7.4",
                "--format", "json");
        r.should().succeeded();
        assertThat(r.number("c_out_mM")).isCloseTo(0.0307 * 40 * Math.pow(10, 1.3), within(1e-9)).isCloseTo(24.5, within(0.01));
        assertThat(r.number("c_in_mM")).isCloseTo(0.0307 * 40 * Math.pow(10, 1.1), within(1e-9));
        // kPa, and the pH as the H entry of the maps, give the same
        CliResult k = CliResult.run("nernst", "--ion", "HCO3", "--pco2", (40 * 0.133322387415) + "kPa", "--in", "H=pH7.2",
                "--out", "H=pH7.4", "--format", "json");
        assertThat(k.number("c_out_mM")).isCloseTo(r.number("c_out_mM"), within(1e-9));
    }

    /** GABA-A reversal with P_HCO3/P_Cl = 0.2 in one command: GHK with the two anions. */
    @Test
    void gabaReversalInOneCommand() {
        CliResult r = CliResult.run(concat(GABA, "--format", "json"));
        r.should().succeeded().finiteOutput();
        double hIn = 0.0307 * 40 * Math.pow(10, 1.1);
        double hOut = 0.0307 * 40 * Math.pow(10, 1.3);
        double vt = 8.31446261815324 * 310.15 / 96485.33212331001;
        double expected = 1e3 * vt * Math.log((7 + 0.2 * hIn) / (130 + 0.2 * hOut));
        assertThat(r.number("V_rev_mV")).isCloseTo(expected, within(1e-9)).isCloseTo(-69.3, within(0.05));
        // HCO3- makes it less negative than E_Cl
        double eCl = CliResult.run("nernst", "--ion", "Cl", "--in", "7", "--out", "130", "--format", "json").number("E_mV");
        assertThat(r.number("V_rev_mV")).isGreaterThan(eCl);
    }

    @Test
    void explainStatesTheConstantsAndTheyCanBeOverridden() {
        CliResult.run(concat(GABA, "--explain")).should().succeeded()
                .outContains("S = 0.0307 mM/mmHg, pK′ = 6.1", "Austin", "Severinghaus", "= 15.46 mM", "= 24.502 mM");
        double a = CliResult.run(concat(GABA, "--format", "json")).number("V_rev_mV");
        double b = CliResult.run(concat(GABA, "--pk", "6.095", "--co2-solubility", "0.0301mM/mmHg", "--format", "json"))
                .number("V_rev_mV");
        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void anExplicitConcentrationWins() {
        CliResult r = CliResult.run("nernst", "--ion", "HCO3", "--in", "10", "--pco2", "40mmHg", "--ph-out", "7.4",
                "--format", "json");
        r.should().succeeded();
        assertThat(r.number("c_in_mM")).isEqualTo(10);
    }

    @Test
    void transportOfTheAnionExchanger() {
        CliResult r = CliResult.run("transport", "--name", "ae", "--in", "Cl=7", "--out", "Cl=130", "--pco2", "40mmHg",
                "--ph-in", "7.2", "--ph-out", "7.4", "--vm", "-70", "--format", "json");
        r.should().succeeded();
        assertThat(r.json("direction")).isEqualTo("forward");
    }

    @Test
    void batchColumns() {
        CliResult r = CliResult.runWithStdin("pco2,ph-in,ph-out\n40mmHg,7.2,7.4\n5.3kPa,7.1,7.3\n", "nernst", "--ion",
                "HCO3", "--csv", "-", "--format", "csv");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(3);
    }

    @Test
    void errors() {
        CliResult.run("ghk", "--perm", "Cl=1,HCO3=0.2", "--in", "Cl=7", "--out", "Cl=130", "--pco2", "40mmHg",
                "--ph-in", "7.2").should().exitedWith(2).errContains("--pco2 '40mmHg'", "pH outside", "--ph-out");
        CliResult.run(concat(GABA, "--pco2", "40")).should().exitedWith(2);
        CliResult.run("nernst", "--ion", "HCO3", "--pco2", "-5mmHg", "--ph-in", "7.2", "--ph-out", "7.4").should()
                .exitedWith(2).errContains("--pco2", "> 0");
        CliResult.run("nernst", "--ion", "HCO3", "--pco2", "40mV", "--ph-in", "7.2", "--ph-out", "7.4").should()
                .exitedWith(2).errContains("'40mV' is a voltage", "pressure");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--ph-in", "7.2").should().exitedWith(2)
                .errContains("--ph-in '7.2'", "applies with --pco2");
        CliResult.run(concat(GABA, "--co2-solubility", "-1")).should().exitedWith(2).errContains("--co2-solubility '-1'");
        CliResult.run(concat(GABA, "--pk", "x")).should().exitedWith(2).errContains("--pk 'x'");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
