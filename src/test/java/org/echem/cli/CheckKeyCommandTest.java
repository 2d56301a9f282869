package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code echem check --key KEY ANSWERS...} (SPEC §8) through the real command line. Expected values
 * as in {@link CheckCommandTest}: E_K (140/5 mM, 37 °C) = −89.0587 mV, E_Na (15/145 mM) = +60.634 mV.
 */
class CheckKeyCommandTest {
    private static final String KEY = "id,question,command,ion,in,out,vm,e,quantity,answer\n"
            + "1,E_K,nernst,K,140mM,5mM,,,E_mV,-89.06\n"
            + "2,E_Na,nernst,Na,15mM,145mM,,,E_mV,60.63\n"
            + "3,Na flux at -70 mV,drive,Na,15mM,145mM,-70mV,,direction,influx\n"
            + "4,K current at -70 mV,drive,K,,,-70mV,-89mV,current,outward\n"
            + "5,K flux at E_K,drive,K,,,-89mV,-89mV,direction,none\n";

    @TempDir
    Path dir;
    private Path key;

    @BeforeEach
    void writeKey() throws IOException {
        key = write("key.csv", KEY);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CliResult check(String... args) {
        List<String> a = new ArrayList<>(List.of("check", "--key", key.toString(), "--format", "json"));
        a.addAll(List.of(args));
        return CliResult.run(a.toArray(new String[0]));
    }

    /** @return the JSON line of {@code student}'s problem {@code id} */
    private static String line(CliResult r, String student, String id) {
        for (String l : r.out().split("\n")) {
            if (l.startsWith("{\"student\":\"" + student + "\",") && ("\"" + id + "\"").equals(
                    "\"" + JsonLine.field(l, "id") + "\"")) {
                return l;
            }
        }
        throw new AssertionError("no problem " + id + " of " + student + " in " + r.out() + r.err());
    }

    private static String field(CliResult r, String student, String id, String field) {
        return JsonLine.field(line(r, student, id), field);
    }

    // ---- acceptance 1: the key's inputs, never the student's ----

    @Test
    void tamperedInputsCannotChangeAGrade() throws IOException {
        // -38.68 mV is E_K computed with log10; with in = 21.27 mM and ln it would be "right"
        Path a = write("eve.csv", "id,ion,in,out,quantity,answer\n1,K,21.27mM,5mM,E_mV,-38.68\n"
                + "2,Na,15mM,145mM,E_mV,60.63\n");
        CliResult r = check(a.toString());
        r.should().exitedWith(4);
        assertThat(field(r, "eve", "1", "verdict")).isEqualTo("incorrect");
        assertThat(Double.parseDouble(field(r, "eve", "1", "expected"))).isCloseTo(-89.0587,
                org.assertj.core.data.Offset.offset(1e-3));
        assertThat(field(r, "eve", "1", "hint")).contains("inputs differ from the key", "in 21.27mM (key 140mM)");
        assertThat(field(r, "eve", "2", "verdict")).isEqualTo("correct");
        assertThat(field(r, "eve", "2", "hint")).isEmpty();
        // a tampered command, quantity or tolerance is ignored too
        Path b = write("mal.csv", "id,command,quantity,tolerance,answer\n1,nernst,E_mV,100%,-50\n");
        CliResult s = check(b.toString());
        assertThat(field(s, "mal", "1", "verdict")).isEqualTo("incorrect");
        assertThat(field(s, "mal", "1", "hint")).contains("inputs differ from the key", "tolerance 100%");
    }

    @Test
    void correctAnswersWithCopiedInputsAreNotFlagged() throws IOException {
        Path a = write("ana.csv", "ID,Ion,In,Out,Answer\n1,K,140 mM,5mM,-89.06\n");
        CliResult r = check(a.toString());
        assertThat(field(r, "ana", "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "ana", "1", "hint")).isEmpty();
    }

    // ---- several files, stdin, the student, passed-through columns ----

    @Test
    void severalFilesAndStandardInputEachAStudent() throws IOException {
        Path a = write("ana.csv", "id,answer\n1,-89.06\n2,60.63\n3,influx\n4,outward\n5,none\n");
        Path b = write("ben.txt", "id,answer\n1,-89.06\n");
        List<String> args = new ArrayList<>(List.of("check", "--key", key.toString(), a.toString(), "-", b.toString(),
                "--format", "json"));
        CliResult r = CliResult.runWithStdin("student,id,answer\ncarl,2,60.63\ndora,2,-60.63\n",
                args.toArray(new String[0]));
        r.should().exitedWith(4);
        assertThat(field(r, "ana", "5", "verdict")).isEqualTo("correct");
        assertThat(field(r, "carl", "2", "verdict")).isEqualTo("correct");
        assertThat(field(r, "dora", "2", "hint")).isEqualTo("sign flipped (or in/out swapped)");
        assertThat(field(r, "ben", "1", "verdict")).isEqualTo("correct");
        // every problem of the key for every student: the missing ones are "no answer"
        assertThat(field(r, "ben", "2", "hint")).isEqualTo("no answer");
        assertThat(field(r, "carl", "1", "verdict")).isEqualTo("incorrect");
        assertThat(r.out().strip().split("\n")).hasSize(20);
    }

    @Test
    void extraColumnsPassThroughAfterTheStudent() throws IOException {
        Path a = write("ana.csv", "id,answer,comment\n1,-89.06,\"easy, I think\"\n");
        Path b = write("ben.csv", "id,seat,answer\n1,B7,-89.06\n");
        CliResult r = CliResult.run("check", "--key", key.toString(), a.toString(), b.toString(), "--format", "csv");
        assertThat(r.out()).startsWith("student,comment,seat,id,quantity,expected,answer,error,verdict,hint\n");
        assertThat(r.out()).contains("ana,\"easy, I think\",,1,E_mV,").contains("ben,,B7,1,E_mV,");
    }

    @Test
    void anEmptyAnswerIsNoAnswer() throws IOException {
        Path a = write("ana.csv", "id,answer\n1,\n2, \n");
        CliResult r = check(a.toString());
        assertThat(field(r, "ana", "1", "hint")).isEqualTo("no answer");
        assertThat(field(r, "ana", "2", "hint")).isEqualTo("no answer");
        assertThat(field(r, "ana", "2", "verdict")).isEqualTo("incorrect");
    }

    @Test
    void headersMatchCaseInsensitively() throws IOException {
        key = write("KEY.csv", "ID,Command,Ion,In,Out,Quantity,Answer\n1,nernst,K,140,5,E_mV,-89.06\n");
        Path a = write("ana.csv", "Student,ID,ANSWER_V\nana,1,-0.08906\n");
        CliResult r = check(a.toString());
        r.should().succeeded();
        assertThat(field(r, "ana", "1", "verdict")).isEqualTo("correct");
    }

    // ---- gradebook and item analysis ----

    @Test
    void gradebookAndItemAnalysis() throws IOException {
        Path a = write("ana.csv", "id,answer\n1,-89.06\n2,60.63\n3,influx\n4,outward\n5,none\n");
        Path b = write("ben.csv", "id,answer\n1,89.06\n2,-60.63\n3,efflux\n4,outward\n");
        Path g = dir.resolve("g.csv");
        Path i = dir.resolve("i.csv");
        CliResult r = CliResult.run("check", "--key", key.toString(), a.toString(), b.toString(),
                "--gradebook", g.toString(), "--item-analysis", i.toString());
        r.should().exitedWith(4);
        assertThat(Files.readString(g)).isEqualTo("student,correct,incorrect,errors,score_pct,1,2,3,4,5\n"
                + "ana,5,0,0,100,correct,correct,correct,correct,correct\n"
                + "ben,1,4,0,20,incorrect,incorrect,incorrect,correct,incorrect\n");
        assertThat(Files.readString(i)).isEqualTo("id,quantity,n,correct_pct,common_hint,common_hint_n\n"
                + "1,E_mV,2,50,sign flipped (or in/out swapped),1\n"
                + "2,E_mV,2,50,sign flipped (or in/out swapped),1\n"
                + "3,direction,2,50,sign flipped,1\n"
                + "4,current,2,100,,0\n"
                + "5,direction,1,50,no answer,1\n");
        assertThat(r.out()).contains("Summary: 6 of 10 correct (60%): 4 incorrect, 0 errors (2 students)",
                "Gradebook", "Item analysis");
        assertThat(r.out().strip()).endsWith("5   direction  1 of 2    50%      no answer (1)");
    }

    @Test
    void aClassInOneFileShowsTheStudentAndIsLaidOutInChunks() throws IOException {
        StringBuilder b = new StringBuilder("student,id,answer\n");
        for (int s = 0; s < 300; s++) {
            for (int id = 1; id <= 5; id++) {
                b.append('s').append(s).append(',').append(id).append(',').append(id == 1 ? "-89.06" : "").append('\n');
            }
        }
        Path a = write("class.csv", b.toString());
        CliResult r = CliResult.run("check", "--key", key.toString(), a.toString());
        r.should().exitedWith(4);
        assertThat(r.out()).contains("Checking " + a + "\n", "   student  id  quantity",
                "Checking " + a + " (continued)", "Summary: 300 of 1500 correct (20%): 1200 incorrect, 0 errors"
                        + " (300 students)");
    }

    // ---- exit codes and errors ----

    @Test
    void allCorrectExitsZero() throws IOException {
        CliResult r = CliResult.run("check", "--key", key.toString(), key.toString());
        r.should().succeeded();
        assertThat(r.out()).contains("5 of 5 correct (100%)");
    }

    @Test
    void aBadAnswersFileIsReportedAndTheOthersAreGraded() throws IOException {
        Path a = write("ana.csv", "id,answer\n1,-89.06\n2,60.63\n3,influx\n4,outward\n5,none\n");
        Path b = write("ben.csv", "id,reply\n1,-89.06\n");
        CliResult r = check(a.toString(), b.toString(), dir.resolve("nobody.csv").toString());
        r.should().exitedWith(3).errContains("ben.csv: the header lacks the column answer", "id,answer",
                "nobody.csv': no such file");
        assertThat(field(r, "ana", "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "ben", "1", "verdict")).isEqualTo("error");
        assertThat(field(r, "nobody", "5", "verdict")).isEqualTo("error");
    }

    @Test
    void unknownIdsAndRepeatedAnswersAreErrorRows() throws IOException {
        Path a = write("ana.csv", "id,answer\n1,-89.06\n9,1\n1,-89.06\n2,60.63\n3,influx\n4,outward\n5,none\n");
        CliResult r = check(a.toString());
        r.should().exitedWith(3);
        assertThat(r.out()).contains("column id '9': not a problem of the key, expected one of 1, 2, 3, 4, 5")
                .contains("problem 1 is answered twice for ana");
    }

    @Test
    void usageErrors() throws IOException {
        CliResult.run("check", "a.csv", "b.csv").should().exitedWith(2).errContains("check --key KEY.csv ANSWERS");
        CliResult.run("check", "--gradebook", "g.csv", "a.csv").should().exitedWith(2).errContains("needs --key");
        CliResult.run("check", "--key", dir.resolve("none.csv").toString(), "a.csv").should().exitedWith(3)
                .errContains("--key file", "none.csv", "no such file");
        Path bad = write("bad.csv", "id,ion,in,out\n1,K,140,5\n");
        CliResult.run("check", "--key", bad.toString(), "a.csv").should().exitedWith(3)
                .errContains("lacks the columns command, quantity");
        CliResult.run("check", "--key", key.toString(), "-", "-").should().exitedWith(2).errContains("'-'");
        Path a = write("ana.csv", "id,answer\n1,-89.06\n");
        CliResult.run("check", "--key", key.toString(), a.toString(), "--gradebook", dir.resolve("no/g.csv").toString())
                .should().exitedWith(3).errContains("--gradebook", "no/g.csv");
        CliResult.run("check", "--key", key.toString(), a.toString(), "--gradebook", a.toString())
                .should().exitedWith(2).errContains("--gradebook", "would overwrite");
    }

    // ---- SPEC §8: answers as students write them, one case per form ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "E = -89.06 mV   | 1", "E_K=−89.06mV | 1", "=-89.06 | 1", "-89,06 | 1", "-89.06mv | 1", "-0.08906v | 1",
        "'E_K = -89,06 mv' | 1", "INFLUX | 3", "Influx | 3", "内流 | 3", "OUTWARD | 4", "外向 | 4",
        "无 | 5", "NONE | 5"})
    void answersAsStudentsWriteThem(String answer, String id) throws IOException {
        Path a = write("ana.csv", "id,answer\n" + id + ",\"" + answer + "\"\n");
        assertThat(field(check(a.toString()), "ana", id, "verdict")).isEqualTo("correct");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"外流 | 3 | sign flipped", "内向 | 4 | sign flipped"})
    void chineseWordsThatAreWrongGetTheirHint(String answer, String id, String hint) throws IOException {
        Path a = write("ana.csv", "id,answer\n" + id + "," + answer + "\n");
        CliResult r = check(a.toString());
        assertThat(field(r, "ana", id, "verdict")).isEqualTo("incorrect");
        assertThat(field(r, "ana", id, "hint")).startsWith(hint);
        assertThat(field(r, "ana", id, "answer")).isEqualTo(answer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"-89.06 MV", "about -89", "-89.06 mm", "-89.06 nm", "-89.06 mM"})
    void unreadableAnswersKeepTheirText(String answer) throws IOException {
        Path a = write("ana.csv", "id,answer\n1," + answer + "\n");
        CliResult r = check(a.toString());
        assertThat(field(r, "ana", "1", "verdict")).isEqualTo("incorrect");
        assertThat(field(r, "ana", "1", "hint")).startsWith("unreadable answer: ").contains(answer);
        assertThat(field(r, "ana", "1", "answer")).isEqualTo(answer);
    }

    @Test
    void concentrationsKeepTheirCase() throws IOException {
        // c_in solved from E: 140 mM; "140 mm" is a length and "140 MM" no unit: neither is read as mM
        key = write("conc.csv", "id,command,ion,out,e,quantity,answer\n1,nernst,K,5,-89.05869403673188,c_in_mM,140\n");
        Path a = write("ana.csv", "student,id,answer\nana,1,140mM\nben,1,140 mm\ncarl,1,140 MM\ndora,1,0.14m\n");
        CliResult r = check(a.toString());
        assertThat(field(r, "ana", "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "ben", "1", "hint")).startsWith("unreadable answer").contains("length");
        assertThat(field(r, "carl", "1", "hint")).startsWith("unreadable answer");
        assertThat(field(r, "dora", "1", "hint")).startsWith("unreadable answer");
    }
}
