package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of README.md: each line starting with {@code bin/echem} inside a {@code ```sh}
 * block. A plain command runs in-process through {@link EchemCli#run}; a pipeline runs in bash with
 * {@code bin/echem} standing for this build's classes, so the shell part is real too.
 */
class ReadmeExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleRuns() throws IOException {
        List<String> examples = examples(Path.of("README.md"));
        assertThat(examples).hasSizeGreaterThan(10);
        try (Stream<Path> docs = Files.list(Path.of("docs"))) { // the docs' examples run too
            for (Path d : docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                examples.addAll(examples(d));
            }
        }
        return examples.stream().map(ex -> DynamicTest.dynamicTest(ex, () -> run(ex)));
    }

    static List<String> examples(Path readme) throws IOException {
        List<String> out = new ArrayList<>();
        boolean sh = false;
        for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                sh = !sh && line.strip().equals("```sh");
                continue;
            }
            if (sh && line.startsWith("bin/echem ")) {
                out.add(stripComment(line).strip());
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && i > 0 && line.charAt(i - 1) == ' ') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static boolean isPipeline(String cmd) {
        return cmd.contains("|") || cmd.contains("<") || cmd.contains(">") || cmd.contains("$(") || cmd.contains(";");
    }

    private static void run(String example) throws Exception {
        if (isPipeline(example)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String echem = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.echem.cli.EchemCli";
            String script = "set -o pipefail; " + example.replace("bin/echem ", echem + " ");
            Process p = new ProcessBuilder("bash", "-c", script).directory(new File(".")).redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("exit of %s; stderr: %s", example, err).isZero();
            assertThat(out).as(example).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
            return;
        }
        List<String> words = words(example.substring("bin/echem ".length()));
        CliResult r = CliResult.run(words.toArray(new String[0]));
        r.should().succeeded().finiteOutput();
        assertThat(r.out()).as(example).isNotBlank();
    }

    /** Splits a command line into words as a POSIX shell does for quotes and backslashes. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < s.length()) {
                    w.append(s.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < s.length()) {
                w.append(s.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
