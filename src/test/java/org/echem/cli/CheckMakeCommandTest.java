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

/** {@code echem check make} (SPEC §8): per-student variants, and grading each student against their own. */
class CheckMakeCommandTest {
    private static final String TEMPLATE = "examples/class/template.csv";
    private static final String ROSTER = "examples/class/roster.csv";

    @TempDir
    Path dir;

    private CliResult make(String seed, Path out) {
        return CliResult.run("check", "make", "--key", TEMPLATE, "--roster", ROSTER, "--seed", seed, "--out",
                out.toString());
    }

    private static List<String> tree(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    out.add(root.relativize(p) + "\n" + Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws IOException {
        make("7", dir.resolve("a")).should().succeeded();
        make("7", dir.resolve("b")).should().succeeded();
        make("8", dir.resolve("c")).should().succeeded();
        assertThat(tree(dir.resolve("a"))).hasSize(11).isEqualTo(tree(dir.resolve("b")));
        assertThat(Files.readString(dir.resolve("a/key.csv"))).isNotEqualTo(Files.readString(dir.resolve("c/key.csv")));
    }

    @Test
    void theKeyOfAllVariantsGradedAgainstItselfIsAllCorrect() {
        Path out = dir.resolve("v");
        make("7", out).should().succeeded();
        String key = out.resolve("key.csv").toString();
        CliResult r = CliResult.run("check", "--key", key, key);
        r.should().succeeded();
        assertThat(r.out()).contains("Summary: 20 of 20 correct (100%): 0 incorrect, 0 errors (5 students)");
    }

    @Test
    void eachStudentIsGradedAgainstTheirOwnVariant() throws IOException {
        Path out = dir.resolve("v");
        make("7", out).should().succeeded();
        List<String> key = Files.readAllLines(out.resolve("key.csv"));
        // ana's correct answers, handed in by ana and (copied) by ben
        StringBuilder copied = new StringBuilder(key.get(0)).append('\n');
        for (String l : key) {
            if (l.startsWith("ana,")) {
                copied.append(l).append('\n').append("ben").append(l.substring(3)).append('\n');
            }
        }
        Path answers = Files.writeString(dir.resolve("answers.csv"), copied);
        CliResult r = CliResult.run("check", "--key", out.resolve("key.csv").toString(), answers.toString(),
                "--format", "csv");
        r.should().exitedWith(4);
        assertThat(r.out()).contains("ana,1,E_mV,").doesNotContain("ana,1,E_mV,-86.90615931380968,-86.90615931380968,"
                + "0,incorrect");
        for (String l : r.out().split("\n")) {
            if (l.startsWith("ana,")) {
                assertThat(l).contains(",correct,");
            }
            if (l.startsWith("ben,") && !l.contains(",direction,")) {
                assertThat(l).contains(",incorrect,").contains("inputs differ from the key");
            }
        }
    }

    @Test
    void aStudentsSheetIsAnAnswersFileAndAMarkdownSheet() throws IOException {
        Path out = dir.resolve("v");
        CliResult m = make("7", out);
        assertThat(m.out()).contains("5 variants of 4 problems (seed 7)");
        String sheet = Files.readString(out.resolve("sheets/ana.csv"));
        assertThat(sheet).startsWith("student,id,question,command,ion,in,out,vm,quantity,tolerance,answer\nana,1,");
        assertThat(sheet.split("\n")[1]).endsWith(",");
        String md = Files.readString(out.resolve("sheets/ana.md"));
        assertThat(md).startsWith("# Problem sheet: ana").contains("## Problem 1", "Find: `E_mV` (in mV)");
        // unanswered, the sheet grades as "no answer" everywhere, against ana's own variant
        CliResult r = CliResult.run("check", "--key", out.resolve("key.csv").toString(),
                out.resolve("sheets/ana.csv").toString(), "--format", "csv");
        r.should().exitedWith(4);
        assertThat(r.out().split("\n")).hasSize(5).allMatch(l -> l.startsWith("student") || l.endsWith("no answer"));
    }

    @Test
    void rangesAreDrawnOnTheirStep() throws IOException {
        Path t = Files.writeString(dir.resolve("t.csv"), "id,command,ion,in,out,quantity\n"
                + "1,nernst,K,100..160:5 mM,1..2.5,E_mV\n");
        Path roster = Files.writeString(dir.resolve("r.csv"), "student\n" + String.join("\n",
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) + "\n");
        CliResult.run("check", "make", "--key", t.toString(), "--roster", roster.toString(), "--seed", "1", "--out",
                dir.resolve("v").toString()).should().succeeded();
        for (String l : Files.readAllLines(dir.resolve("v/key.csv")).subList(1, 11)) {
            String[] c = l.split(",");
            double in = Double.parseDouble(c[4].replace("mM", ""));
            double out = Double.parseDouble(c[5]);
            assertThat(in).isBetween(100.0, 160.0);
            assertThat(in % 5).isZero();
            assertThat(out).isBetween(1.0, 2.5);
            assertThat(c[5]).matches("\\d(\\.\\d)?");
        }
    }

    @Test
    void errors() throws IOException {
        Path v = dir.resolve("v");
        CliResult.run("check", "make", "--key", TEMPLATE, "--roster", ROSTER, "--out", v.toString())
                .should().exitedWith(2).errContains("check make needs --seed N");
        make("seven", v).should().exitedWith(2).errContains("--seed 'seven'", "whole number");
        Path t = Files.writeString(dir.resolve("t.csv"), "id,command,ion,in,out,quantity\n1,nernst,K,160..100,5,E_mV\n");
        CliResult.run("check", "make", "--key", t.toString(), "--roster", ROSTER, "--seed", "1", "--out", v.toString())
                .should().exitedWith(3).errContains("line 2, column in '160..100'", "LO ≤ HI");
        Path zero = Files.writeString(dir.resolve("z.csv"), "id,command,ion,in,out,quantity\n1,nernst,K,0..10,5,E_mV\n");
        CliResult.run("check", "make", "--key", zero.toString(), "--roster", ROSTER, "--seed", "3", "--out",
                v.toString()).should().exitedWith(3);
        Path twice = Files.writeString(dir.resolve("r.csv"), "student\nana\nana\n");
        CliResult.run("check", "make", "--key", TEMPLATE, "--roster", twice.toString(), "--seed", "1", "--out",
                v.toString()).should().exitedWith(3).errContains("'ana' is listed twice");
        CliResult.run("check", "--key", TEMPLATE, "a.csv", "--seed", "1").should().exitedWith(2)
                .errContains("--seed belongs to 'check make'");
    }
}
