package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@code echem pmf}: Δp = V_m − E_H, black box. */
class PmfCommandTest {

    /** Taiz & Zeiger, Plant Physiology, Web Topic 6.3: ΔE = −120 mV, ΔpH 2 (7 in, 5 out) → Δp ≈ −238 mV at 25 °C. */
    @Test
    void taizPlantExample() {
        CliResult r = CliResult.run("pmf", "--vm", "-120mV", "--ph-in", "7", "--ph-out", "5", "--temp", "25",
                "--format", "json");
        r.should().succeeded().finiteOutput();
        assertThat(r.number("pmf_mV")).isCloseTo(-238.3, within(0.05));
        assertThat(r.number("E_H_mV")).isCloseTo(118.32, within(0.01)); // 2 × 59.16 mV
        assertThat(r.number("vm_mV")).isEqualTo(-120);
        assertThat(r.number("ph_in")).isEqualTo(7);
        assertThat(r.number("ph_out")).isEqualTo(5);
        assertThat(r.number("dmu_H_kJ_mol")).isCloseTo(-23.0, within(0.01)); // F·Δp
    }

    @Test
    void textSaysWhichWayHIsDriven() {
        CliResult.run("pmf", "--vm", "-120mV", "--ph-in", "7", "--ph-out", "5", "--temp", "25").should().succeeded()
                .outContains("-238.32 mV", "H⁺ is driven in");
    }

    @Test
    void phAsAConcentrationOfHInTheMapsGivesTheSame() {
        double a = CliResult.run("pmf", "--vm", "-150", "--ph-in", "7.2", "--ph-out", "5.5", "--format", "json")
                .number("pmf_mV");
        CliResult b = CliResult.run("pmf", "--vm", "-150", "--in", "H=pH7.2", "--out", "H=pH 5.5", "--format", "json");
        b.should().succeeded();
        assertThat(b.number("pmf_mV")).isCloseTo(a, within(1e-9));
        assertThat(b.number("ph_in")).isCloseTo(7.2, within(1e-12));
        assertThat(CliResult.run("pmf", "--vm", "-150", "--in", "pH7.2", "--out", "pH5.5", "--format", "json")
                .number("pmf_mV")).isCloseTo(a, within(1e-9));
        double c = CliResult.run("pmf", "--vm", "-150", "--in", "H=63.0957344480193nM", "--ph-out", "5.5",
                "--format", "json").number("pmf_mV");
        assertThat(c).isCloseTo(a, within(1e-9));
    }

    @Test
    void equalPhLeavesOnlyTheElectricalPart() {
        CliResult r = CliResult.run("pmf", "--vm", "-70", "--ph-in", "7.3", "--ph-out", "7.3", "--format", "json");
        assertThat(r.number("pmf_mV")).isEqualTo(-70);
        assertThat(r.number("E_H_mV")).isEqualTo(0);
    }

    @Test
    void explainShowsTheFormulaAndEachStep() {
        CliResult.run("pmf", "--vm", "-120mV", "--ph-in", "7", "--ph-out", "5", "--temp", "25", "--explain")
                .should().succeeded()
                .outContains("Δp = V_m − (RT·ln10/F)·(pH_in − pH_out)", "59.159 mV per pH unit",
                        "ΔpH = pH_in − pH_out = 7 − 5 = 2", "E_H = 59.159 mV × 2 = 118.32 mV",
                        "chemical part −E_H = -118.32 mV", "= -238.32 mV", "-22.994 kJ/mol");
    }

    @Test
    void batch() {
        CliResult r = CliResult.runWithStdin("vm,ph-in,ph-out\n-120,7,5\n-70,7.2,7.4\n", "pmf", "--csv", "-",
                "--temp", "25", "--format", "csv");
        r.should().succeeded();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("-238.31869936");
    }

    @Test
    void checkGradesPmf() {
        CliResult r = CliResult.runWithStdin("id,command,vm,ph-in,ph-out,temp,quantity,answer,tolerance\n"
                + "1,pmf,-120,7,5,25,pmf_mV,-238.3,0.1\n2,pmf,-120,7,5,25,pmf_mV,-1.7,0.1\n",
                "check", "-", "--format", "json");
        r.should().exitedWith(4);
        assertThat(r.out()).contains("\"id\":\"1\"").contains("\"verdict\":\"correct\"")
                .contains("\"verdict\":\"incorrect\"");
    }

    @Test
    void badInputIsAnErrorNamingTheValue() {
        CliResult.run("pmf", "--vm", "-120", "--ph-in", "seven", "--ph-out", "5").should().exitedWith(2)
                .errContains("--ph-in 'seven'", "pH");
        CliResult.run("pmf", "--vm", "-120", "--ph-out", "5").should().exitedWith(2).errContains("--ph-in");
        CliResult.run("pmf", "--vm", "-120", "--ph-in", "7", "--in", "H=pH7", "--ph-out", "5").should()
                .exitedWith(2).errContains("not both");
        CliResult.run("pmf", "--vm", "-120", "--in", "K=140", "--ph-in", "7", "--ph-out", "5").should()
                .exitedWith(2).errContains("--in K", "H+ only");
        CliResult.run("pmf", "--vm", "-120", "--ph-in", "1e308", "--ph-out", "-1e308").should().exitedWith(2);
    }
}
