package org.echem.batch;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.echem.calc.Declaration;
import org.echem.calc.Explain;
import org.echem.calc.Inputs;
import org.echem.calc.NernstCalc;
import org.echem.calc.OptionSource;
import org.echem.cli.EchemCli;
import org.echem.io.Format;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.io.Stdout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file read in blocks on several threads gives the bytes a one-thread run gives: the golden cases
 * and random files with quoted line breaks, CR and CRLF, blank lines, bad rows and invalid CSV, cut
 * into blocks of a few hundred bytes, with --threads 2, 3 and 8 against --threads 1.
 */
class ParallelFileTest {
    @TempDir
    Path tmp;

    @AfterEach
    void blocksAsShipped() {
        ParallelFile.blockBytes = 1 << 18;
    }

    private record Run(int exit, String out, String err) {}

    private static Run cli(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = EchemCli.run(new java.io.ByteArrayInputStream(new byte[0]), out, new PrintWriter(err),
                args.toArray(new String[0]));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> a = new ArrayList<>(args);
        a.addAll(List.of(more));
        return a;
    }

    /** Every golden case that reads a CSV, its standard input turned into a file, on 1, 2, 3 and 8 threads. */
    @TestFactory
    Stream<DynamicTest> goldenCasesFromAFile() {
        return GoldenCases.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path dir = c.dir();
            List<String> args = new ArrayList<>(c.args());
            int csv = args.indexOf("--csv");
            if (csv < 0 || csv + 1 >= args.size()) {
                return;
            }
            if (args.get(csv + 1).equals("-")) {
                Path f = tmp.resolve(dir.getFileName() + ".csv");
                Files.write(f, c.stdin());
                args.set(csv + 1, f.toString());
            } else if (Files.exists(dir.resolve("stdout")) && !args.contains("--threads")) {
                String golden = Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8);
                for (int threads : new int[] {2, 3, 8}) {
                    assertThat(cli(with(args, "--threads", "" + threads)).out()).isEqualTo(golden);
                }
            }
            for (int block : new int[] {64, 1 << 20}) {
                ParallelFile.blockBytes = block;
                Run one = cli(with(args, "--threads", "1"));
                for (int threads : new int[] {2, 3, 8}) {
                    assertThat(cli(with(args, "--threads", "" + threads))).as("%d threads, blocks of %d", threads, block)
                            .isEqualTo(one);
                }
            }
        }));
    }

    /** A few thousand rows with quoted line breaks, CR and CRLF line ends, blank lines and bad rows. */
    private static String randomRows(long seed, int rows) {
        Random r = new Random(seed);
        String[] ions = {"K", "Na", "Cl", "Ca", "\"K\"", "Kx"};
        int[] z = {1, 1, -1, 2, 1, 1};
        String[] ends = {"\n", "\r\n", "\r"};
        String end = ends[r.nextInt(3)];
        StringBuilder b = new StringBuilder("ion,z,in_mM,out_mM,temp_C,note" + end);
        for (int i = 0; i < rows; i++) {
            if (r.nextInt(200) == 0) {
                b.append(end); // a blank line
            }
            if (r.nextInt(300) == 0) {
                end = ends[r.nextInt(3)];
            }
            int k = r.nextInt(ions.length);
            String in = r.nextInt(150) == 0 ? "-3" : String.valueOf(1 + r.nextInt(200) + r.nextInt(1000) / 1000.0);
            String note;
            switch (r.nextInt(6)) {
                case 0:
                    note = "\"two\nlines, " + i + "\"";
                    break;
                case 1:
                    note = "\"a \"\"quote\"\"\r\nand CRLF\"";
                    break;
                case 2:
                    note = "\"lone\rCR\"";
                    break;
                case 3:
                    note = "caf\u00e9 " + i;
                    break;
                case 4:
                    note = "";
                    break;
                default:
                    note = "plain" + i;
            }
            b.append(ions[k]).append(',').append(z[k]).append(',').append(in).append(',')
                    .append(1 + r.nextInt(150)).append(',').append(r.nextInt(40)).append(',').append(note).append(end);
        }
        return b.toString();
    }

    private Path file(String text) throws IOException {
        Path f = Files.createTempFile(tmp, "rows", ".csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void sameOnEveryThreadCount(List<String> args) {
        for (int block : new int[] {97, 600, 4096}) {
            ParallelFile.blockBytes = block;
            Run one = cli(with(args, "--threads", "1"));
            for (int threads : new int[] {2, 3, 8}) {
                Run many = cli(with(args, "--threads", "" + threads));
                assertThat(many).as("%d threads, blocks of %d bytes", threads, block).isEqualTo(one);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, csv, mark", "2, csv, skip", "3, csv, fail", "4, json, mark", "5, tsv, skip", "6, json, fail"})
    void randomFilesGiveWhatOneThreadGives(long seed, String format, String onError) throws IOException {
        Path f = file(randomRows(seed, 3000));
        List<String> args = List.of("nernst", "--csv", f.toString(), "--format", format, "--on-error", onError,
                "--precision", "4");
        Run one = cli(with(args, "--threads", "1"));
        assertThat(one.exit()).isEqualTo(onError.equals("fail") ? 3 : 0);
        assertThat(one.out().length()).isGreaterThan(onError.equals("fail") ? 10 : 100_000);
        sameOnEveryThreadCount(args);
    }

    @Test
    void theShortestTextOfEveryNumber() throws IOException {
        Path f = file(randomRows(7, 2000));
        sameOnEveryThreadCount(List.of("nernst", "--csv", f.toString(), "--on-error", "mark"));
    }

    /** Invalid CSV after many blocks: the rows before it, then the same message (exit 3). */
    @ParameterizedTest
    @CsvSource({"'\"Cl\"x,10,110,1,1,x\n'", "'K,1,10,\"never closed\n'"})
    void invalidCsvStopsWhereOneThreadStops(String bad) throws IOException {
        String rows = randomRows(11, 1500);
        Path f = file(rows + bad + "Na,1,15,145,20,after\n");
        List<String> args = List.of("nernst", "--csv", f.toString(), "--on-error", "mark");
        Run one = cli(with(args, "--threads", "1"));
        assertThat(one.exit()).isEqualTo(3);
        assertThat(one.err()).startsWith("echem: ").contains("not valid CSV: line ");
        sameOnEveryThreadCount(args);
    }

    /** A quoted field longer than a block: the rest of the file is read as one stream, with the same lines. */
    @Test
    void aRecordLongerThanABlock() throws IOException {
        String rows = randomRows(12, 800);
        Path f = file(rows + "K,1,10,100,20,\"" + "long\n".repeat(400) + "\"\n" + randomRows(13, 300).substring(31)
                + "K,1,-3,100,20,bad\n");
        List<String> args = List.of("nernst", "--csv", f.toString(), "--on-error", "mark");
        assertThat(cli(with(args, "--threads", "1")).out()).contains("line 1", "long\nlong");
        sameOnEveryThreadCount(args);
    }

    /** A bug in a row: exit 1, naming the line, whatever --on-error says; the rows before it written. */
    @Test
    void aCrashNamesItsLine() throws IOException {
        Calculation crashing = new Calculation() {
            @Override
            public Declaration declaration() {
                return new NernstCalc().declaration();
            }

            @Override
            public Schema schema(Set<String> present) {
                return new NernstCalc().schema(present);
            }

            @Override
            public void compute(Inputs in, List<Row> out, Explain explain) {
                if (in.source().where("ion").startsWith("line 2500,")) {
                    throw new IllegalStateException("boom");
                }
                new NernstCalc().compute(in, out, explain);
            }
        };
        StringBuilder b = new StringBuilder("ion,in,out\n");
        for (int i = 0; i < 3000; i++) {
            b.append(i % 7 == 0 ? "Na" : "K").append(',').append(100 + i % 50).append(",5\n");
        }
        Path f = file(b.toString());
        List<String> outs = new ArrayList<>();
        for (int threads : new int[] {1, 2, 3, 8}) {
            ParallelFile.blockBytes = 1000;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Stdout stdout = new Stdout(out);
            String failure = null;
            try {
                new Batch(crashing, new OptionSource(), new Settings(f.toString(), null, 4, OnError.MARK, null, false,
                        org.echem.io.Numbers.DEFAULT_DIGITS, threads),
                        Format.CSV, null).run(stdout, new PrintWriter(new StringWriter(), true));
            } catch (RuntimeException | IOException e) {
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            stdout.flush();
            assertThat(failure).isEqualTo("IllegalStateException: line 2500: java.lang.IllegalStateException: boom");
            outs.add(out.toString(StandardCharsets.UTF_8));
        }
        assertThat(outs.get(0).lines().count()).isEqualTo(2499);
        assertThat(outs).containsOnly(outs.get(0));
    }

    @Test
    void cutsFollowQuotes() {
        byte[] b = "a,\"x\ny\"\nb,c\"d\ne,\"\"\"\n\"\r".getBytes(StandardCharsets.UTF_8);
        assertThat(ParallelFile.boundary(b, 0, b.length, ',', true)).isEqualTo(8);
        // the last sure end: the CR last may start a CRLF
        assertThat(ParallelFile.boundary(b, 0, b.length, ',', false)).isEqualTo(14);
        assertThat(ParallelFile.lineBreaks(b, 0, b.length)).isEqualTo(5);
        // the one-pass cut counts the line breaks before it as lineBreaks does, quoted ones too
        long cut = ParallelFile.cut(b, 0, b.length, ',', false);
        assertThat((int) cut).isEqualTo(14);
        assertThat(cut >>> 32).isEqualTo(ParallelFile.lineBreaks(b, 0, 14));
        byte[] crs = "a\r\"x\ry\r\nz\"\rb\n".getBytes(StandardCharsets.UTF_8);
        long c2 = ParallelFile.cut(crs, 0, crs.length, ',', false);
        assertThat((int) c2).isEqualTo(crs.length);
        assertThat(c2 >>> 32).isEqualTo(ParallelFile.lineBreaks(crs, 0, crs.length)).isEqualTo(5);
    }
}
