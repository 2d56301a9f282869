package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The presets of issue 20's three applications: plant cell, astrocyte, synapse. */
class ApplicationPresetsTest {

    @Test
    void plantPresetHoldsHAsPh() {
        CliResult r = CliResult.run("nernst", "--preset", "plant", "--ion", "H", "--temp", "25", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("c_in_mM")).isCloseTo(Math.pow(10, -4.3), within(1e-15));
        assertThat(r.number("c_out_mM")).isCloseTo(Math.pow(10, -2.5), within(1e-15));
        assertThat(r.number("E_mV")).isCloseTo(59.159 * 1.8, within(0.01));
        CliResult.run("ions", "--preset", "plant").should().succeeded().outContains("Taiz", "Higinbotham");
    }

    @Test
    void plantSymporterRunsForwardOnTheProtonGradient() {
        CliResult r = CliResult.run("transport", "--name", "h-k-symport", "--preset", "plant", "--vm", "-150", "--temp",
                "25", "--format", "json");
        r.should().succeeded();
        assertThat(r.json("direction")).isEqualTo("forward");
    }

    @Test
    void astrocyteNearAndFar() {
        double far = CliResult.run("nernst", "--preset", "astrocyte", "--ion", "K", "--format", "json").number("E_mV");
        double near = CliResult.run("nernst", "--preset", "astrocyte", "--ion", "K", "--out", "10", "--format", "json")
                .number("E_mV");
        assertThat(far).isCloseTo(-100.73, within(0.01));
        assertThat(near).isCloseTo(-68.55, within(0.01));
    }

    /** GABA-A with P_HCO3/P_Cl = 0.2: more negative with mature [Cl-]i than with immature. */
    @Test
    void synapseMatureAndImmature() {
        double mature = CliResult.run("ghk", "--perm", "Cl=1,HCO3=0.2", "--preset", "synapse-mature", "--format", "json")
                .number("V_rev_mV");
        double immature = CliResult.run("ghk", "--perm", "Cl=1,HCO3=0.2", "--preset", "synapse-immature", "--format",
                "json").number("V_rev_mV");
        double vt = 8.31446261815324 * 310.15 / 96485.33212331001 * 1e3;
        assertThat(mature).isCloseTo(vt * Math.log((7 + 0.2 * 15) / (130 + 0.2 * 25)), within(1e-9));
        assertThat(immature).isCloseTo(vt * Math.log((25 + 0.2 * 15) / (130 + 0.2 * 25)), within(1e-9));
        assertThat(immature).isGreaterThan(mature);
    }
}
