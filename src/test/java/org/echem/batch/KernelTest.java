package org.echem.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.echem.GoldenCases;
import org.echem.calc.Calculation;
import org.echem.calc.Explain;
import org.echem.calc.Inputs;
import org.echem.calc.NernstCalc;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.cli.EchemCli;
import org.echem.io.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A calculation's short path for plain rows ({@link Calculation#kernel}) changes no output: every
 * golden case and random files of plain and not-so-plain cells give the same bytes, messages and
 * exit codes with and without it; and it does take the plain rows (it is not a path never taken).
 */
class KernelTest {
    @TempDir
    Path tmp;

    @AfterEach
    void kernelsAsShipped() {
        Batch.kernels = true;
    }

    private record Run(int exit, String out, String err) {}

    private static Run cli(byte[] stdin, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = EchemCli.run(new ByteArrayInputStream(stdin), out, new PrintWriter(err), args.toArray(new String[0]));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** @return the run with the short path, after asserting that it is the run without it */
    private static Run sameWithoutKernels(byte[] stdin, List<String> args) {
        Batch.kernels = false;
        Run plain = cli(stdin, args);
        Batch.kernels = true;
        Run fast = cli(stdin, args);
        assertThat(fast).as("%s", args).isEqualTo(plain);
        return fast;
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        return GoldenCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> sameWithoutKernels(c.stdin(), c.args())));
    }

    private static final String[] IONS = {"K", "Na", "Cl", "Ca", "H", "Mg", "K+", "Ca2+", "Kx", "k", "", " ", "X"};
    private static final String[] ZS = {"1", "1", "-1", "2", "0", "", "+1", "1.0", "x", "-", "3", "-2", "12345678901"};
    private static final String[] CONCS = {"140", "5", "4.5", "1e-3", "2.5E2", "0.000001", "0", "-3", "", "  ",
        "140mM", "100 uM", "pH7.2", "abc", "1e400", "1e-320", "1.7976931348623157e308", "Infinity", "NaN",
        "123456789012345678", " 140", "140 ", "1e22", "7e-5"};
    private static final String[] TEMPS = {"37", "20", "6.3", "-273.15", "-300", "0", "", "20C", "310K", "1e300",
        "-273.16", "25.0001"};

    private static String pick(Random r, String[] pool) {
        return pool[r.nextInt(pool.length)];
    }

    /** @return a field as CSV writes it: quoted when it holds a delimiter, a quote or spaces at an end */
    private static String field(String s, char sep) {
        boolean quote = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || !s.equals(s.strip());
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Mostly plain rows, a few of every kind of cell the row function reads otherwise or rejects. */
    private static String randomRows(long seed, int rows, List<String> header, char sep) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(String.join(String.valueOf(sep), header)).append('\n');
        for (int i = 0; i < rows; i++) {
            boolean plain = r.nextInt(4) > 0;
            List<String> cells = new ArrayList<>();
            for (String h : header) {
                String c;
                if (h.startsWith("ion")) {
                    c = plain ? IONS[r.nextInt(6)] : pick(r, IONS);
                } else if (h.equals("z")) {
                    c = plain ? ZS[r.nextInt(4)] : pick(r, ZS);
                } else if (h.startsWith("in") || h.startsWith("out")) {
                    c = plain ? String.valueOf(0.001 + r.nextInt(200000) / 1000.0) : pick(r, CONCS);
                } else if (h.startsWith("temp")) {
                    c = plain ? String.valueOf(r.nextInt(400) / 10.0) : pick(r, TEMPS);
                } else {
                    c = "note " + i;
                }
                cells.add(field(c, sep));
            }
            b.append(String.join(String.valueOf(sep), cells)).append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | ion,z,in_mM,out_mM,temp_C | csv | mark | ",
        "2 | ion,in,out | json | mark | --temp 20",
        "3 | z,in_uM,out_M,temp_K,note | csv | skip | ",
        "4 | ion,z,in_mM,out_mM,temp_C | text | mark | ",
        "5 | in,out,temp | tsv | mark | --ion K",
        "6 | ion,z,in_mM,out_mM,temp_C | csv | fail | ",
        "7 | ion,z,in_mM,out_mM | csv | mark | --z 1",
        "8 | ion,z,c_in_mM,c_out_mM,temp_C,E_mV | csv | mark | ",
        "9 | ion,in_mM,out_mM,temp_F | json | skip | ",
        "10 | ion,z,in_mM,out_mM,temp_C | csv | mark | --constants textbook",
        "11 | ion,in,out | csv | mark | --temp 20C",
        "12 | z,in_mM,out_mM | json | mark | --temp 293.15K --ion Na",
    })
    void randomRowsGiveWhatTheRowFunctionGives(long seed, String header, String format, String onError, String extra)
            throws IOException {
        List<String> cols = List.of(header.split(","));
        Path f = tmp.resolve("rows" + seed + ".csv");
        Files.writeString(f, randomRows(seed, 1500, cols, ','), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("nernst", "--csv", f.toString(), "--format", format,
                "--on-error", onError, "--precision", "4"));
        if (extra != null) {
            args.addAll(List.of(extra.split(" ")));
        }
        for (String threads : new String[] {"1", "2"}) {
            List<String> a = new ArrayList<>(args);
            a.addAll(List.of("--threads", threads));
            Run run = sameWithoutKernels(new byte[0], a);
            assertThat(run.out().lines().count()).as("%s", a).isGreaterThan(onError.equals("fail") ? 0 : 300);
        }
        // the same rows from standard input, and with ; as the delimiter (decimal commas)
        sameWithoutKernels(Files.readAllBytes(f), args.stream().map(s -> s.equals(f.toString()) ? "-" : s).toList());
        Path semi = tmp.resolve("semi" + seed + ".csv");
        Files.writeString(semi, randomRows(seed, 500, cols, ';').replace('.', ','), StandardCharsets.UTF_8);
        sameWithoutKernels(new byte[0], args.stream().map(s -> s.equals(f.toString()) ? semi.toString() : s).toList());
    }

    @Test
    void aSweepToo() {
        sameWithoutKernels(new byte[0], List.of("nernst", "--ion", "K", "--in", "140", "--out", "1:100:0.5"));
        sameWithoutKernels(new byte[0], List.of("nernst", "--ion", "Ca", "--in", "100nM", "--out", "2", "--temp", "-300:40:1",
                "--on-error", "mark", "--format", "json"));
    }

    @Test
    void onlyBatchesOfPlainInputsHaveOne() {
        NernstCalc nernst = new NernstCalc();
        assertThat(nernst.kernel(Set.of("ion", "z", "in", "out", "temp"))).isNotNull();
        assertThat(nernst.kernel(Set.of("ion", "in", "out", "note", "cell"))).isNotNull(); // columns nernst does not read
        for (String other : new String[] {"e", "preset", "constants", "activity", "pco2", "in.K", "out.Na"}) {
            assertThat(nernst.kernel(Set.of("ion", "in", "out", other))).as(other).isNull();
        }
    }

    /** The short path takes the plain rows, with the row the row function gives, and leaves it every other. */
    @Test
    void itTakesThePlainRows() {
        Calculation nernst = new NernstCalc();
        Calculation.Kernel kernel = nernst.kernel(Set.of("ion", "z", "in", "out", "temp"));
        RowSource src = new RowSource(List.of("ion", "z", "in_mM", "out_uM", "temp_C"), new OptionSource());
        String[][] plain = {{"K", "1", "140", "5000", "37"}, {"Ca", "2", "1e-4", "2000", "20.5"}, {"Cl", "", "10", "110000", ""},
            {"H", "1", "6.3e-5", "4e-2", "25"}, {"", "-2", "3", "4", "5"}, {"K", "1", "140mM", "5 mM", "310K"}};
        for (String[] cells : plain) {
            src.setRow(List.of(cells), 2);
            List<Row> fast = new ArrayList<>();
            assertThat(kernel.row(src, fast)).as(String.join(",", cells)).isTrue();
            List<Row> rows = new ArrayList<>();
            Calculation.run(nernst, new Inputs(src), rows, Explain.NONE);
            assertThat(fast).hasSize(1);
            Row a = fast.get(0);
            Row b = rows.get(0);
            for (int i = 0; i < b.schema().size(); i++) {
                assertThat(a.get(i)).as("%s field %d", String.join(",", cells), i).isEqualTo(b.get(i));
            }
            assertThat(a.notes()).isEqualTo(b.notes());
            assertThat(a.temperature()).isEqualTo(b.temperature());
            assertThat(a.constants()).isSameAs(b.constants());
            assertThat(a.dependsOnTemperature()).isEqualTo(b.dependsOnTemperature());
        }
        String[][] others = {{"K", "1", "pH7", "5", "37"}, {"K", "1", "140xM", "5", "37"}, {"K", "0", "140", "5", "37"},
            {"K", "2", "140", "5", "37"}, {"Kx", "", "140", "5", "37"}, {"K", "1", "-3", "5", "37"}, {"K", "1", "140", "0", "37"},
            {"K", "1", "140", "5", "-300"}, {"K", "1", "", "5", "37"}, {"K", "1", "K=140", "5", "37"}, {"", "", "140", "5", "37"},
            {"K", "+1", "140", "5", "37"}};
        for (String[] cells : others) {
            src.setRow(List.of(cells), 2);
            List<Row> out = new ArrayList<>();
            assertThat(kernel.row(src, out)).as(String.join(",", cells)).isFalse();
            assertThat(out).isEmpty();
        }
    }
}
