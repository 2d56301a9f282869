package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echem.GoldenCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pipelines: each folder under {@code src/test/resources/golden} holds {@code args} (one
 * argument per line), optionally {@code stdin} (bytes fed to standard input), {@code stdout} (the
 * exact expected output), {@code exit} (default 0), {@code stderr} (text stderr must contain) and
 * {@code columns} (the terminal's width, {@code COLUMNS}; default 80).
 * Paths in {@code args} are relative to the case folder when they start with {@code ./}.
 */
class GoldenTest {
    private static final Path ROOT = GoldenCases.ROOT;

    @TestFactory
    Stream<DynamicTest> goldenCases() {
        List<GoldenCases.Case> cases = GoldenCases.all();
        assertThat(cases).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    /**
     * SPEC §9: a reviewed Chinese text output for one example of every subcommand that says something
     * in words (plot draws the columns it is given, generate-completion writes a script).
     */
    @org.junit.jupiter.api.Test
    void everySubcommandHasAChineseGoldenCase() throws IOException {
        for (org.echem.calc.Subcommand c : org.echem.calc.Subcommand.values()) {
            if (c == org.echem.calc.Subcommand.PLOT || c == org.echem.calc.Subcommand.GENERATE_COMPLETION) {
                continue;
            }
            List<Path> zh;
            try (Stream<Path> s = Files.list(ROOT)) {
                zh = s.filter(d -> d.getFileName().toString().startsWith("zh-" + c.command())).collect(Collectors.toList());
            }
            assertThat(zh).as("a golden case zh-%s", c.command()).isNotEmpty();
            for (Path d : zh) {
                List<String> args = Files.readAllLines(d.resolve("args"), StandardCharsets.UTF_8);
                assertThat(args).contains(c.command(), "--lang", "zh");
                assertThat(Files.readString(d.resolve("stdout"), StandardCharsets.UTF_8)).as(d.toString())
                        .matches("(?s).*[\\u4e00-\\u9fff].*");
            }
        }
    }

    private static void check(GoldenCases.Case c) throws IOException {
        Path dir = c.dir();
        List<String> args = c.args();
        String stdin = new String(c.stdin(), StandardCharsets.UTF_8);
        int columns = Files.exists(dir.resolve("columns")) ? Integer.parseInt(Files.readString(dir.resolve("columns")).strip())
                : 80;
        CliResult r = CliResult.run(stdin, columns, args.toArray(new String[0]));
        int exit = Files.exists(dir.resolve("exit")) ? Integer.parseInt(Files.readString(dir.resolve("exit")).strip()) : 0;
        if (exit == 0) {
            r.should().succeeded();
        } else {
            r.should().exitedWith(exit);
        }
        if (Files.exists(dir.resolve("stdout"))) {
            assertThat(r.out()).isEqualTo(Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8));
        }
        if (Files.exists(dir.resolve("stderr"))) {
            assertThat(r.err()).contains(Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8).strip());
        }
    }
}
