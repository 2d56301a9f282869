package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echem.cli.CurrentCommandTest.line;
import static org.echem.cli.CurrentCommandTest.num;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box tests of {@code echem ghk}. */
class GhkCommandTest {

    @Test
    void publicMammalianCase() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1,Na=0.04,Cl=0.45", "--in", "K=140,Na=15,Cl=10",
                "--out", "K=5,Na=145,Cl=110", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("V_rev_mV")).isCloseTo(-67.343094040387012, within(1e-9 * 67.343094040387012));
        assertThat(r.json("ion")).isEqualTo("total");
    }

    @Test
    void presetAndExplicitConcentrationsAgree() {
        CliResult preset = CliResult.run("ghk", "--perm", "K=1,Na=0.04", "--preset", "mammalian", "--format", "json");
        CliResult explicit = CliResult.run("ghk", "--perm", "K=1,Na=0.04", "--in", "K=155,Na=12", "--out", "K=4,Na=145",
                "--format", "json");
        assertThat(preset.number("V_rev_mV")).isEqualTo(explicit.number("V_rev_mV"));
    }

    @Test
    void divalentIonsUseRootFinding() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1,Na=0.04,Ca=0.5", "--in", "K=140,Na=15,Ca=0.0001",
                "--out", "K=5,Na=145,Ca=2", "--explain");
        r.should().succeeded().outContains("Brent", "proven bracket", "evaluations");
    }

    @Test
    void currentsWithAbsolutePermeabilities() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1e-6cm/s,Na=4e-8cm/s", "--in", "K=140,Na=15",
                "--out", "K=5,Na=145", "--vm", "-70", "--format", "json");
        r.should().succeeded().finiteOutput();
        double ik = num(line(r, "ion", "K"), "I_uA_cm2");
        double ina = num(line(r, "ion", "Na"), "I_uA_cm2");
        assertThat(ik).isPositive();
        assertThat(ina).isNegative();
        String total = line(r, "ion", "total");
        assertThat(num(total, "I_uA_cm2")).isCloseTo(ik + ina, within(1e-12));
        // the total is inward at -70 mV, so V_rev is above -70 mV; closed form by hand:
        double vt = 8.31446261815324 * 310.15 / 96485.33212331001 * 1e3;
        assertThat(num(total, "V_rev_mV")).isCloseTo(vt * Math.log((1e-6 * 5 + 4e-8 * 145) / (1e-6 * 140 + 4e-8 * 15)),
                within(1e-9));
    }

    /** NEURON ghk(-10 mV, 0.1, 10, 2) at 6.3 °C = -2828.3285716150644 mA/cm² for P = 1 cm/s (test_eion_cover.py). */
    @Test
    void matchesNeuronThroughTheCommandLine() {
        CliResult r = CliResult.run("ghk", "--ion", "Ca", "--perm", "1cm/s", "--in", "0.1", "--out", "10", "--vm", "-10",
                "--temp", "6.3", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("I_uA_cm2") / 1000).isCloseTo(-2828.3285716150644, within(1e-9 * 2828.33));
    }

    @Test
    void exactAtZeroVolts() {
        CliResult r = CliResult.run("ghk", "--ion", "Ca", "--perm", "1e-5cm/s", "--in", "100nM", "--out", "2mM",
                "--vm", "0", "--format", "json");
        r.should().succeeded();
        // P·z·F·(c_in − c_out) = 1e-7 m/s × 2 × F × (1e-4 − 2) mol/m³, in µA/cm² (× 100)
        assertThat(r.number("I_uA_cm2")).isCloseTo(1e-7 * 2 * 96485.33212331001 * (1e-4 - 2) * 100, within(1e-12));
    }

    @Test
    void oneSidedIonsAreBiIonic() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1,Na=0.5", "--in", "K=140", "--out", "Na=140", "--format",
                "json");
        r.should().succeeded();
        double vt = 8.31446261815324 * 310.15 / 96485.33212331001 * 1e3;
        assertThat(r.number("V_rev_mV")).isCloseTo(vt * Math.log(0.5), within(1e-9));
    }

    /** Bi-ionic: P_Na/P_K = ([K]i/[Na]o)·e^(FV/RT) (Hille, ch. 14). */
    @Test
    void solvesForAPermeabilityRatio() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1", "--in", "K=140", "--out", "Na=140", "--vrev", "-50",
                "--solve-perm", "Na", "--format", "json");
        r.should().succeeded();
        double vt = 8.31446261815324 * 310.15 / 96485.33212331001;
        assertThat(r.number("perm_ratio")).isCloseTo(Math.exp(-0.050 / vt), within(1e-12));
        assertThat(r.json("ion")).isEqualTo("Na");
        assertThat(r.number("V_rev_mV")).isEqualTo(-50);
    }

    @Test
    void solvedPermeabilityReproducesTheReversalPotential() {
        CliResult fwd = CliResult.run("ghk", "--perm", "K=1,Na=0.04,Ca=0.5", "--in", "K=140,Na=15,Ca=0.0001",
                "--out", "K=5,Na=145,Ca=2", "--format", "json", "--precision", "17");
        String v = fwd.json("V_rev_mV");
        CliResult back = CliResult.run("ghk", "--perm", "K=1,Na=0.04", "--in", "K=140,Na=15,Ca=0.0001",
                "--out", "K=5,Na=145,Ca=2", "--vrev", v, "--solve-perm", "Ca", "--format", "json");
        back.should().succeeded();
        assertThat(back.number("perm_ratio")).isCloseTo(0.5, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--perm K=-1,Na=0.04 --in K=140,Na=15 --out K=5,Na=145 | --perm K '-1': a permeability must be ≥ 0",
        "--perm K=1,Na=0.04 --in K=140,Na=15,Cl=4 --out K=5,Na=145 | --in Cl '4': Cl has a concentration but no permeability",
        "--perm K=1,Na=0.04 --in K=140 --out K=5 | Na has no concentration on either side",
        "--perm K=1,Na=1e-6cm/s --in K=140,Na=15 --out K=5,Na=145 | mixes relative and absolute",
        "--perm K=1,Na=0.04 --in K=140,Na=15 --out K=5,Na=145 --vm -70 | need absolute permeabilities",
        "--perm K=1 --in K=140 | no ion can carry inward current",
        "--perm Na=1,Cl=1 --out Na=140 --in Cl=100 | no ion can carry outward current",
        "--perm K=1,Na=0 --in K=140,Na=15 | no ion can carry inward current",
        "--perm K=1,Na=0.04 --in K=140,Na=15 --out K=5,Na=145 --vrev -60 | needs --solve-perm",
        "--perm K=1,Na=0.04 --in K=140,Na=15 --out K=5,Na=145 --vrev -60 --solve-perm Na | Na also has a permeability",
        "--perm K=1 --in K=140,Na=15 --out K=5,Na=145 --vrev 70 --solve-perm Na | no permeability ≥ 0 of Na",
        "--perm K=1 --in K=140,Na=15 --out K=5,Na=145 --solve-perm Na | --vrev is missing",
        "--in K=140 --out K=5 | --perm is missing",
        "--perm K=1,K+=2 --in K=140 --out K=5 | K is given twice",
        "--perm K=1 --in K=140,Na=15 --out K=5,Na=145 --vm -70 --solve-perm Na --vrev -60 | give one",
        "--perm K=1,Na=0.04 --in K=-140,Na=15 --out K=5,Na=145 | --in K '-140': a concentration must be ≥ 0",
        "--perm K=1,Na=0.04 --in K=140mV,Na=15 --out K=5,Na=145 | is a voltage",
        "--perm K=1,Na=0.04 --in 140 --out 5 | give concentrations as pairs too",
        "--perm K=1,Q=0.04 --in K=140,Q=15 --out K=5,Q=145 | unknown ion 'Q'",
        "--perm K=1 --in K=140 --out K=5,Na=145 --vrev -60 --solve-perm Na --perm Cl=0 | Cl has no concentration",
    })
    void badInputIsAUsageError(String args, String message) {
        CliResult r = CliResult.run(("ghk " + args.strip()).split(" "));
        r.should().exitedWith(2).errContains(message.strip());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyFormat() {
        String[] base = {"ghk", "--perm", "K=1e-6cm/s,Na=4e-8cm/s", "--in", "K=140,Na=15", "--out", "K=5,Na=145",
            "--vm", "-70"};
        CliResult text = CliResult.run(base);
        text.should().succeeded().outContains("total", "V_rev (GHK) (mV)", "uA/cm2", "codata2018");
        String[] csvArgs = java.util.Arrays.copyOf(base, base.length + 2);
        csvArgs[base.length] = "--format";
        csvArgs[base.length + 1] = "csv";
        CliResult csv = CliResult.run(csvArgs);
        csv.should().succeeded();
        assertThat(csv.out()).startsWith("ion,z,E_mV,I_uA_cm2,V_rev_mV,perm_ratio\n").contains("\ntotal,,,");
        csvArgs[base.length + 1] = "tsv";
        assertThat(CliResult.run(csvArgs).out()).startsWith("ion\tz\tE_mV\t");
        csvArgs[base.length + 1] = "json";
        CliResult json = CliResult.run(csvArgs);
        json.should().succeeded().finiteOutput();
        assertThat(json.out().strip().split("\n")).hasSize(3);
    }

    @Test
    void explainShowsTheClosedForm() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1,Na=0.04,Cl=0.45", "--in", "K=140,Na=15,Cl=10",
                "--out", "K=5,Na=145,Cl=110", "--explain");
        r.should().succeeded().outContains("numerator = 1·5 + 0.04·145 + 0.45·10 = 15.3",
                "denominator = 1·140 + 0.04·15 + 0.45·110 = 190.1", "-67.343 mV");
    }

    @Test
    void batchFromStdinWithPermColumns() {
        String csv = "perm.K,perm.Na,perm.Cl,in.K,in.Na,in.Cl,out.K,out.Na,out.Cl\n"
                + "1,0.04,0.45,140,15,10,5,145,110\n1,0.05,0.45,140,15,10,5,145,110\n";
        CliResult r = CliResult.runWithStdin(csv, "ghk", "--csv", "-");
        r.should().succeeded();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).endsWith(",ion,z,E_mV,I_uA_cm2,V_rev_mV,perm_ratio");
        assertThat(lines[1]).startsWith("1,0.04,0.45,140,15,10,5,145,110,total,,,,-67.3430940403");
    }

    @Test
    void batchColumnsOverrideOptionDefaults() {
        String csv = "perm.Na,vm\n4e-8cm/s,-70\n4e-8cm/s,0\n";
        CliResult r = CliResult.runWithStdin(csv, "ghk", "--csv", "-", "--perm", "K=1e-6cm/s", "--in", "K=140,Na=15",
                "--out", "K=5,Na=145", "--format", "json");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(6);
    }

    /** Regression: a repeated map option (--perm K=1 --perm Na=0.04) was read twice ("gives K twice"). */
    @Test
    void repeatedMapOptionsAreReadOnce() {
        CliResult r = CliResult.run("ghk", "--perm", "K=1", "--perm", "Na=0.04,Cl=0.45", "--in", "K=140,Na=15,Cl=10",
                "--out", "K=5", "--out", "Na=145,Cl=110", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("V_rev_mV")).isCloseTo(-67.343094040387012, within(1e-9 * 67.343094040387012));
    }

    @Test
    void helpHasExamples() {
        CliResult.run("ghk", "--help").should().succeeded()
                .outContains("Examples:", "echem ghk --perm K=1,Na=0.04,Cl=0.45", "--solve-perm", "Fields:");
    }
}
