package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box tests of {@code echem current}. */
class CurrentCommandTest {

    /** @return the JSON line whose {@code key} is {@code value} */
    static String line(CliResult r, String key, String value) {
        List<String> lines = Arrays.stream(r.out().strip().split("\n"))
                .filter(l -> value.equals(JsonLine.field(l, key))).collect(Collectors.toList());
        assertThat(lines).as("rows with %s=%s in %s", key, value, r.out()).hasSize(1);
        return lines.get(0);
    }

    static double num(String line, String field) {
        return Double.parseDouble(JsonLine.field(line, field));
    }

    @Test
    void publicOhmicCase() {
        CliResult r = CliResult.run("current", "--g", "10nS", "--vm", "-70", "--e", "60", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("I_pA")).isCloseTo(-1300, within(1e-9));
        assertThat(r.json("current")).isEqualTo("inward");
        assertThat(r.number("drive_mV")).isCloseTo(-130, within(1e-9));
        assertThat(r.json("I_uA_cm2")).isNull();
    }

    @Test
    void severalChannelsGiveATotalRowWithTheChordPotential() {
        CliResult r = CliResult.run("current", "--g", "Na=120mS/cm2,K=36mS/cm2,L=0.3mS/cm2",
                "--e", "Na=50,K=-77,L=-54.387", "--vm", "-65", "--format", "json");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(4);
        assertThat(num(line(r, "channel", "Na"), "I_uA_cm2")).isCloseTo(-13800, within(1e-9));
        assertThat(num(line(r, "channel", "K"), "I_uA_cm2")).isCloseTo(432, within(1e-9));
        assertThat(num(line(r, "channel", "L"), "I_uA_cm2")).isCloseTo(-3.1839, within(1e-9));
        String total = line(r, "channel", "total");
        assertThat(num(total, "I_uA_cm2")).isCloseTo(-13800 + 432 - 3.1839, within(1e-9));
        // independent: Σ gE / Σ g by hand
        assertThat(num(total, "V_rest_mV")).isCloseTo((120 * 50 + 36 * -77 + 0.3 * -54.387) / 156.3, within(1e-9));
        assertThat(num(total, "g_mS_cm2")).isCloseTo(156.3, within(1e-9));
        assertThat(JsonLine.field(total, "current")).isEqualTo("inward");
        assertThat(JsonLine.field(total, "I_pA")).isNull();
    }

    @Test
    void reversalPotentialsFromConcentrations() {
        CliResult r = CliResult.run("current", "--ion", "K", "--in", "140", "--out", "5", "--g", "2nS", "--vm", "-60",
                "--format", "json");
        r.should().succeeded();
        double ek = Double.parseDouble(CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--format",
                "json").json("E_mV"));
        assertThat(r.json("channel")).isEqualTo("K");
        assertThat(r.number("I_pA")).isCloseTo(2 * (-60 - ek), within(1e-9));

        CliResult m = CliResult.run("current", "--g", "K=10nS,Na=0.5nS,L=1nS", "--in", "K=140,Na=15",
                "--out", "K=5,Na=145", "--e", "L=-60", "--vm", "-70", "--format", "json");
        m.should().succeeded();
        assertThat(num(line(m, "channel", "L"), "I_pA")).isCloseTo(-10, within(1e-9));
        assertThat(num(line(m, "channel", "Na"), "E_mV")).isCloseTo(60.634331643053393, within(1e-9));
    }

    @Test
    void presetSuppliesConcentrationsForIonChannels() {
        CliResult r = CliResult.run("current", "--g", "K=10nS,Na=0.5nS", "--preset", "mammalian", "--vm", "-80",
                "--format", "json");
        r.should().succeeded();
        assertThat(r.out().strip().split("\n")).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({
        // --i, --vm, --e, expected g field and value
        "-1.3nA, -70, 60, g_nS, 10",
        "-13.8mA/cm2, -65, 50, g_mS_cm2, 120",
        "0, -65, 50, g_nS, 0",
    })
    void solvesForTheConductance(String i, String vm, String e, String field, double g) {
        CliResult r = CliResult.run("current", "--i", i, "--vm", vm, "--e", e, "--format", "json");
        r.should().succeeded();
        assertThat(r.number(field)).isCloseTo(g, within(1e-9 * Math.max(1, g)));
    }

    @Test
    void solvesSeveralConductances() {
        CliResult r = CliResult.run("current", "--i", "Na=-1300pA,K=100pA", "--e", "Na=60,K=-90", "--vm", "-70",
                "--format", "json");
        r.should().succeeded();
        assertThat(num(line(r, "channel", "Na"), "g_nS")).isCloseTo(10, within(1e-9));
        assertThat(num(line(r, "channel", "K"), "g_nS")).isCloseTo(5, within(1e-9));
        assertThat(num(line(r, "channel", "total"), "V_rest_mV")).isCloseTo((10 * 60 + 5 * -90) / 15.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--g -5nS --vm -70 --e 60 | --g '-5nS': a conductance must be ≥ 0",
        "--g 10nS --vm -70 | --e is missing",
        "--g 10nS --e 60 | --vm is missing",
        "--vm -70 --e 60 | --g is missing",
        "--g Na=1nS,L=2nS --e Na=50 --vm -70 | channel L is not an ion",
        "--g Na=1nS --e Na=50,K=-80 --vm -70 | --e K '-80': there is no channel K in --g",
        "--g K=1nS --in K=140,Na=5 --out K=5,Na=145 --vm -70 | --in Na '5': there is no channel Na",
        "--g Na=1mS/cm2,K=2nS --e Na=50,K=-80 --vm -70 | mixes per-area and absolute",
        "--g 1nS --i 2pA --vm 0 --e 1 | not both",
        "--i 1.3nA --vm -70 --e 60 | would need a negative conductance",
        "--i 5pA --vm -70 --e -70 | V_m equals E",
        "--g 1nS --vm -70 --e 60 --ion K --in 140 --out 5 | give either --e or concentrations",
        "--g 1mV --vm -70 --e 60 | is a voltage",
        "--g K=1nS --e 60 --vm 1 | give E as pairs too",
        "--g 1nS --e K=60 --vm 1 | NAME=E pairs need --g NAME=VALUE pairs",
        "--g K=1nS --e K=-80 --in K=140 --out K=5 --vm -70 | channel K has both --e and a concentration",
        "--g K=1nS --in K=140 --vm -70 | --out is missing the outside concentration of K",
        "--g K=1nS --in K=-140 --out K=5 --vm -70 | --in K '-140'",
        "--g abc --vm -70 --e 60 | not a number",
    })
    void badInputIsAUsageError(String args, String message) {
        String[] a = ("current " + args.strip()).split(" ");
        CliResult r = CliResult.run(a);
        r.should().exitedWith(2).errContains(message.strip());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void everyFormat() {
        String[] base = {"current", "--g", "Na=120mS/cm2,K=36mS/cm2", "--e", "Na=50,K=-77", "--vm", "-65"};
        CliResult text = CliResult.run(base);
        text.should().succeeded().outContains("channel", "total", "V_rest (I = 0) (mV)", "uA/cm2");
        assertThat(text.out()).doesNotContain("(pA)").doesNotContain("(nS)");
        assertThat(text.out()).as("every E given: T plays no part").doesNotContain("codata2018", "37 °C");
        CliResult csv = CliResult.run(concat(base, "--format", "csv"));
        csv.should().succeeded();
        assertThat(csv.out()).startsWith("channel,E_mV,drive_mV,I_pA,I_uA_cm2,current,g_nS,g_mS_cm2,V_rest_mV\n")
                .contains("\ntotal,,");
        CliResult tsv = CliResult.run(concat(base, "--format", "tsv"));
        tsv.should().succeeded();
        assertThat(tsv.out()).startsWith("channel\tE_mV\t");
        CliResult json = CliResult.run(concat(base, "--format", "json"));
        json.should().succeeded().finiteOutput();
        assertThat(json.out()).contains("\"channel\":\"total\"");
    }

    @Test
    void explainShowsTheFormulaAndTheNumbers() {
        CliResult r = CliResult.run("current", "--g", "K=10nS,Na=0.5nS", "--in", "K=140,Na=15", "--out", "K=5,Na=145",
                "--vm", "-80", "--explain");
        r.should().succeeded().outContains("I = g · (V_m − E)", "Σ g·E / Σ g", "Nernst potential of K+");
    }

    @Test
    void batchFromStdinWithMapColumns() {
        String csv = "id,g.Na,g.K,e.Na,e.K,vm\nhh,120mS/cm2,36mS/cm2,50,-77,-65\nabs,10nS,5nS,60,-90,-70\n";
        CliResult r = CliResult.runWithStdin(csv, "current", "--csv", "-");
        r.should().succeeded();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("id,g.Na,g.K,e.Na,e.K,vm,channel,E_mV,drive_mV,I_pA,I_uA_cm2,current,g_nS,"
                + "g_mS_cm2,V_rest_mV");
        assertThat(lines[1]).startsWith("hh,120mS/cm2,36mS/cm2,50,-77,-65,Na,50,-115,,-13800,inward,,120,");
        assertThat(lines[4]).startsWith("abs,10nS,5nS,60,-90,-70,Na,60,-130,-1300,,inward,10,,");
        assertThat(lines[6]).startsWith("abs,").contains(",total,");
    }

    @Test
    void batchMarksBadRows() {
        String csv = "g,e,vm\n10,60,-70\n-1,60,-70\n";
        CliResult r = CliResult.runWithStdin(csv, "current", "--csv", "-", "--on-error", "mark");
        r.should().succeeded();
        assertThat(r.out()).contains("a conductance must be ≥ 0").contains("10,60,-70,,60,-130,-1300,");
    }

    @Test
    void helpHasUnitsDefaultsAndExamples() {
        CliResult r = CliResult.run("current", "--help");
        r.should().succeeded().outContains("Examples:", "echem current --g 10nS --vm -70 --e 60", "nS",
                "mS/cm2", "Fields:");
    }

    private static String[] concat(String[] a, String... b) {
        String[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
