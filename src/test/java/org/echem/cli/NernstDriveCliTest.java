package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box tests of {@code nernst} and {@code drive} through the real command line. */
class NernstDriveCliTest {

    @Test
    void potassiumAt37C() {
        CliResult r = CliResult.run("nernst", "--ion", "K", "--in", "140mM", "--out", "5mM");
        r.should().succeeded().outContains("E", "-89.059 mV", "T = 37 °C", "codata2018");
    }

    @Test
    void jsonFieldsOfTheContract() {
        CliResult r = CliResult.run("nernst", "--ion", "K", "--in", "140mM", "--out", "5mM", "--format", "json");
        r.should().succeeded();
        // independent: k_B·T/e·ln(5/140) at 310.15 K = -89.0586940367... mV (bc -l)
        assertThat(r.number("E_mV")).isCloseTo(-89.05869403673, within(1e-10));
        assertThat(r.json("ion")).isEqualTo("K");
        assertThat(r.json("z")).isEqualTo("1");
        assertThat(r.number("c_in_mM")).isEqualTo(140);
        assertThat(r.number("c_out_mM")).isEqualTo(5);
        assertThat(r.number("temp_C")).isEqualTo(37);
        assertThat(r.number("slope_mV_per_decade")).isCloseTo(61.5404, within(1e-4));
    }

    @Test
    void csvAndTsvHaveAHeaderAndOneRow() {
        CliResult csv = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--format", "csv",
                "--precision", "3");
        csv.should().succeeded();
        assertThat(csv.out()).isEqualTo("ion,z,c_in_mM,c_out_mM,temp_C,E_mV,slope_mV_per_decade\n"
                + "K,1,140.000,5.000,37.000,-89.059,61.540\n");
        CliResult tsv = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--format", "tsv",
                "--precision", "1");
        assertThat(tsv.out()).isEqualTo("ion\tz\tc_in_mM\tc_out_mM\ttemp_C\tE_mV\tslope_mV_per_decade\n"
                + "K\t1\t140.0\t5.0\t37.0\t-89.1\t61.5\n");
    }

    @Test
    void severalIonsMakeATable() {
        CliResult r = CliResult.run("nernst", "--in", "K=140,Na=15,Cl=10", "--out", "K=5,Na=145,Cl=110");
        r.should().succeeded().outContains("E (mV)", "-89.059", "60.634", "-64.088");
        CliResult j = CliResult.run("nernst", "--in", "K=140", "--in", "Na=15", "--out", "K=5,Na=145", "--format", "json");
        assertThat(j.out().strip().split("\n")).hasSize(2);
    }

    @Test
    void unitsTemperatureAndConstants() {
        // Ca2+ 100 nM in, 2 mM out, 20 °C: (RT/2F)·ln(2e-3/1e-7) = 125.08 mV (independent: 0.0252617·9.90349/2)
        CliResult r = CliResult.run("nernst", "--ion", "Ca", "--in", "100nM", "--out", "2mM", "--temp", "20C",
                "--format", "json");
        assertThat(r.number("E_mV")).isCloseTo(125.0898, within(1e-3));
        CliResult k = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--temp", "310.15K",
                "--constants", "textbook", "--format", "json");
        // 8.314·310.15/96485·ln(5/140)·1000 = -89.054 mV
        assertThat(k.number("E_mV")).isCloseTo(8.314 * 310.15 / 96485 * Math.log(5.0 / 140) * 1000, within(1e-9));
    }

    @Test
    void presetAndOverride() {
        CliResult r = CliResult.run("nernst", "--preset", "mammalian", "--ion", "K", "--format", "json");
        // Hille Table 1.1: K 155 in / 4 out → about -98 mV at 37 °C
        assertThat(r.number("E_mV")).isCloseTo(-97.7, within(0.1));
        CliResult o = CliResult.run("nernst", "--preset", "mammalian", "--in", "K=140", "--format", "csv");
        o.should().succeeded().outContains("K,1,140,4,");
        assertThat(o.out().strip().split("\n")).hasSize(6);
    }

    @ParameterizedTest(name = "solve {0}")
    @CsvSource(delimiter = '|', value = {
        "--out 5 --e -89.05869403673188 | c_in_mM | 140",
        "--in 140 --e -89.05869403673188 | c_out_mM | 5",
        "--in 140 --out 5 --e -89.05869403673188 | temp_C | 37",
    })
    void inverseSolves(String args, String field, double expected) {
        String[] a = ("nernst --ion K --format json " + args).split(" ");
        CliResult r = CliResult.run(a);
        r.should().succeeded();
        assertThat(r.number(field)).isCloseTo(expected, withinPercentage(1e-9));
    }

    @Test
    void solvedTemperatureIsTheOneNamedInText() {
        CliResult r = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--e", "-61.54mV");
        r.should().succeeded().outContains("T = -58.");
    }

    @Test
    void driveSeedExamples() {
        CliResult r = CliResult.run("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70", "--format", "json");
        assertThat(r.number("drive_mV")).isCloseTo(-130.63433164305339, withinPercentage(1e-9));
        assertThat(r.json("direction")).isEqualTo("influx");
        assertThat(r.json("current")).isEqualTo("inward");
        CliResult k = CliResult.run("drive", "--ion", "K", "--e", "-94.5", "--vm", "-68.2", "--format", "json");
        assertThat(k.number("drive_mV")).isCloseTo(26.3, within(1e-9));
        assertThat(k.json("direction")).isEqualTo("efflux");
        CliResult cl = CliResult.run("drive", "--ion", "Cl", "--e", "-64", "--vm", "-70", "--format", "json");
        assertThat(cl.json("direction")).isEqualTo("efflux");
        assertThat(cl.json("current")).isEqualTo("inward");
    }

    @Test
    void driveTextSaysWhatTheSignMeans() {
        CliResult r = CliResult.run("drive", "--ion", "Cl", "--e", "-64", "--vm", "-70");
        r.should().succeeded().outContains("Cl- flows out (efflux)", "net current it carries is inward");
        CliResult eq = CliResult.run("drive", "--ion", "K", "--e", "-90", "--vm", "-90");
        eq.should().outContains("equilibrium");
    }

    @Test
    void explainShowsTheSteps() {
        CliResult r = CliResult.run("drive", "--ion", "Ca", "--in", "0.0001", "--out", "2", "--vm", "-70", "--explain");
        r.should().succeeded().outContains("E = (RT/zF)·ln([Ca]out/[Ca]in)", "RT/zF", "ln of it",
                "chemical part", "electrical part zF·V_m = -13.508 kJ/mol", "Ussing");
    }

    @Test
    void driveTakesOneEPerIon() {
        CliResult r = CliResult.run("drive", "--e", "K=-90,Na=60", "--vm", "-70", "--format", "csv", "--precision", "1");
        r.should().succeeded();
        assertThat(r.out()).contains("K,1,-90.0,-70.0,20.0,efflux", "Na,1,60.0,-70.0,-130.0,influx");
        CliResult p = CliResult.run("drive", "--preset", "mammalian", "--e", "K=-80", "--vm", "-70", "--format", "csv",
                "--precision", "1");
        assertThat(p.out()).contains("K,1,-80.0,-70.0,10.0,efflux"); // the explicit E overrides the preset
    }

    @Test
    void driveWithPresetGivesEveryIon() {
        CliResult r = CliResult.run("drive", "--preset", "squid", "--vm", "-65", "--temp", "6.3", "--format", "csv");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nernst --ion K --in -5 --out 5 | --in '-5': a concentration must be > 0",
        "nernst --ion K --in 0 --out 5 | --in '0': a concentration must be > 0",
        "nernst --ion K --in NaN --out 5 | 'NaN' is not a number",
        "nernst --ion K --in Infinity --out 5 | 'Infinity' is not a number",
        "nernst --ion K --in 1e999 --out 5 | too large",
        "nernst --ion K --in 5 --out 5xM | unknown unit 'xM'",
        "nernst --ion K --in 5mV --out 5 | '5mV' is a voltage (mV), expected a concentration",
        "nernst --z 0 --in 5 --out 5 | --z '0': the valence must not be 0",
        "nernst --ion X --in 5 --out 5 | unknown ion 'X'",
        "nernst --ion Na2+ --in 5 --out 5 | 'Na2+' has charge +2 but Na is +1",
        "nernst --ion K --in 5 --out 5 --temp -300C | above absolute zero",
        "nernst --ion K --in 5 --out 5 --temp 0K | above absolute zero",
        "drive --ion K --in 5 --out 5 | --vm is missing",
        "nernst --ion K --in 5 --out 5 --bogus | Unknown option: '--bogus'",
        "frobnicate | unknown subcommand 'frobnicate'",
        "nernst --ion K --in 5 | --out is missing",
        "nernst | no ion given",
        "nernst --ion K --in 5 --out 5 --format xml | 'xml' is not a format",
        "nernst --ion K --in 5 --out 5 --precision 40 | from 0 to 17",
        "nernst --ion K --in 5 --in 6 --out 5 | given twice",
        "nernst --ion K --in 5 --out 5 --constants foo | expected codata2018 or textbook",
        "nernst --ion K --in 5 --out 5 --preset martian | unknown preset",
        "nernst --ion K --in 140 --out 5 --e 5 | no temperature gives this E",
        "drive --ion K --e -90 --in 5 --vm -70 | not both",
        "drive --e K=-90 --in K=140 --out K=5 --vm -70 | not both",
        "nernst --ion K --in 5 --out 5 --z x | expected a whole number",
    })
    void badInputExitsTwoWithOneClearLine(String args, String message) {
        CliResult r = CliResult.run(args.split(" "));
        r.should().exitedWith(2).errContains(message);
        assertThat(r.err().strip().split("\n")).hasSize(1);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noSubcommand() {
        CliResult.run().should().exitedWith(2).errContains("a subcommand is missing", "nernst");
    }

    @Test
    void helpVersionAndCompletion() {
        CliResult.run("--help").should().succeeded().outContains("nernst", "drive", "Exit codes", "Examples");
        CliResult help = CliResult.run("nernst", "--help");
        help.should().succeeded();
        assertThat(help.out().replaceAll("\\s+", " "))
                .contains("--in=<conc>", "bare number: mM", "Default: 37 °C", "Examples", "echem nernst --ion K");
        CliResult.run("drive", "--help").should().succeeded().outContains("--vm=<volt>", "Examples");
        CliResult.run("--version").should().succeeded().outContains("echem");
        CliResult.run("generate-completion").should().succeeded().outContains("complete");
    }

    @Test
    void ionsTableAndPresetSources() {
        CliResult.run("ions").should().succeeded().outContains("Ca", "SO4", "-2");
        CliResult.run("ions", "--preset", "mammalian").should().succeeded().outContains("Hille");
        CliResult.run("ions", "--preset", "squid", "--format", "csv").should().succeeded().outContains("ion,z,in_mM");
    }
}
