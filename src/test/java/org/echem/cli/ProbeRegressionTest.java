package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The defects of issue 24's probe suite, each with the input that showed it: finite extremes that
 * crashed, a grading run stopped by one answer, @file expansion, lost writes, closed standard input,
 * pass-through fidelity, JDK-dependent number text, control characters echoed.
 */
class ProbeRegressionTest {

    /** Finite extremes gave "internal error: NumberFormatException: Infinite or NaN" (exit 1). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "charge --dv 100mV --area 2000um2 --volume 3pL --ion K --conc 1e308 --format tsv",
        "pump --pump-current 1.7976931348623157e308pA --g-total 4nS",
        "current --g 10nS --vm 1e308 --e 60 --explain",
        "surface --sigma=-1e/250A2 --salt 150mM --epsilon 1e308 --explain",
    })
    void finiteExtremesAreDomainErrorsNamingTheInputs(String args) {
        CliResult r = CliResult.run(args.split(" "));
        r.should().exitedWith(2).errContains("too large or too small to compute with").finiteOutput();
        assertThat(r.err()).doesNotContain("internal error").contains("e308");
    }

    /** One such row used to stop the whole batch even under --on-error mark or skip. */
    @Test
    void anOverflowingRowIsMarkedAndTheOthersAreComputed() {
        String csv = "dv,area,volume,ion,conc\n100mV,2000um2,3pL,K,1e308\n100mV,2000um2,3pL,K,140\n";
        CliResult r = CliResult.runWithStdin(csv, "charge", "--csv", "-", "--on-error", "mark", "--format", "text");
        r.should().succeeded().outContains("too large or too small");
        CliResult skip = CliResult.runWithStdin(csv, "charge", "--csv", "-", "--on-error", "skip");
        skip.should().succeeded().errContains("skipped 1 row");
        assertThat(skip.out().strip().split("\n")).hasSize(2);
    }

    /** '1e308 V' stopped a grading run (exit 1 in text, exit 2 and an empty stdout in csv). */
    @Test
    void anAnswerThatOverflowsIsUnreadableInEveryFormat() {
        String csv = "id,command,ion,in,out,quantity,answer\n1,nernst,K,140,5,E_mV,1e308 V\n"
                + "2,nernst,K,140,5,E_mV,1e308 M\n3,nernst,K,140,5,E_mV,-89.06\n";
        for (String format : new String[] {"text", "csv", "json"}) {
            CliResult r = CliResult.runWithStdin(csv, "check", "-", "--format", format);
            r.should().exitedWith(4).outContains("unreadable answer").finiteOutput();
            assertThat(r.out()).as(format).contains("correct");
        }
    }

    /** picocli expanded '@file' arguments, echoing the file's lines in error messages. */
    @Test
    void atFileArgumentsAreNotExpanded(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("s.txt");
        Files.writeString(secret, "TOPSECRET\n");
        CliResult r = CliResult.run("nernst", "--ion", "@" + secret, "--in", "1", "--out", "2");
        r.should().exitedWith(2);
        assertThat(r.err()).doesNotContain("TOPSECRET");
    }

    /** ghk parsed the map entries again for every member: 4,000 ions took 71 s. */
    @Test
    void ghkIsLinearInTheNumberOfIons() {
        int n = 4000;
        StringBuilder perm = new StringBuilder();
        StringBuilder in = new StringBuilder();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String name = "Q" + letters(i) + "+"; // Qa+, Qb+, …: unknown cations that carry their charge
            perm.append(i == 0 ? "" : ",").append(name).append("=1");
            in.append(i == 0 ? "" : ",").append(name).append("=10");
            out.append(i == 0 ? "" : ",").append(name).append("=20");
        }
        long t0 = System.nanoTime();
        CliResult r = CliResult.run("ghk", "--perm", perm.toString(), "--in", in.toString(), "--out", out.toString(),
                "--format", "csv");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        r.should().succeeded().outContains("18.5255");
        assertThat(ms).as("4,000 ions in ms").isLessThan(5000); // the benchmark (bench/ghk-ions.sh) asks < 1 s
    }

    private static String letters(int i) {
        StringBuilder b = new StringBuilder();
        int v = i + 1;
        while (v > 0) {
            v--;
            b.insert(0, (char) ('a' + v % 26));
            v /= 26;
        }
        return b.toString();
    }

    /** --help, --version, generate-completion and check exited 0 when their output could not be written. */
    @ParameterizedTest
    @CsvSource({"--help", "--version", "generate-completion", "check examples/homework-key.csv"})
    void lostWritesExitThree(String args) {
        StringWriter err = new StringWriter();
        int code = EchemCli.run(InputStream.nullInputStream(), new Full(), new PrintWriter(err), args.split(" "));
        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(err.toString()).contains("echem: cannot write the output");
    }

    /** A reader that went away (| head) is not an error. */
    @Test
    void aClosedPipeIsNotAnError() {
        StringWriter err = new StringWriter();
        int code = EchemCli.run(InputStream.nullInputStream(), new Broken(), new PrintWriter(err), "--help");
        assertThat(code).as(err.toString()).isZero();
    }

    /**
     * JSON showed the last of two same-named columns while the calculation used the first. Two columns
     * of one input that agree are accepted and the first is shown; ones that disagree are an error (SPEC §7).
     */
    @Test
    void jsonPassesTheColumnTheCalculationRead() {
        CliResult r = CliResult.runWithStdin("ion,in,out,in\nK,140,5,140.0\n", "nernst", "--csv", "-", "--format", "json");
        r.should().succeeded();
        assertThat(r.out()).contains("\"in\":140,").doesNotContain("140.0");
        assertThat(r.number("c_in_mM")).isEqualTo(140.0);
        CliResult bad = CliResult.runWithStdin("ion,in,out,in\nK,140,5,999\n", "nernst", "--csv", "-", "--format", "json");
        bad.should().exitedWith(3).errContains("column in '140' and column in '999' both give --in and disagree");
    }

    /** JSON dropped an input column named error. */
    @Test
    void jsonKeepsAnInputColumnNamedError() {
        CliResult r = CliResult.runWithStdin("ion,in,out,error\nK,140,5,oops\n", "nernst", "--csv", "-", "--format", "json");
        assertThat(r.json("error")).isEqualTo("oops");
    }

    /** --on-error mark dropped the extra cells of a too-long row. */
    @Test
    void aMarkedTooLongRowKeepsItsExtraCells() {
        String csv = "ion,in,out\nK,140,5,extra,more\nNa,15,145\n";
        CliResult r = CliResult.runWithStdin(csv, "nernst", "--csv", "-", "--on-error", "mark");
        r.should().succeeded();
        assertThat(r.out().split("\n")[1]).endsWith(",extra,more");
        CliResult j = CliResult.runWithStdin(csv, "nernst", "--csv", "-", "--on-error", "mark", "--format", "json");
        assertThat(j.out().split("\n")[0]).contains("\"extra_cells\":[\"extra\",\"more\"]");
    }

    /** Java 17 printed 9.999999999999999e22 for 1e23 (Java 25: 1e23); the README promises the shortest text (--digits 17). */
    @ParameterizedTest
    @CsvSource({"1e23, 1e23", "2e-3, 0.002", "4.9e-324, 4.9e-324", "1.7976931348623157e308, 1.7976931348623157e308"})
    void numberTextIsTheShortestOnEveryJdk(String in, String printed) {
        CliResult r = CliResult.run("nernst", "--ion", "K", "--in", in, "--out", "5", "--format", "csv", "--digits", "17");
        r.should().succeeded();
        assertThat(r.out().split("\n")[1].split(",")[2]).isEqualTo(printed);
    }

    /** Raw control bytes of cells were echoed into messages and tables (terminal escapes passed through). */
    @Test
    void controlCharactersAreShownEscaped() {
        CliResult r = CliResult.run("nernst", "--ion", "K\u001b[31m", "--in", "1", "--out", "2");
        r.should().exitedWith(2).errContains("K\\x1b[31m");
        assertThat(r.err()).doesNotContain("\u001b");
        CliResult t = CliResult.runWithStdin("ion,in,out\n\"K\u001b[2J\",140,5\n", "nernst", "--csv", "-", "--format", "text",
                "--on-error", "mark");
        assertThat(t.out()).doesNotContain("\u001b").contains("K\\x1b[2J");
    }

    /** '--csv file/' opened 'file'; a link loop was 'no such file'. */
    @Test
    void aFileNameWithATrailingSlashOrALinkLoopIsNamed(@TempDir Path dir) throws IOException {
        CliResult r = CliResult.run("nernst", "--csv", "examples/ions.csv/");
        r.should().exitedWith(3).errContains("ends with '/'");
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        CliResult loop = CliResult.run("nernst", "--csv", a.toString());
        loop.should().exitedWith(3).errContains("links loop");
    }

    /** An output that fails as a full disk does. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    /** An output whose reader went away. */
    private static final class Broken extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
        }
    }
}
