package org.echem.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;

/** One run of the real command line through {@link EchemCli#run}: exit code, stdout, stderr. */
public record CliResult(int exit, String out, String err) {

    /** Runs {@code echem args…} with empty standard input. */
    public static CliResult run(String... args) {
        return runWithStdin("", args);
    }

    /**
     * Runs {@code echem args…} with {@code stdin} as standard input, in a terminal wide enough that no
     * sentence is wrapped and no table turns vertical: these tests look at what is said ({@link #run}
     * with 80 columns, as {@code TextLayoutTest} and the golden text cases do, looks at the layout).
     */
    public static CliResult runWithStdin(String stdin, String... args) {
        return run(stdin, 1000, args);
    }

    /** Runs {@code echem args…} with {@code stdin} as standard input and {@code COLUMNS=columns}. */
    public static CliResult run(String stdin, int columns, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = EchemCli.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, new PrintWriter(err), k -> k.equals("COLUMNS") ? Integer.toString(columns)
                        : k.startsWith("LC_") || k.equals("LANG") ? null : System.getenv(k), args); // English unless --lang
        return new CliResult(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** @return AssertJ assertions on this result */
    public Assert should() {
        return new Assert(this);
    }

    /** @return the value of {@code field} in the only JSON line of stdout (run with --format json) */
    public String json(String field) {
        String[] lines = out.strip().split("\n");
        Assertions.assertThat(lines).as("JSON lines of %s", out).hasSize(1);
        return JsonLine.field(lines[0], field);
    }

    /** @return the numeric {@code field} of the only JSON line of stdout */
    public double number(String field) {
        return Double.parseDouble(json(field));
    }

    /** AssertJ assertions for a run of the command line. */
    public static final class Assert extends AbstractAssert<Assert, CliResult> {
        Assert(CliResult actual) {
            super(actual, Assert.class);
        }

        public Assert succeeded() {
            if (actual.exit != 0) {
                failWithMessage("expected exit 0 but got %s; stderr: %s", actual.exit, actual.err);
            }
            return this;
        }

        /** A failure: the exit code, one "echem: " line on stderr, no stack trace, nothing on stdout for usage errors. */
        public Assert exitedWith(int code) {
            if (actual.exit != code) {
                failWithMessage("expected exit %s but got %s; stdout: %s; stderr: %s", code, actual.exit, actual.out,
                        actual.err);
            }
            if (code != 0 && code != 4) {
                String[] lines = actual.err.strip().split("\n");
                if (!lines[0].startsWith("echem: ")) {
                    failWithMessage("stderr should start with 'echem: ' but was: %s", actual.err);
                }
                if (actual.err.contains("\tat ") || actual.err.contains("Exception in thread")) {
                    failWithMessage("stack trace on stderr: %s", actual.err);
                }
            }
            return this;
        }

        public Assert errContains(String... parts) {
            Assertions.assertThat(actual.err).contains(parts);
            return this;
        }

        public Assert outContains(String... parts) {
            Assertions.assertThat(actual.out).contains(parts);
            return this;
        }

        public Assert doesNotContain(String part) {
            Assertions.assertThat(actual.out).doesNotContain(part);
            return this;
        }

        /** No NaN or Infinity anywhere in stdout. */
        public Assert finiteOutput() {
            Assertions.assertThat(actual.out).doesNotContain("NaN").doesNotContain("Infinity");
            return this;
        }
    }
}
