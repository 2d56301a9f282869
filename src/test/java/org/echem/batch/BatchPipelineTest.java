package org.echem.batch;

import org.echem.calc.Calculation;
import org.echem.calc.Declaration;
import org.echem.calc.Explain;
import org.echem.calc.Inputs;
import org.echem.calc.NernstCalc;
import org.echem.calc.OptionSource;
import org.echem.io.Format;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.io.Stdout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows calculated on a thread of their own come out exactly as rows calculated on the reading thread: same
 * bytes in the same order, same errors at the same line, same skip count, for files many chunks long.
 */
class BatchPipelineTest {
    /** 5,000 rows (ten chunks), with a bad row now and then and a blank line. */
    private static String input() {
        Random r = new Random(42);
        StringBuilder b = new StringBuilder("ion,z,in_mM,out_mM,temp_C,note\n");
        String[] ions = {"K", "Na", "Cl", "Ca"};
        int[] z = {1, 1, -1, 2};
        for (int i = 0; i < 5000; i++) {
            int k = r.nextInt(ions.length);
            String in = String.valueOf(1 + r.nextInt(200) + r.nextInt(1000) / 1000.0);
            if (i % 997 == 500) {
                in = "-3"; // outside the domain
            }
            if (i == 3000) {
                b.append('\n');
            }
            b.append(ions[k]).append(',').append(z[k]).append(',').append(in).append(',')
                    .append(1 + r.nextInt(150)).append(',').append(r.nextInt(40)).append(",\"row ").append(i)
                    .append(", quoted\"\n");
        }
        return b.toString();
    }

    private record Run(String out, String err, String failure) {}

    private static Run run(Calculation calc, Format format, OnError onError, int threads) {
        return run(input(), calc, format, onError, threads);
    }

    private static Run run(String input, Calculation calc, Format format, OnError onError, int threads) {
        Settings common = new Settings("-", null, 4, onError);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Stdout stdout = new Stdout(out);
        String failure = null;
        try {
            new Batch(calc, new OptionSource(), common, format,
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), threads)
                    .run(stdout, new PrintWriter(err, true));
        } catch (Exception e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        stdout.flush();
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(), failure);
    }

    @ParameterizedTest
    @CsvSource({"CSV, MARK", "CSV, SKIP", "CSV, FAIL", "JSON, MARK", "TSV, SKIP"})
    void twoThreadsGiveWhatOneThreadGives(Format format, OnError onError) {
        Run one = run(new NernstCalc(), format, onError, 1);
        Run two = run(new NernstCalc(), format, onError, 2);
        assertThat(two).isEqualTo(one);
        long lines = one.out().lines().count();
        switch (onError) {
            case MARK:
                assertThat(lines).isEqualTo(5001 - (format == Format.JSON ? 1 : 0));
                assertThat(one.out()).contains("line 502, column in_mM '-3': a concentration must be > 0");
                break;
            case SKIP:
                assertThat(one.err()).isEqualTo("echem: skipped 5 rows with errors (first: line 502, column in_mM"
                        + " '-3': a concentration must be > 0)\n");
                assertThat(lines).isEqualTo(5001 - 5);
                break;
            default:
                assertThat(one.failure()).isEqualTo("DataException: line 502, column in_mM '-3': a concentration"
                        + " must be > 0");
                assertThat(lines).isEqualTo(1 + 500); // the header and the rows before the bad one
        }
    }

    /** Invalid CSV after 1,000 good rows (two chunks): the rows before it are written, then exit 3. */
    @ParameterizedTest
    @CsvSource({"1", "2"})
    void rowsBeforeInvalidCsvAreWritten(int threads) {
        StringBuilder b = new StringBuilder("ion,in,out\n");
        for (int i = 0; i < 1000; i++) {
            b.append("K,").append(100 + i % 50).append(",5\n");
        }
        b.append("\"Cl\"x,10,110\nNa,15,145\n");
        Run r = run(b.toString(), new NernstCalc(), Format.CSV, OnError.MARK, threads);
        assertThat(r.failure()).isEqualTo("DataException: standard input: not valid CSV: line 1002: text after a"
                + " closing quote ('x'); a quoted field ends at a delimiter or at the end of its line (a quote inside"
                + " quotes is written twice: \"\")");
        assertThat(r.out().lines().count()).isEqualTo(1001);
        assertThat(r.out()).endsWith("\nK,149,5,1,149.0000,5.0000,37.0000,-90.7239,61.5404,\n"); // one-off: -90.72386868804496
    }

    /** A failure that is not a row error (here a stand-in for no convergence) stops the run after the rows before it. */
    @ParameterizedTest
    @CsvSource({"1", "2"})
    void aCrashStopsAfterTheRowsBeforeIt(int threads) {
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
                if (in.source().where("ion").startsWith("line 2000,")) { // in the fourth chunk
                    throw new IllegalStateException("boom at " + in.source().where("ion"));
                }
                new NernstCalc().compute(in, out, explain);
            }
        };
        Run r = run(crashing, Format.CSV, OnError.MARK, threads);
        assertThat(r.failure()).isEqualTo("IllegalStateException: line 2000: java.lang.IllegalStateException: boom at"
                + " line 2000, column ion"); // a bug names its row, whatever --on-error says
        assertThat(r.out().lines().count()).isEqualTo(1999); // the header and the 1,998 rows before it
        assertThat(r.out()).endsWith("\nK,1,133.54,134,14,\"row 1997, quoted\",133.5400,134.0000,0.0851,56.9767,\n");
        assertThat(2000).isGreaterThan(3 * Batch.chunkRows());
    }
}
