package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.echem.calc.Subcommand;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in every {@code --help} runs: the lines of a help text that start with
 * {@code echem} (continued by a trailing backslash), less a trailing comment in parentheses.
 * Examples with a pipe or a redirection are left to the README tests.
 */
class HelpExamplesTest {
    private static final List<String> COMMANDS = new ArrayList<>(List.of(""));

    static {
        for (Subcommand s : Subcommand.values()) {
            COMMANDS.add(s.command());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHelpExampleRuns() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String c : COMMANDS) {
            CliResult help = c.isEmpty() ? CliResult.run("--help") : CliResult.run(c, "--help");
            help.should().succeeded();
            List<String> examples = examples(help.out());
            if (!c.equals(Subcommand.GENERATE_COMPLETION.command())) {
                assertThat(examples).as("examples in 'echem %s --help'", c).hasSizeGreaterThanOrEqualTo(2);
            }
            for (String ex : examples) {
                if (ex.contains("|") || ex.contains(">") || ex.contains("<")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(ex, () -> {
                    CliResult r = CliResult.run(ReadmeExamplesTest.words(ex.substring("echem ".length()))
                            .toArray(new String[0]));
                    assertThat(r.exit()).as("%s: %s", ex, r.err()).isIn(0, 4); // 4: check grading wrong answers
                    assertThat(r.out()).isNotBlank().doesNotContain("NaN").doesNotContain("Infinity");
                }));
            }
        }
        return tests.stream();
    }

    static List<String> examples(String help) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String line : help.split("\n")) {
            String t = line.strip();
            if (cur != null) {
                cur.append(' ').append(t);
            } else if (t.startsWith("echem ") && line.startsWith("  ")) {
                cur = new StringBuilder(t);
            } else {
                continue;
            }
            if (cur.charAt(cur.length() - 1) == '\\') {
                cur.setLength(cur.length() - 1);
                continue;
            }
            out.add(cur.toString().replaceAll("\\s+\\(.*\\)$", "").strip());
            cur = null;
        }
        return out;
    }
}
