package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * SPEC §9: machine formats are the same in every language. Every example of README.md and docs/ that
 * runs as one command is run in JSON and in CSV, with {@code --lang en} and {@code --lang zh}: the
 * bytes of standard output and the exit code must not differ.
 */
class LanguageIndependenceTest {

    @TestFactory
    Stream<DynamicTest> jsonAndCsvOfEveryExampleAreTheSameInBothLanguages() throws IOException {
        List<String> examples = ReadmeExamplesTest.examples(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path d : docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                examples.addAll(ReadmeExamplesTest.examples(d));
            }
        }
        List<String> single = examples.stream().distinct()
                .filter(e -> !e.contains(" make ")) // check make writes files; what it says on stdout is for people
                .filter(e -> !e.contains("|") && !e.contains(">") && !e.contains("<") && !e.contains(";") && !e.contains("&"))
                .collect(Collectors.toList());
        assertThat(single).hasSizeGreaterThan(50);
        List<DynamicTest> tests = new ArrayList<>();
        for (String example : single) {
            for (String format : new String[] {"json", "csv"}) {
                tests.add(DynamicTest.dynamicTest(format + ": " + example, () -> sameInBothLanguages(example, format)));
            }
        }
        return tests.stream();
    }

    private static void sameInBothLanguages(String example, String format) {
        List<String> words = withFormat(ReadmeExamplesTest.words(example.substring("bin/echem ".length())), format);
        CliResult en = CliResult.run(with(words, "en"));
        CliResult zh = CliResult.run(with(words, "zh"));
        assertThat(zh.exit()).as("exit of %s --lang zh (stderr %s)", words, zh.err()).isEqualTo(en.exit());
        assertThat(zh.out()).as("stdout of %s", words).isEqualTo(en.out());
        if (en.exit() == 0) {
            assertThat(en.out()).as("stdout of %s", words).isNotBlank();
        }
    }

    @Test
    void errorColumnsOfMarkedRowsAreEnglishInEveryLanguage() {
        // errors from the core (unknown ion), from a calculation (pairs needed) and from the inputs (not a number)
        String[][] cases = {
            {"ion,in,out\nK,140,5\nK,0,5\nFoo,1,2\nK,abc,5\nNa,15,145\n", "nernst"},
            {"ion,in,out,vm\nNa,15,145,-70\nNa,15,145,\nNa,0,145,-70\n", "ghk", "--perm", "Na=1"},
            {"ion,e,vm\nNa,60,-70\nNa,60,\n", "drive"},
        };
        for (String[] c : cases) {
            for (String format : new String[] {"csv", "json", "tsv"}) {
                List<String> args = new ArrayList<>(List.of(c).subList(1, c.length));
                args.addAll(List.of("--csv", "-", "--on-error", "mark", "--format", format));
                CliResult en = CliResult.runWithStdin(c[0], with(args, "en"));
                CliResult zh = CliResult.runWithStdin(c[0], with(args, "zh"));
                assertThat(en.out()).as("%s", args).contains("rror");
                assertThat(zh.out()).as("%s", args).isEqualTo(en.out()).doesNotMatch("(?s).*[\\u4e00-\\u9fff].*");
            }
        }
        // while stderr, without mark, speaks the run's language
        CliResult fail = CliResult.runWithStdin("ion,in,out\nFoo,1,2\n", "nernst", "--csv", "-", "--lang", "zh");
        assertThat(fail.err()).contains("未知离子");
    }

    @Test
    void textDiffersSoTheComparisonAboveCanFail() {
        CliResult en = CliResult.run("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70", "--lang", "en");
        CliResult zh = CliResult.run("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70", "--lang", "zh");
        assertThat(zh.out()).isNotEqualTo(en.out()).contains("净通量").contains("内流");
        assertThat(en.out()).contains("net flux").contains("influx");
    }

    /** @return the words with {@code --format F} in place of any format they name */
    private static List<String> withFormat(List<String> words, String format) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--format")) {
                i++;
            } else if (!w.startsWith("--format=")) {
                out.add(w);
            }
        }
        out.add("--format");
        out.add(format);
        return out;
    }

    private static String[] with(List<String> words, String lang) {
        List<String> out = new ArrayList<>(words);
        out.add("--lang");
        out.add(lang);
        return out.toArray(new String[0]);
    }
}
