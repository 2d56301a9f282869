package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChargeCommandTest {
    // public reference case seed-charge-fraction (rel 1e-9)
    @Test
    void publicCaseFraction() {
        CliResult r = CliResult.run("charge", "--dv", "100mV", "--radius", "10um", "--ion", "K", "--conc", "140mM",
                "--format", "json");
        r.should().succeeded().finiteOutput();
        assertThat(r.number("fraction")).isCloseTo(2.2209149263418944e-5, within(2.3e-14));
        // independent derivation: C = 0.01 F/m² · 4π(10 µm)², Q = C · 0.1 V, ions = Q/e, mol = Q/F
        assertThat(r.number("capacitance_pF")).isCloseTo(12.566370614359172, within(1e-11));
        assertThat(r.number("charge_pC")).isCloseTo(1.2566370614359172, within(1e-12));
        assertThat(r.number("ions")).isCloseTo(7843311.622255987, within(1e-5));
        assertThat(r.number("mol")).isCloseTo(1.3024125364774748e-17, within(1e-28));
    }

    @Test
    void fromToEqualsDv() {
        CliResult a = CliResult.run("charge", "--from", "-70mV", "--to", "30mV", "--radius", "10", "--ion", "K",
                "--conc", "140", "--format", "json");
        a.should().succeeded();
        assertThat(a.number("fraction")).isCloseTo(2.2209149263418944e-5, within(2.3e-14));
        CliResult down = CliResult.run("charge", "--from", "30", "--to", "-70", "--radius", "10", "--format", "json");
        assertThat(down.number("charge_pC")).isNegative();
        assertThat(down.number("ions")).isPositive();
    }

    @Test
    void divalentIonsHalveTheCount() {
        double k = CliResult.run("charge", "--dv", "100", "--radius", "10", "--ion", "K", "--format", "json")
                .number("ions");
        double ca = CliResult.run("charge", "--dv", "100", "--radius", "10", "--ion", "Ca", "--format", "json")
                .number("ions");
        assertThat(ca * 2).isCloseTo(k, within(1e-6));
    }

    @Test
    void areaWithoutVolumeHasNoFraction() {
        CliResult r = CliResult.run("charge", "--dv", "100", "--area", "1256.6370614359172um2", "--conc", "140",
                "--format", "json");
        r.should().succeeded();
        assertThat(r.json("fraction")).isNull();
        assertThat(r.number("charge_pC")).isCloseTo(1.2566370614359172, within(1e-12));
        CliResult v = CliResult.run("charge", "--dv", "100", "--area", "1256.6370614359172um2", "--volume",
                "4.1887902047863905pL", "--conc", "140", "--format", "json");
        assertThat(v.number("fraction")).isCloseTo(2.2209149263418944e-5, within(1e-13));
        CliResult noConc = CliResult.run("charge", "--dv", "100", "--radius", "10", "--format", "json");
        assertThat(noConc.json("fraction")).isNull();
    }

    @Test
    void specificCapacitanceScalesTheCharge() {
        CliResult r = CliResult.run("charge", "--dv", "100", "--radius", "10", "--cm", "2uF/cm2", "--format", "json");
        assertThat(r.number("capacitance_pF")).isCloseTo(2 * 12.566370614359172, within(1e-11));
        CliResult si = CliResult.run("charge", "--dv", "100", "--radius", "10", "--cm", "0.01F/m2", "--format", "json");
        assertThat(si.number("capacitance_pF")).isCloseTo(12.566370614359172, within(1e-11));
    }

    @Test
    void textShowsPpmAndExplainShowsEachStep() {
        CliResult r = CliResult.run("charge", "--dv", "100mV", "--radius", "10um", "--ion", "K", "--conc", "140mM");
        r.should().succeeded().outContains("12.566 pF", "1.2566 pC", "22.209 ppm of the K+", "about 1 in 45000",
                "hardly changes");
        assertThat(r.out()).as("charge does not depend on T: no temperature line").doesNotContain("°C", "T = ");
        CliResult ex = CliResult.run("charge", "--from", "-70", "--to", "30", "--radius", "10", "--ion", "K", "--conc",
                "140", "--explain");
        ex.should().succeeded().outContains("Q = C_m·A·ΔV", "ΔV = V_to − V_from = 30 − (-70) = 100 mV",
                "A = 4πr² = 1256.6 µm²", "volume = 4/3·πr³ = 4.1888 pL", "= 22.209 ppm");
        CliResult mono = CliResult.run("charge", "--dv", "100", "--radius", "10");
        mono.should().succeeded().outContains("monovalent assumed");
    }

    @ParameterizedTest
    @CsvSource({"csv, ','", "tsv, '\t'"})
    void delimitedFormats(String format, char sep) {
        CliResult r = CliResult.run("charge", "--dv", "100", "--radius", "10", "--ion", "K", "--conc", "140",
                "--format", format, "--precision", "3");
        r.should().succeeded();
        String s = String.valueOf(sep);
        assertThat(r.out()).isEqualTo(String.join(s, "capacitance_pF", "charge_pC", "mol", "ions", "fraction") + "\n"
                // mol and fraction would round to 0.000: they keep 3 significant digits instead
                + String.join(s, "12.566", "1.257", "1.30e-17", "7843311.622", "2.22e-5") + "\n");
    }

    @Test
    void batchFromStdin() {
        String csv = "dv,radius_um,conc,ion\n100mV,10,140,K\n100mV,20,140,K\n";
        CliResult r = CliResult.runWithStdin(csv, "charge", "--csv", "-", "--format", "json");
        r.should().succeeded();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        double f10 = Double.parseDouble(JsonLine.field(lines[0], "fraction"));
        double f20 = Double.parseDouble(JsonLine.field(lines[1], "fraction"));
        assertThat(f10).isCloseTo(2.2209149263418944e-5, within(2.3e-14));
        assertThat(f20 * 2).as("fraction scales as 1/radius").isCloseTo(f10, within(1e-17));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "charge --dv 100 --radius -5um | --radius '-5um' | > 0",
        "charge --dv 100 --radius 0 | --radius | > 0",
        "charge --dv 100 --radius 10 --cm -1 | --cm '-1' | > 0",
        "charge --dv 100 --radius 10 --cm 0 | --cm | > 0",
        "charge --dv 100 --radius 10 --cm 1pF | --cm | unknown unit",
        "charge --dv 100 --area -3 | --area | > 0",
        "charge --dv 100 --area 100 --volume 0 | --volume | > 0",
        "charge --dv 100 | --radius is missing | --area",
        "charge --radius 10 | --dv is missing | --from",
        "charge --dv 100 --from 0 --to 10 --radius 10 | --from | not both",
        "charge --from 0 --radius 10 | --to is missing | --from",
        "charge --to 0 --radius 10 | --from is missing | --to",
        "charge --dv 100 --radius 10 --area 100 | --area | not both",
        "charge --dv 100 --radius 10 --volume 4 | --volume | not both",
        "charge --dv 100 --radius 10 --conc 0 | --conc | > 0",
        "charge --dv 100mM --radius 10 | --dv | expected a voltage",
        "charge --dv 100 --radius 10 --z 0 | --z | 0",
        "charge --dv 100 --radius 10 --ion Q | --ion | unknown ion",
        "charge --dv 100 --radius 1e160m | --radius | area",
    })
    void badInputsExitTwo(String line, String where, String what) {
        CliResult r = CliResult.run(line.strip().split(" "));
        r.should().exitedWith(2).errContains(where.strip(), what.strip());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpShowsUnitsDefaultsFieldsAndExamples() {
        CliResult r = CliResult.run("charge", "--help");
        r.should().succeeded().outContains("--radius=<length>", "bare number: um", "Default: 1 uF/cm2",
                "Fields: capacitance_pF charge_pC mol ions fraction", "Examples:",
                "echem charge --dv 100mV --radius 10um --ion K --conc 140mM");
    }
}
