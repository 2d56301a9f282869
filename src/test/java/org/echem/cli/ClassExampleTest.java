package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, acceptance 2: {@code bin/echem check --key examples/class/key.csv examples/class/answers/*.csv
 * --gradebook g.csv --item-analysis i.csv} gives the gradebook and item analysis the README shows.
 */
class ClassExampleTest {
    @TempDir
    Path dir;

    /** @return the lines of the fenced block (``` or ```csv) that follows the first line containing {@code after} */
    private static List<String> block(List<String> readme, String after) {
        int i = 0;
        while (!readme.get(i).contains(after)) {
            i++;
        }
        while (!readme.get(i).startsWith("```")) {
            i++;
        }
        List<String> out = new ArrayList<>();
        for (i++; !readme.get(i).startsWith("```"); i++) {
            out.add(readme.get(i));
        }
        return out;
    }

    @Test
    void theClassExampleGivesWhatTheReadmeShows() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("check", "--key", "examples/class/key.csv"));
        try (Stream<Path> s = Files.list(Path.of("examples/class/answers"))) {
            s.map(Path::toString).filter(f -> f.endsWith(".csv")).sorted().forEach(args::add); // as the shell's glob
        }
        Path g = dir.resolve("g.csv");
        Path i = dir.resolve("i.csv");
        args.addAll(List.of("--gradebook", g.toString(), "--item-analysis", i.toString()));
        CliResult r = CliResult.run(args.toArray(new String[0]));
        r.should().exitedWith(4);
        assertThat(Files.readAllLines(g)).isEqualTo(block(readme, "`g.csv`, the gradebook"));
        assertThat(Files.readAllLines(i)).isEqualTo(block(readme, "`i.csv`, the item analysis"));
        // the text report: the lines the README shows, in order (… stands for lines left out)
        List<String> shown = block(Files.readAllLines(Path.of("docs/grading.md"), StandardCharsets.UTF_8),
                "3. **Grade the class**"); // the teacher's walkthrough, linked from the README
        List<String> out = List.of(r.out().split("\n"));
        int at = 0;
        for (String line : shown.subList(1, shown.size())) {
            if (line.equals("…")) {
                continue;
            }
            int found = out.subList(at, out.size()).indexOf(line);
            assertThat(found).as("README line '%s' in the output, in order:%n%s", line, r.out()).isNotNegative();
            at += found + 1;
        }
        assertThat(at).isEqualTo(out.size()); // the output ends as the README shows
        assertThat(shown.get(0)).isEqualTo("$ bin/echem check --key examples/class/key.csv examples/class/answers/*.csv"
                + " --gradebook g.csv --item-analysis i.csv");
    }

    @Test
    void tamperedInputsInTheExampleDoNotChangeEvesGrade() throws IOException {
        // eve's in = 21.27 mM makes her -38.68 mV right by her inputs; by the key's it is wrong
        CliResult r = CliResult.run("check", "--key", "examples/class/key.csv", "examples/class/answers/eve.csv",
                "--format", "csv");
        assertThat(r.out()).contains("eve,1,E_mV,-89.0586940367319,-38.68,").contains(",incorrect,"); // 15 significant digits
        CliResult alone = CliResult.run("check", "examples/class/answers/eve.csv");
        alone.should().exitedWith(3); // without the key, eve's file is no check file at all
    }
}
