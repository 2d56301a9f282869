package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code echem activity}, black-box through {@link EchemCli#run}. */
class ActivityCommandTest {

    private static double field(CliResult r, int row, String field) {
        return Double.parseDouble(JsonLine.field(r.out().strip().split("\n")[row], field));
    }

    /**
     * Davies at I = 0.1 M and 25 °C: the commonly quoted γ ≈ 0.78 (z = ±1) and ≈ 0.37 (z = ±2)
     * (e.g. Stumm &amp; Morgan, Aquatic Chemistry, ch. 3); by hand with A = 0.5116: 0.7806, 0.3713.
     */
    @ParameterizedTest
    @CsvSource({"Na, 0.78", "Cl, 0.78", "Ca, 0.37", "SO4, 0.37"})
    void daviesAtTenthMolar(String ion, double gamma) {
        CliResult r = CliResult.run("activity", "--ionic-strength", "0.1M", "--ion", ion, "--temp", "25", "--format",
                "json");
        r.should().succeeded().finiteOutput();
        assertThat(r.number("gamma")).isCloseTo(gamma, within(0.005));
        assertThat(r.number("ionic_strength_mM")).isEqualTo(100);
        assertThat(r.json("model")).isEqualTo("davies");
        assertThat(r.json("activity_mM")).isNull(); // no concentration given
    }

    /**
     * Against measured mean activity coefficients, 25 °C (CRC Handbook, "Mean activity coefficients
     * of electrolytes as a function of concentration"): NaCl 0.778 at 0.1 mol/kg; MgCl₂ 0.529 at
     * 0.1 mol/kg (I = 0.3). Davies' known error: under 1% for 1:1 at I = 0.1, a few % for 2:1 at 0.3.
     */
    @Test
    void meanCoefficientsAgainstCrc() {
        CliResult nacl = CliResult.run("activity", "--electrolyte", "Na=100,Cl=100", "--temp", "25", "--format", "json");
        nacl.should().succeeded();
        double mean = Math.sqrt(field(nacl, 0, "gamma") * field(nacl, 1, "gamma"));
        assertThat(mean).isCloseTo(0.778, within(0.01));
        assertThat(field(nacl, 0, "activity_mM")).isCloseTo(100 * field(nacl, 0, "gamma"), within(1e-9));

        CliResult mgcl2 = CliResult.run("activity", "--electrolyte", "Mg=100,Cl=200", "--temp", "25", "--format",
                "json");
        mgcl2.should().succeeded();
        assertThat(field(mgcl2, 0, "ionic_strength_mM")).isCloseTo(300, within(1e-9));
        double gMg = field(mgcl2, 0, "gamma");
        double gCl = field(mgcl2, 1, "gamma");
        assertThat(Math.cbrt(gMg * gCl * gCl)).isCloseTo(0.529, within(0.02));
    }

    @Test
    void oneRowPerIonOrTheOneAskedFor() {
        CliResult all = CliResult.run("activity", "--electrolyte", "Na=140,K=5,Ca=2,Cl=149", "--format", "csv");
        all.should().succeeded();
        assertThat(all.out().strip().split("\n")).hasSize(5); // header + 4 ions
        assertThat(all.out()).startsWith("ion,z,ionic_strength_mM,gamma,activity_mM,model\n");
        CliResult one = CliResult.run("activity", "--electrolyte", "Na=140,K=5,Ca=2,Cl=149", "--ion", "Ca",
                "--format", "json");
        one.should().succeeded();
        assertThat(one.number("z")).isEqualTo(2);
        assertThat(one.number("ionic_strength_mM")).isCloseTo(151, within(1e-9));
        // a trace ion, not in the electrolyte
        CliResult trace = CliResult.run("activity", "--electrolyte", "Na=150,Cl=150", "--ion", "Ca", "--conc", "1uM",
                "--format", "json");
        trace.should().succeeded();
        assertThat(trace.number("activity_mM")).isCloseTo(1e-3 * trace.number("gamma"), within(1e-15));
    }

    @Test
    void activityTendsToConcentrationAsIGoesToZero() {
        double previous = 0;
        for (String c : List.of("10", "1", "0.01", "1e-6")) {
            CliResult r = CliResult.run("activity", "--electrolyte", "K=" + c + ",Cl=" + c, "--ion", "K", "--format",
                    "json");
            r.should().succeeded();
            double gamma = r.number("gamma");
            assertThat(gamma).isLessThan(1).isGreaterThan(previous);
            previous = gamma;
        }
        assertThat(previous).isCloseTo(1, within(1e-4));
    }

    @Test
    void modelsAndTheirRanges() {
        CliResult edh = CliResult.run("activity", "--ionic-strength", "100", "--ion", "Na", "--model", "edh", "--temp",
                "25", "--format", "json");
        edh.should().succeeded();
        assertThat(edh.number("gamma")).isCloseTo(0.777, within(0.002)); // Kielland å = 4.5 Å
        CliResult ideal = CliResult.run("activity", "--ionic-strength", "100", "--ion", "Na", "--model", "ideal",
                "--format", "json");
        assertThat(ideal.number("gamma")).isEqualTo(1);
        CliResult far = CliResult.run("activity", "--electrolyte", "K=3M,Cl=3M");
        far.should().succeeded().outContains("Warning: I = 3000 mM is above the range of the davies model");
        CliResult near = CliResult.run("activity", "--electrolyte", "K=3,Cl=3", "--model", "limiting");
        near.should().succeeded();
        assertThat(near.out()).doesNotContain("Warning");
    }

    @Test
    void explainShowsAandBAndTheSubstitution() {
        CliResult r = CliResult.run("activity", "--ionic-strength", "0.1M", "--ion", "Ca", "--temp", "25", "--explain");
        r.should().succeeded().outContains("ε_r = 78.303", "A = 0.51156", "B = √", "0.32914",
                "log10 γ = −0.51156 × 4 × (0.31623/(1 + 0.31623) − 0.3 × 0.1) = -0.43023", "γ = 10^(-0.43023) = 0.37134");
    }

    @Test
    void batchAndCheck() {
        CliResult r = CliResult.runWithStdin("electrolyte.Na,electrolyte.Cl,model\n100,100,davies\n100,100,edh\n",
                "activity", "--csv", "-", "--temp", "25");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(5);
        String key = "id,command,ionic-strength,ion,temp,quantity,answer,tolerance\n"
                + "1,activity,0.1M,Ca,25,gamma,0.37,0.005\n";
        CliResult c = CliResult.runWithStdin(key, "check", "-");
        c.should().succeeded();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ionic-strength 100 | --ion is missing",
        "'' | --electrolyte is missing",
        "--electrolyte Na=150,Cl=150 --ionic-strength 100 | not both",
        "--electrolyte Na=150,Cl=150 --model foo | expected davies, edh, limiting or ideal",
        "--electrolyte Na=150,Cl=150 --ion X+ --model edh | Kielland's table has no ion size for X+",
        "--electrolyte Na=150,Cl=150 --temp 150C | from 0 to 100 °C",
        "--ionic-strength -1 --ion K | must be ≥ 0",
        "--ionic-strength 1e300 --ion K | out of range",
        "--electrolyte Na=150,Cl=150 --ion Na --conc 5 | already",
        "--electrolyte 150 | expected NAME=CONC pairs",
        "--ionic-strength 100 --conc 5 | give --ion",
        "--electrolyte Na=1e308,Cl=1e308 | --electrolyte: the ionic strength is out of range",
    })
    void badInputExitsTwo(String args, String message) {
        List<String> argv = new ArrayList<>(List.of("activity"));
        if (!args.isBlank()) {
            argv.addAll(List.of(args.strip().split(" ")));
        }
        CliResult r = CliResult.run(argv.toArray(new String[0]));
        r.should().exitedWith(2).errContains(message);
    }

    // ---- --activity on nernst and drive --------------------------------------------------------

    /** E from activities = E from concentrations + (RT/zF)·ln(γ_out/γ_in), with γ as {@code activity} gives it. */
    @Test
    void nernstWithActivitiesMovesEByTheRatioOfGammas() {
        String[] common = {"--ion", "Ca", "--in", "100nM", "--out", "2mM", "--temp", "25", "--format", "json"};
        CliResult conc = CliResult.run(concat(new String[] {"nernst"}, common));
        CliResult act = CliResult.run(concat(new String[] {"nernst", "--activity", "davies", "--ionic-strength-in",
            "150mM", "--ionic-strength-out", "160mM"}, common));
        act.should().succeeded().finiteOutput();
        double gIn = CliResult.run("activity", "--ionic-strength", "150", "--ion", "Ca", "--temp", "25", "--format",
                "json").number("gamma");
        double gOut = CliResult.run("activity", "--ionic-strength", "160", "--ion", "Ca", "--temp", "25", "--format",
                "json").number("gamma");
        double rtf = 8.31446261815324 * 298.15 / 96485.33212331001 * 1e3;
        assertThat(act.number("E_mV")).isCloseTo(conc.number("E_mV") + rtf / 2 * Math.log(gOut / gIn), within(1e-9));
        // the fields are the same; only E uses activities
        assertThat(act.out().replaceAll("\"E_mV\":[^,]*", "")).isEqualTo(conc.out().replaceAll("\"E_mV\":[^,]*", ""));
        assertThat(act.number("c_in_mM")).isEqualTo(1e-4);
    }

    @Test
    void ionicStrengthFromTheIonsListedOnEachSide() {
        CliResult r = CliResult.run("nernst", "--in", "K=140,Na=10", "--out", "K=5,Na=145", "--activity", "davies",
                "--temp", "25");
        r.should().succeeded().outContains("Activities (davies): I_in = 75 mM, I_out = 75 mM",
                "With activities (davies): E_K = -85.613 mV, 0 mV from the concentration value -85.613 mV");
        // equal ionic strengths: the γ cancel for every ion, E is unchanged
        CliResult plain = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--temp", "25",
                "--format", "json");
        CliResult act = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--temp", "25",
                "--format", "json", "--activity", "davies", "--ionic-strength-in", "150", "--ionic-strength-out", "150");
        assertThat(act.number("E_mV")).isCloseTo(plain.number("E_mV"), within(1e-9));
    }

    @Test
    void driveUsesTheSameActivityPotential() {
        CliResult n = CliResult.run("nernst", "--preset", "mammalian", "--activity", "edh", "--format", "json");
        CliResult d = CliResult.run("drive", "--preset", "mammalian", "--activity", "edh", "--vm", "-70", "--format",
                "json");
        n.should().succeeded();
        d.should().succeeded();
        String[] nl = n.out().strip().split("\n");
        String[] dl = d.out().strip().split("\n");
        assertThat(dl).hasSameSizeAs(nl);
        for (int i = 0; i < nl.length; i++) {
            assertThat(JsonLine.field(dl[i], "E_mV")).isEqualTo(JsonLine.field(nl[i], "E_mV"));
        }
        CliResult text = CliResult.run("drive", "--ion", "Ca", "--in", "100nM", "--out", "2mM", "--vm", "-70",
                "--activity", "davies", "--ionic-strength-in", "150", "--ionic-strength-out", "160");
        text.should().succeeded().outContains("With activities (davies): E_Ca = 132.12 mV, -0.22795 mV from the"
                + " concentration value 132.34 mV");
    }

    @Test
    void idealActivitiesChangeNothingAndBatchTakesTheColumn() {
        CliResult plain = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--format", "json");
        CliResult ideal = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--activity", "ideal",
                "--format", "json");
        assertThat(ideal.out()).isEqualTo(plain.out());
        CliResult batch = CliResult.runWithStdin("ion,in,out,activity,ionic-strength-in,ionic-strength-out\n"
                + "Ca,100nM,2mM,davies,150,160\nCa,100nM,2mM,ideal,,\n", "nernst", "--csv", "-", "--temp", "25");
        batch.should().succeeded();
        String[] lines = batch.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",127.0");
        assertThat(lines[2]).contains(",127.2");
    }

    /** GHK with activities: the closed form with a = γ·c, γ from {@code activity} at each side's I. */
    @Test
    void ghkWithActivities() {
        String[] base = {"ghk", "--perm", "K=1,Na=0.04", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--temp", "25"};
        CliResult act = CliResult.run(concat(base, new String[] {"--activity", "davies", "--ionic-strength-in", "150",
            "--ionic-strength-out", "100", "--format", "json"}));
        act.should().succeeded().finiteOutput();
        double gIn = CliResult.run("activity", "--ionic-strength", "150", "--ion", "K", "--temp", "25", "--format",
                "json").number("gamma");
        double gOut = CliResult.run("activity", "--ionic-strength", "100", "--ion", "K", "--temp", "25", "--format",
                "json").number("gamma");
        double rtf = 8.31446261815324 * 298.15 / 96485.33212331001 * 1e3;
        double expected = rtf * Math.log(gOut * (5 + 0.04 * 145) / (gIn * (140 + 0.04 * 15)));
        assertThat(act.number("V_rev_mV")).isCloseTo(expected, within(1e-9));
        // equal ionic strengths on both sides: monovalent γ cancel
        CliResult plain = CliResult.run(concat(base, new String[] {"--format", "json"}));
        CliResult equal = CliResult.run(concat(base, new String[] {"--activity", "davies", "--ionic-strength-in",
            "150", "--ionic-strength-out", "150", "--format", "json"}));
        assertThat(equal.number("V_rev_mV")).isCloseTo(plain.number("V_rev_mV"), within(1e-9));
        CliResult ideal = CliResult.run(concat(base, new String[] {"--activity", "ideal", "--format", "json"}));
        assertThat(ideal.out()).isEqualTo(plain.out());
        CliResult text = CliResult.run(concat(base, new String[] {"--activity", "davies"}));
        text.should().succeeded().outContains("Activities (davies): I_in = 77.5 mM, I_out = 75 mM",
                "With activities (davies): V_rev = ", "mV from the concentration value");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nernst --ion K --in 140 --out 5 --ionic-strength-in 150 | used with --activity",
        "nernst --ion K --in 140 --out 5 --activity foo | expected davies, edh, limiting or ideal",
        "nernst --ion K --out 5 --e -90 --activity davies | activities apply to E computed from concentrations",
        "drive --ion K --e -90 --vm -70 --activity davies | activities apply to E computed from concentrations",
        "drive --e K=-90,Na=60 --vm -70 --activity davies | activities apply to E computed from concentrations",
        "drive --ion K --e -90 --vm -70 --ionic-strength-out 150 | used with --activity",
        "nernst --ion K --out 5 --e -90 --ionic-strength-in 150 | used with --activity",
        "nernst --ion X+ --in 1 --out 2 --activity edh | Kielland's table has no ion size for X+",
        "nernst --ion K --in 140 --out 5 --activity davies --temp 200C | from 0 to 100 °C",
        "nernst --ion K --in 140 --out 5 --activity davies --ionic-strength-in -1 | must be ≥ 0",
        "ghk --perm K=1,Na=0.04 --in K=140,Na=15 --out K=5,Na=145 --activity bad | expected davies, edh",
        "ghk --perm K=1,X+=0.04 --in K=140,X+=15 --out K=5,X+=145 --activity edh | no ion size for X+",
    })
    void badActivityOptions(String args, String message) {
        CliResult r = CliResult.run(args.strip().split(" "));
        r.should().exitedWith(2).errContains(message);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
