package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PumpCommandTest {
    private static final String[] BASE = {"pump", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--perm", "Na=0.04"};
    private static final String[] SEED = args(BASE, "--ratio", "3:2");

    private static String[] args(String[] base, String... more) {
        String[] a = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, a, base.length, more.length);
        return a;
    }

    /** @return the JSON lines of stdout */
    private static List<String> lines(CliResult r) {
        return Arrays.stream(r.out().strip().split("\n")).collect(Collectors.toList());
    }

    private static String rowOf(CliResult r, String ion) {
        List<String> rows = lines(r).stream().filter(l -> ion.equals(JsonLine.field(l, "ion")))
                .collect(Collectors.toList());
        assertThat(rows).as("rows with ion=%s in %s", ion, r.out()).hasSize(1);
        return rows.get(0);
    }

    // public reference cases seed-pump-contrib, seed-pump-v (rel 1e-9)
    @Test
    void publicCaseContributionAndPotential() {
        CliResult r = CliResult.run(args(SEED, "--format", "json"));
        r.should().succeeded().finiteOutput();
        assertThat(r.number("pump_contribution_mV")).isCloseTo(-5.2337137898977145, within(5.3e-9));
        assertThat(r.number("V_pump_mV")).isCloseTo(-73.824285980485751, within(7.4e-8));
        assertThat(r.number("V_nopump_mV")).isCloseTo(-68.59057219058803, within(6.9e-8));
    }

    // public reference cases seed-pump-block-na, seed-pump-block-na-before (rel 1e-9)
    @Test
    void publicCaseBlockNa() {
        CliResult r = CliResult.run(args(SEED, "--block", "--format", "json"));
        r.should().succeeded().finiteOutput();
        assertThat(lines(r)).hasSize(3);
        String na = rowOf(r, "Na");
        assertThat(Double.parseDouble(JsonLine.field(na, "drive_after_mV"))).isCloseTo(-129.22490383364143,
                within(1.3e-7));
        assertThat(Double.parseDouble(JsonLine.field(na, "drive_before_mV"))).isCloseTo(-134.45861762353914,
                within(1.4e-7));
        assertThat(JsonLine.field(na, "V_pump_mV")).as("ion rows leave the V fields empty").isNull();
        String first = lines(r).get(0);
        assertThat(JsonLine.field(first, "ion")).isNull();
        assertThat(Double.parseDouble(JsonLine.field(first, "V_pump_mV"))).isCloseTo(-73.824285980485751,
                within(7.4e-8));
    }

    @Test
    void blockChangesEveryDriveByTheJumpAndLeavesEUnchanged() {
        CliResult r = CliResult.run(args(SEED, "--block", "--format", "json"));
        double jump = -Double.parseDouble(JsonLine.field(lines(r).get(0), "pump_contribution_mV"));
        for (String ion : List.of("K", "Na")) {
            String row = rowOf(r, ion);
            double before = Double.parseDouble(JsonLine.field(row, "drive_before_mV"));
            double after = Double.parseDouble(JsonLine.field(row, "drive_after_mV"));
            assertThat(after - before).isCloseTo(jump, within(1e-9));
        }
        double eNa = Double.parseDouble(JsonLine.field(rowOf(r, "Na"), "E_mV"));
        double nernstNa = CliResult.run("nernst", "--ion", "Na", "--in", "15", "--out", "145", "--format", "json")
                .number("E_mV");
        assertThat(eNa).isEqualTo(nernstNa);
    }

    /** The classic error is to say the Na+ drive grows on block: text and --explain say it shrinks. */
    @Test
    void textSaysTheInwardNaDriveShrinksAndExplainSaysWhy() {
        CliResult r = CliResult.run(args(SEED, "--block"));
        r.should().succeeded().outContains("Na+: the inward driving force shrinks", "K+: the outward driving force grows",
                "V_m − E before", "37 °C", "codata2018");
        CliResult ex = CliResult.run(args(SEED, "--block", "--explain"));
        ex.should().succeeded().outContains("Mullins–Noda (1963)", "moves it toward E_Na", "|V_m − E_Na| shrinks",
                "A classic error", "E_Na falls only later");
    }

    @Test
    void textAndExplainWithoutBlock() {
        CliResult r = CliResult.run(args(SEED, "--explain"));
        r.should().succeeded().outContains("V with pump", "-73.824 mV", "pump contribution", "-5.2337 mV",
                "hyperpolarises V_m by 5.2337 mV", "13.3 / 210.6");
        assertThat(r.out()).doesNotContain("drive");
    }

    @ParameterizedTest
    @CsvSource({"csv, ','", "tsv, '\t'"})
    void delimitedFormats(String format, char sep) {
        CliResult r = CliResult.run(args(SEED, "--format", format, "--precision", "4"));
        r.should().succeeded();
        assertThat(r.out()).isEqualTo(String.join(String.valueOf(sep), "V_pump_mV", "V_nopump_mV",
                "pump_contribution_mV") + "\n" + String.join(String.valueOf(sep), "-73.8243", "-68.5906", "-5.2337")
                + "\n");
    }

    @Test
    void csvWithBlockHasTheFixedSchemaAndEmptyCells() {
        CliResult r = CliResult.run(args(SEED, "--block", "--format", "csv", "--precision", "2"));
        r.should().succeeded();
        assertThat(r.out()).isEqualTo("V_pump_mV,V_nopump_mV,pump_contribution_mV,ion,E_mV,drive_before_mV,"
                + "drive_after_mV\n-73.82,-68.59,-5.23,,,,\n,,,K,-89.06,15.23,20.47\n,,,Na,60.63,-134.46,-129.22\n");
    }

    @Test
    void ratioOneContributesNothingAndRatioMayBeANumber() {
        assertThat(CliResult.run(args(BASE, "--ratio", "1", "--format", "json")).number("pump_contribution_mV"))
                .isZero();
        assertThat(CliResult.run(args(BASE, "--ratio", "2:2", "--format", "json")).number("pump_contribution_mV"))
                .isZero();
        assertThat(CliResult.run(args(BASE, "--ratio", "1.5", "--format", "json")).number("V_pump_mV"))
                .isEqualTo(CliResult.run(args(SEED, "--format", "json")).number("V_pump_mV"));
    }

    @Test
    void ratioDefaultsToThreeToTwo() {
        CliResult r = CliResult.run("pump", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--perm", "Na=0.04",
                "--format", "json");
        assertThat(r.number("V_pump_mV")).isEqualTo(CliResult.run(args(SEED, "--format", "json")).number("V_pump_mV"));
    }

    @Test
    void absolutePermeabilitiesUseTheirRatio() {
        CliResult r = CliResult.run("pump", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--perm",
                "K=5e-7cm/s,Na=2e-8cm/s", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("V_pump_mV")).isCloseTo(-73.824285980485751, within(1e-9));
    }

    @Test
    void presetGivesRowsForEveryIonOnBlock() {
        CliResult r = CliResult.run("pump", "--preset", "mammalian", "--perm", "Na=0.01", "--block", "--format",
                "json");
        r.should().succeeded().finiteOutput();
        assertThat(lines(r)).hasSizeGreaterThanOrEqualTo(3);
        rowOf(r, "Cl");
    }

    @Test
    void ohmicView() {
        CliResult r = CliResult.run("pump", "--pump-current", "20pA", "--g-total", "4nS", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("pump_contribution_mV")).isCloseTo(-5, within(1e-12));
        assertThat(r.json("V_pump_mV")).isNull();
        CliResult area = CliResult.run("pump", "--pump-current", "1uA/cm2", "--g-total", "0.3mS/cm2", "--format",
                "json");
        assertThat(area.number("pump_contribution_mV")).isCloseTo(-10.0 / 3, within(1e-12));
        CliResult inward = CliResult.run("pump", "--pump-current", "-10", "--g-total", "2", "--explain");
        inward.should().succeeded().outContains("ΔV = −I/G", "depolarises V_m by 5 mV");
    }

    @Test
    void batchFromStdin() {
        String csv = "id,in.K,in.Na,out.K,out.Na,perm.Na,ratio\n"
                + "a,140,15,5,145,0.04,3:2\n"
                + "b,140,15,5,145,0.04,1\n";
        CliResult r = CliResult.runWithStdin(csv, "pump", "--csv", "-");
        r.should().succeeded();
        String[] out = r.out().split("\n");
        assertThat(out[0]).isEqualTo("id,in.K,in.Na,out.K,out.Na,perm.Na,ratio,V_pump_mV,V_nopump_mV,"
                + "pump_contribution_mV");
        assertThat(out[1]).startsWith("a,140,15,5,145,0.04,3:2,-73.8242859804858");
        assertThat(out[2]).endsWith(",0");
    }

    /** Regression: a map cell in a column ("perm") whose prefix is longer than a map key ("in.K") threw. */
    @Test
    void batchWithMapCellsInPrefixedColumns() {
        String csv = "in,out,perm\n\"K=140,Na=15\",\"K=5,Na=145\",Na=0.04\n";
        CliResult r = CliResult.runWithStdin(csv, "pump", "--csv", "-", "--block", "--format", "json");
        r.should().succeeded();
        assertThat(Double.parseDouble(JsonLine.field(rowOf(r, "Na"), "drive_after_mV")))
                .isCloseTo(-129.22490383364143, within(1.3e-7));
    }

    @Test
    void batchBlockColumnAndMarkedErrors() {
        String csv = "in.K,in.Na,out.K,out.Na,ratio,block\n140,15,5,145,3:2,false\n140,15,5,145,3:0,true\n";
        CliResult r = CliResult.runWithStdin(csv, "pump", "--csv", "-", "--perm", "Na=0.04", "--on-error", "mark");
        r.should().succeeded();
        String[] out = r.out().split("\n");
        assertThat(out[0]).endsWith("pump_contribution_mV,ion,E_mV,drive_before_mV,drive_after_mV,error");
        assertThat(out).hasSize(3);
        assertThat(out[2]).contains("line 3, column ratio '3:0'", "denominator");
    }

    /** Regression: an empty block cell under a block column made a row narrower than the header (internal error). */
    @Test
    void batchWithAnEmptyBlockCell() {
        String csv = "in.K,in.Na,out.K,out.Na,block\n140,15,5,145,\n140,15,5,145,true\n";
        CliResult r = CliResult.runWithStdin(csv, "pump", "--csv", "-", "--perm", "Na=0.04");
        r.should().succeeded();
        String[] out = r.out().split("\n");
        assertThat(out).hasSize(5);
        assertThat(out[1]).isEqualTo("140,15,5,145,,-73.8242859804858,-68.590572190588,-5.23371378989772,,,,");
        assertThat(out[4]).startsWith("140,15,5,145,true,,,,Na,60.6343316430534");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--ratio 3:0 | --ratio '3:0'| denominator",
        "--ratio 0:2 | --ratio '0:2'| numerator",
        "--ratio abc | --ratio 'abc'| n:m",
        "--ratio -1.5 | --ratio '-1.5'| > 0",
        "--perm Na=-0.1 | --perm Na '-0.1'| ≥ 0",
        "--perm Na=0.04,Cl=0.45 | --perm Cl | ghk",
        "--perm Na=1e-7cm/s | --perm Na | absolute",
        "--perm K=1,Na=1e-7cm/s | --perm K | both be relative",
        "--perm K=0,Na=0.04 | --perm K | > 0",
        "--perm Na=5mM | --perm Na | concentration",
    })
    void badInputsExitTwo(String extra, String names, String what) {
        String[] base = {"pump", "--in", "K=140,Na=15", "--out", "K=5,Na=145"};
        String[] more = extra.strip().split(" ");
        boolean hasPerm = extra.contains("--perm") || extra.contains("--pump-current");
        String[] a = hasPerm ? args(base, more) : args(args(base, "--perm", "Na=0.04"), more);
        CliResult r = CliResult.run(a);
        r.should().exitedWith(2).errContains(names.strip(), what.strip());
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pump --in K=140 --out K=5 --perm Na=0.04 | Na is missing",
        "pump --in Na=15 --out Na=145 --perm Na=0.04 | K is missing",
        "pump --in K=140,Na=15 --out K=5 --perm Na=0.04 | --out is missing the outside concentration of Na",
        "pump --in K=140,Na=15 --out K=5,Na=145 | --perm Na is missing",
        "pump --in 140 --out 5 --perm Na=0.04 | NAME=CONC pairs",
        "pump --perm Na=0.04 | no ion given",
        "pump --in K=140,Na=-15 --out K=5,Na=145 --perm Na=0.04 | > 0",
        "pump --pump-current 10pA | --g-total is missing",
        "pump --g-total 10nS | --pump-current is missing",
        "pump --pump-current 10pA --g-total 1mS/cm2 | both absolute",
        "pump --pump-current 10pA --g-total 0 | > 0",
        "pump --pump-current 10pA --g-total -3 | > 0",
        "pump --pump-current 10mV --g-total 3 | a voltage",
        "pump --pump-current 10 --g-total 3 --in K=140,Na=15 | not both",
        "pump --pump-current 10 --g-total 3 --ratio 3:2 | not both",
        "pump --pump-current 5 --g-total 1 --block | a block needs the concentrations",
    })
    void badCommandLinesExitTwo(String line, String what) {
        CliResult r = CliResult.run(line.strip().split(" "));
        r.should().exitedWith(2).errContains(what.strip());
    }

    @Test
    void helpShowsUnitsDefaultsFieldsAndExamples() {
        CliResult r = CliResult.run("pump", "--help");
        r.should().succeeded().outContains("--ratio=<n:m>", "Default: 3:2", "--perm=<perm>", "Fields: V_pump_mV",
                "drive_before_mV", "Examples:", "echem pump --pump-current 20pA --g-total 4nS", "bare number: pA");
    }
}
