package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.echem.cli.CurrentCommandTest.line;
import static org.echem.cli.CurrentCommandTest.num;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.echem.core.Mobility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box tests of {@code echem ljp}. Sign: LJP = V_bath − V_pipette. Tolerances as issue 19
 * asks: 0.1 mV against LJPcalc's Nernst–Planck values, 0.5 mV against Henderson programs and
 * measured values.
 */
class LjpCommandTest {
    /** The K-gluconate pipette and the ACSF of the LJPcalc README (Figl et al. 2003, AxoBits 39:8). */
    static final String KGLU = "K=145,Na=13,Mg=1,HEPES=5,Gluconate=145,Cl=10";
    static final String ACSF = "K=2.8,Na=145,Mg=2,Ca=1,HEPES=5,Cl=148.8";

    private static CliResult json(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "ljp";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = "json";
        CliResult r = CliResult.run(all);
        r.should().succeeded().finiteOutput();
        return r;
    }

    /**
     * LJPcalc README (github.com/swharden/LJPcalc, 2020): K-gluconate pipette vs ACSF at 20 °C,
     * 16.052 mV by Nernst–Planck; a cell reading −48.13 mV is at −64.18 mV. Seen: 16.0509, −64.1809.
     */
    @Test
    void kGluconateAgainstAcsfAsLjpcalc() {
        CliResult r = json("--pipette", KGLU, "--bath", ACSF, "--temp", "20", "--vm-measured", "-48.13");
        assertThat(r.number("ljp_mV")).isCloseTo(16.052319631180264, within(0.1));
        assertThat(r.number("vm_corrected_mV")).isCloseTo(-64.18, within(0.1));
        assertThat(r.json("method")).isEqualTo("planck");
        assertThat(r.number("temp_C")).isEqualTo(20);
    }

    /** JPCalc (Henderson) in AxoBits 39:8 (Figl, Robinson and Barry 2003), the same solutions: 15.6 mV. Seen: 15.607. */
    @Test
    void kGluconateAgainstAcsfAsJpcalc() {
        CliResult r = json("--pipette", KGLU, "--bath", ACSF, "--temp", "20", "--method", "henderson");
        assertThat(r.number("ljp_mV")).isCloseTo(15.6, within(0.5));
        assertThat(r.json("method")).isEqualTo("henderson");
    }

    /** The named solutions are the README's recipes: the same numbers as the explicit maps. */
    @Test
    void namedSolutionsAreThePublishedRecipes() {
        CliResult named = json("--pipette", "k-gluconate", "--bath", "acsf", "--temp", "20");
        CliResult maps = json("--pipette", KGLU, "--bath", ACSF, "--temp", "20");
        assertThat(named.number("ljp_mV")).isEqualTo(maps.number("ljp_mV"));
        // an entry after a name overrides it
        CliResult over = json("--pipette", "k-gluconate", "--pipette", "Gluconate=135,Cl=20", "--bath", "acsf",
                "--temp", "20");
        CliResult overMaps = json("--pipette", "K=145,Na=13,Mg=1,HEPES=5,Gluconate=135,Cl=20", "--bath", ACSF,
                "--temp", "20");
        assertThat(over.number("ljp_mV")).isEqualTo(overMaps.number("ljp_mV"));
        CliResult cs = json("--pipette", "cs-methanesulfonate", "--bath", "acsf");
        assertThat(cs.number("ljp_mV")).isBetween(5.0, 15.0);
    }

    /** JPCalcWin manual p. 7 (P. H. Barry; Henderson, 20 °C): CsF pipette against NaCl, +8.74 mV. Seen: 8.748. */
    @Test
    void cesiumFluorideAsTheJpcalcWinManual() {
        CliResult r = json("--pipette", "Cs=135,F=135,Na=10,Cl=10", "--bath", "Na=145,Cl=145", "--method",
                "henderson", "--temp", "20");
        assertThat(r.number("ljp_mV")).isCloseTo(8.74, within(0.5));
    }

    /** Ng and Barry (1995) J. Neurosci. Methods 56:37, Table 2, 25 °C: 50 mM NaCl : 50 mM KCl, −4.3 mV. Seen: −4.3615. */
    @ParameterizedTest
    @CsvSource({"planck", "henderson"})
    void ngAndBarrySodiumAgainstPotassium(String method) {
        CliResult r = json("--pipette", "Na=50,Cl=50", "--bath", "K=50,Cl=50", "--temp", "25", "--method", method);
        assertThat(r.number("ljp_mV")).isCloseTo(-4.3, within(0.5));
    }

    /** Property (issue 19, acceptance 2): swapping the sides flips the sign, by either method, any valences. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "K=145,Na=13,Mg=1,HEPES=5,Gluconate=145,Cl=10; K=2.8,Na=145,Mg=2,Ca=1,HEPES=5,Cl=148.8; planck",
        "K=145,Na=13,Mg=1,HEPES=5,Gluconate=145,Cl=10; K=2.8,Na=145,Mg=2,Ca=1,HEPES=5,Cl=148.8; henderson",
        "Cs=135,F=135,Na=10,Cl=10; Na=145,Cl=145; planck",
        "Ca=50,Mg=50,Cl=200; Li=100,Cl=100; planck",
        "K=130,EGTA=1,ATP=2,Cl=120; Na=150,SO4=1,Cl=148; planck",
    })
    void swappingTheSidesFlipsTheSign(String a, String b, String method) {
        double ab = json("--pipette", a, "--bath", b, "--method", method).number("ljp_mV");
        double ba = json("--pipette", b, "--bath", a, "--method", method).number("ljp_mV");
        assertThat(ab).isNotZero();
        assertThat(ba).isCloseTo(-ab, within(1e-6 * Math.abs(ab)));
    }

    @Test
    void identicalSidesGiveZero() {
        assertThat(json("--pipette", "acsf", "--bath", "acsf").number("ljp_mV")).isCloseTo(0, within(1e-12));
        assertThat(json("--pipette", ACSF, "--bath", ACSF, "--method", "henderson").number("ljp_mV"))
                .isCloseTo(0, within(1e-12));
    }

    /** A single salt at two concentrations: LJP = ((u − v)/(u + v))·(RT/F)·ln(c_pipette/c_bath) for a 1:1 salt. */
    @Test
    void singleSaltMatchesTheBinaryClosedForm() {
        double u = 50.11 / 73.5;
        double v = 76.31 / 73.5;
        double vt = 8.31446261815324 * 298.15 / 96485.33212331001 * 1e3;
        double expected = (u - v) / (u + v) * vt * Math.log(100.0 / 10.0);
        CliResult r = json("--pipette", "Na=100,Cl=100", "--bath", "Na=10,Cl=10", "--temp", "25");
        assertThat(r.number("ljp_mV")).isCloseTo(expected, within(1e-9));
    }

    @Test
    void unknownIonNeedsAMobility() {
        CliResult r = CliResult.run("ljp", "--pipette", "K=140,Xyl=140", "--bath", "acsf");
        r.should().exitedWith(2).errContains("Xyl", "--mobility Xyl=", "--z Xyl=");
    }

    /** A bare --mobility is relative to K+ = 1; with S·cm²/mol it is λ⁰, turned into λ⁰/(|z|·73.5). */
    @Test
    void mobilityRelativeOrAsConductivity() {
        double table = json("--pipette", "K=140,Gluconate=140", "--bath", "acsf").number("ljp_mV");
        double relative = json("--pipette", "K=140,X=140", "--bath", "acsf", "--mobility", "X=0.33", "--z", "X=-1")
                .number("ljp_mV");
        double lambda = json("--pipette", "K=140,X-=140", "--bath", "acsf", "--mobility", "X=24.255S·cm2/mol")
                .number("ljp_mV");
        assertThat(relative).isCloseTo(table, within(1e-9));
        assertThat(lambda).isCloseTo(table, within(1e-9));
        CliResult bad = CliResult.run("ljp", "--pipette", "K=140,X-=140", "--bath", "acsf", "--mobility", "X=3volts");
        bad.should().exitedWith(2).errContains("--mobility X", "3volts", "S·cm2/mol");
    }

    @Test
    void aSideThatIsNotNeutralIsAnErrorSuggestingBalance() {
        CliResult r = CliResult.run("ljp", "--pipette", "K=140,Cl=130", "--bath", "acsf");
        r.should().exitedWith(2).errContains("pipette", "not electroneutral", "+10 mM", "--balance");
    }

    @Test
    void balanceAdjustsAndReports() {
        CliResult r = json("--pipette", "K=140,Cl=130", "--bath", "acsf", "--balance", "Cl");
        CliResult neutral = json("--pipette", "K=140,Cl=140", "--bath", "acsf");
        assertThat(r.json("balance_ion")).isEqualTo("Cl");
        assertThat(r.number("pipette_adjust_mM")).isCloseTo(10, within(1e-9));
        assertThat(r.number("bath_adjust_mM")).isZero();
        assertThat(r.number("ljp_mV")).isEqualTo(neutral.number("ljp_mV"));
        CliResult wrong = CliResult.run("ljp", "--pipette", "K=140,Cl=130", "--bath", "acsf", "--balance", "Na");
        wrong.should().exitedWith(2).errContains("--balance", "Na");
    }

    @Test
    void explainShowsMobilitiesSourcesAndTheEquation() {
        CliResult r = CliResult.run("ljp", "--pipette", KGLU, "--bath", ACSF, "--temp", "20", "--method", "henderson",
                "--explain");
        r.should().succeeded().outContains("Gluconate", "u = 0.33", "UNSW", "Lange", "pipette 145, bath 0",
                "S_p", "ln(", "= 15.607 mV");
        CliResult p = CliResult.run("ljp", "--pipette", "Na=50,Cl=50", "--bath", "K=50,Cl=50", "--temp", "25",
                "--explain", "--vm-measured", "-60");
        p.should().succeeded().outContains("closed form", "Brent", "-4.3615 mV", "V_cell = V_measured − LJP");
    }

    @Test
    void badInputIsExitTwo() {
        CliResult.run("ljp", "--pipette", KGLU, "--bath", ACSF, "--method", "goldman").should().exitedWith(2)
                .errContains("--method", "goldman", "planck", "henderson");
        CliResult.run("ljp", "--pipette", "K=-5,Cl=140", "--bath", ACSF).should().exitedWith(2).errContains("-5");
        CliResult.run("ljp", "--pipette", "seawater", "--bath", ACSF).should().exitedWith(2)
                .errContains("seawater", "k-gluconate");
        CliResult.run("ljp", "--bath", ACSF).should().exitedWith(2).errContains("--pipette");
    }

    /** Issue 19, acceptance 3: a solver failure is exit 5 with a message (here 320 decades between the sides). */
    @Test
    void solverFailureIsExitFive() {
        CliResult r = CliResult.run("ljp", "--pipette", "Ca=1e-320,Cl=2e-320", "--bath", "Ca=2,Cl=4");
        r.should().exitedWith(5).errContains("Henderson");
    }

    @Test
    void batchWithColumnsPerIon(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ljp.csv");
        Files.writeString(csv, "id,pipette.Na,pipette.K,pipette.Cl,bath.Na,bath.K,bath.Cl,temp\n"
                + "a,50,,50,,50,50,25\n"
                + "b,,50,50,50,,50,25\n", StandardCharsets.UTF_8);
        CliResult r = CliResult.run("ljp", "--csv", csv.toString(), "--format", "json");
        r.should().succeeded();
        assertThat(num(line(r, "id", "a"), "ljp_mV")).isCloseTo(-4.3615, within(1e-3));
        assertThat(num(line(r, "id", "b"), "ljp_mV")).isCloseTo(4.3615, within(1e-3));
    }

    @Test
    void checkGradesLjpQuantities(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("key.csv");
        Files.writeString(csv, "id,command,pipette,bath,temp,vm-measured,quantity,answer\n"
                + "1,ljp,k-gluconate,acsf,20,,ljp_mV,16.05\n"
                + "2,ljp,k-gluconate,acsf,20,-48.13,vm_corrected_mV,-64.18 mV\n", StandardCharsets.UTF_8);
        CliResult r = CliResult.run("check", csv.toString(), "--format", "json");
        r.should().succeeded();
        assertThat(r.out()).doesNotContain("incorrect");
    }

    /** {@code echem ions --mobility}: the table with z, λ⁰, u = λ⁰/(|z|·73.5) and a source, in every format. */
    @ParameterizedTest
    @CsvSource({"text", "csv", "tsv", "json"})
    void ionsListsTheMobilityTable(String format) {
        CliResult r = CliResult.run("ions", "--mobility", "--format", format);
        r.should().succeeded().finiteOutput().outContains("Gluconate", "HEPES", "EGTA", "ATP", "NMDG", "Lange",
                "UNSW");
        if (!format.equals("text")) {
            r.should().outContains("lambda_S_cm2_mol", "mobility_rel", "source");
        }
        if (format.equals("json")) {
            String mg = line(r, "ion", "Mg");
            assertThat(num(mg, "z")).isEqualTo(2);
            assertThat(num(mg, "mobility_rel")).isCloseTo(53.06 / (2 * 73.5), within(1e-12));
        }
    }

    @Test
    void ionsShowsTheNamedSolutions() {
        CliResult r = CliResult.run("ions", "--preset", "k-gluconate", "--format", "json");
        r.should().succeeded();
        assertThat(num(line(r, "ion", "Gluconate"), "conc_mM")).isEqualTo(145);
        assertThat(r.out()).contains("AxoBits");
        CliResult.run("ions", "--preset", "seawater").should().exitedWith(2).errContains("mammalian", "acsf");
    }

    /** A random electroneutral solution of 1–5 table ions, 0.1–150 mM, completed with K or Cl. */
    private static String randomSolution(Random rnd) {
        List<Mobility.Entry> table = Mobility.table();
        Map<String, Double> c = new LinkedHashMap<>();
        Map<String, Integer> z = new LinkedHashMap<>();
        int n = 1 + rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            Mobility.Entry e = table.get(rnd.nextInt(table.size()));
            c.merge(e.name(), 0.1 * Math.pow(1500, rnd.nextDouble()), Double::sum);
            z.put(e.name(), e.z());
        }
        double q = 0;
        for (Map.Entry<String, Double> e : c.entrySet()) {
            q += z.get(e.getKey()) * e.getValue();
        }
        c.merge(q > 0 ? "Cl" : "K", Math.abs(q) + 1, Double::sum);
        c.merge(q > 0 ? "K" : "Cl", 1.0, Double::sum);
        List<String> parts = new ArrayList<>();
        c.forEach((k, v) -> parts.add(k + "=" + String.format(Locale.ROOT, "%.17g", v)));
        return String.join(",", parts);
    }

    /**
     * Property through the command line, on random solutions of the mobility table (seeded): both
     * methods succeed, and swapping the sides flips the sign.
     */
    @Test
    void randomTableSolutionsSucceedAndFlipSign() {
        Random rnd = new Random(19);
        for (int i = 0; i < 25; i++) {
            String a = randomSolution(rnd);
            String b = randomSolution(rnd);
            for (String method : new String[] {"planck", "henderson"}) {
                double ab = json("--pipette", a, "--bath", b, "--method", method).number("ljp_mV");
                double ba = json("--pipette", b, "--bath", a, "--method", method).number("ljp_mV");
                assertThat(ba).as("%s | %s, %s", a, b, method).isCloseTo(-ab, within(1e-6 * Math.abs(ab) + 1e-9));
            }
        }
    }
}
