package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code echem check} through the real command line (SPEC §5). Expected values are echem's own
 * nernst and drive results (E_K for 140/5 mM at 37 °C = −89.0587 mV, E_Na for 15/145 mM = +60.634 mV,
 * E_Ca for 100 nM/2 mM = +132.34 mV), which NernstCalc's and DriveCalc's tests check against references.
 */
class CheckCommandTest {
    private static final String HEAD = "id,command,ion,in,out,temp,vm,quantity,answer,tolerance\n";
    private static final String EK = "nernst,K,140,5,,,E_mV,";

    /** Runs check on {@code csv} (through stdin) with {@code args}, in JSON. */
    private static CliResult json(String csv, String... args) {
        List<String> a = new ArrayList<>(List.of("check", "-", "--format", "json"));
        a.addAll(List.of(args));
        return CliResult.runWithStdin(csv, a.toArray(new String[0]));
    }

    /** @return the JSON line of problem {@code id} */
    private static String line(CliResult r, String id) {
        for (String l : r.out().split("\n")) {
            if (l.startsWith("{\"id\":\"" + id + "\",")) {
                return l;
            }
        }
        throw new AssertionError("no problem " + id + " in " + r.out() + r.err());
    }

    private static String field(CliResult r, String id, String field) {
        return JsonLine.field(line(r, id), field);
    }

    /** Grades one E_K answer (with an optional tolerance) and returns the run. */
    private static CliResult ek(String answer, String tolerance) {
        return json(HEAD + "1," + EK + answer + "," + tolerance + "\n");
    }

    // ---- verdicts ----

    @Test
    void correctAnswerWithinTheDefaultOnePercent() {
        CliResult r = ek("-89.06", "");
        r.should().succeeded();
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(Double.parseDouble(field(r, "1", "expected"))).isCloseTo(-89.05869403673188, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Double.parseDouble(field(r, "1", "answer"))).isEqualTo(-89.06);
        assertThat(Double.parseDouble(field(r, "1", "error"))).isCloseTo(-0.0013, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(field(r, "1", "hint")).isEmpty();
        assertThat(field(r, "1", "quantity")).isEqualTo("E_mV");
    }

    @Test
    void incorrectAnswerExitsFour() {
        CliResult r = ek("-95", "");
        r.should().exitedWith(4).errContains("echem: check: 0 of 1 correct (0%): 1 incorrect, 0 errors");
        assertThat(field(r, "1", "verdict")).isEqualTo("incorrect");
        assertThat(field(r, "1", "hint")).isEmpty();
    }

    @Test
    void invalidRowsAreErrorsWithTheirMessageAndTheRestIsStillGraded() {
        CliResult r = json(HEAD
                + "1,Nernst,K,140,5,,,E_mV,-89.06,\n"
                + "2,ghost,K,140,5,,,E_mV,-89.06,\n"
                + "3,nernst,K,-140,5,,,E_mV,-89.06,\n"
                + "4,nernst,K,140,5,,,E_volts,-89.06,\n"
                + ",nernst,K,140,5,,,E_mV,-89.06,\n"
                + "6,nernst,K,140,5,,,,-89.06,\n"
                + "7,,K,140,5,,,E_mV,-89.06,\n"
                + "8,nernst,,,,,,E_mV,-89.06,\n"
                + "9,nernst,K,140,5,,,E_mV,-89.06,-1mV\n"
                + "10,nernst,K,140,5,,,E_mV,-89.06,lots\n"
                + "11,nernst,K,140\n"
                + "12,nernst,K,140,5,,,E_mV,-89.06,\n");
        r.should().exitedWith(3).errContains("echem: check: 2 of 12 correct (16.7%): 0 incorrect, 10 errors");
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "12", "verdict")).isEqualTo("correct");
        assertThat(field(r, "2", "verdict")).isEqualTo("error");
        assertThat(field(r, "2", "hint")).contains("line 3, column command 'ghost'", "unknown command", "nernst, drive");
        assertThat(field(r, "3", "hint")).contains("line 4, column in '-140'", "must be > 0");
        assertThat(field(r, "4", "hint")).contains("'E_volts'", "not a result of nernst", "E_mV");
        assertThat(field(r, "", "hint")).contains("line 6, column id is empty");
        assertThat(field(r, "6", "hint")).contains("line 7, column quantity is empty");
        assertThat(field(r, "7", "hint")).contains("line 8, column command is empty");
        assertThat(field(r, "8", "hint")).startsWith("line 9: no ion given");
        assertThat(field(r, "9", "hint")).contains("line 10, column tolerance '-1mV'", "≥ 0");
        assertThat(field(r, "10", "hint")).contains("line 11, column tolerance", "lots");
        assertThat(field(r, "11", "hint")).contains("line 12 has 4 fields, the header 10");
        assertThat(field(r, "3", "expected")).isNull();
    }

    @Test
    void incorrectTakesPrecedenceOverErrorsForTheExitCode() {
        CliResult r = json(HEAD + "1," + EK + "-95,\n2,ghost,K,140,5,,,E_mV,1,\n");
        r.should().exitedWith(4).errContains("0 of 2 correct (0%): 1 incorrect, 1 error");
    }

    @Test
    void aBlankAnswerIsIncorrect() {
        CliResult r = ek("", "");
        r.should().exitedWith(4);
        assertThat(field(r, "1", "verdict")).isEqualTo("incorrect");
        assertThat(field(r, "1", "hint")).isEqualTo("no answer");
    }

    @Test
    void anUnreadableAnswerIsIncorrectAndSaysWhy() {
        CliResult r = json(HEAD + "1," + EK + "-89 mM,\n2," + EK + "about -90,\n");
        r.should().exitedWith(4);
        assertThat(field(r, "1", "hint")).startsWith("unreadable answer:").contains("concentration", "voltage");
        assertThat(field(r, "2", "hint")).startsWith("unreadable answer:").contains("about -90");
        assertThat(field(r, "1", "answer")).isEqualTo("-89 mM");
    }

    // ---- hints, each within the tolerance only ----

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
        // id | problem columns after id (command..quantity) | answer,tolerance | hint
        "sign      | nernst,Na,15,145,,,E_mV         | -60.63,       | sign flipped (or in/out swapped)",
        "signonly  | drive,Na,15,145,,-70,drive_mV   | 130.6,        | sign flipped",
        "swap      | drive,Na,15,145,,-70,drive_mV   | -9.37,        | in/out swapped",
        "log10     | nernst,K,140,5,,,E_mV           | -38.68,       | log10 used where ln belongs",
        "log10drv  | drive,Na,15,145,,-70,drive_mV   | -96.33,       | log10 used where ln belongs",
        "ln        | nernst,K,140,5,,,E_mV           | -205.06,      | ln used where log10 belongs",
        "zplus1    | nernst,Ca,100nM,2mM,,,E_mV      | 264.7,        | wrong valence (z = +1 used instead of +2)",
        "ztwice    | nernst,Ca,100nM,2mM,,,E_mV      | 66.17,        | wrong valence (divided by z = +2 twice)",
        "zdrive    | drive,Ca,100nM,2mM,,-70,drive_mV | -334.69,     | wrong valence (z = +1 used instead of +2)",
        "zminus1   | drive,K,140,5,,-70,dmu_kJ_mol   | 15.35,        | wrong valence (z = -1 used instead of +1)",
        "mV        | nernst,K,140,5,,,E_mV           | -0.08906,     | V vs mV (off by a factor of 1000)",
        "V         | nernst,K,140,5,,,E_mV           | -89.06 V,     | V vs mV (off by a factor of 1000)",
        "kelvin    | nernst,K,140,5,,,E_mV           | -10.62,       | °C used as K (T = 37 K)",
        "kelvin20  | nernst,K,140,5,20C,,E_mV        | -5.74,        | °C used as K (T = 20 K)",
        "textbook  | nernst,K,140,5,,,E_mV           | -89.054,0.001mV | textbook constants (R = 8.314, F = 96485)",
        "t25       | nernst,K,140,5,,,E_mV           | -85.61,       | temperature 25 °C used instead of 37 °C",
        "t20       | nernst,K,140,5,,,E_mV           | -84.18,       | temperature 20 °C used instead of 37 °C",
        "t37       | nernst,K,140,5,20C,,E_mV        | -89.06,       | temperature 37 °C used instead of 20 °C",
        "wordsign  | drive,K,140,5,,-70,direction    | influx,       | sign flipped (or in/out swapped)",
        "cursign   | drive,Cl,10,110,,-70,current    | outward,      | sign flipped",
        "outside   | nernst,K,140,5,,,E_mV           | -38,          | ''",
        "nohint    | nernst,K,140,5,,,E_mV           | -120,         | ''",
    })
    void hints(String id, String problem, String answerAndTolerance, String hint) {
        String row = answerAndTolerance.contains(",") ? answerAndTolerance : answerAndTolerance + ",";
        CliResult r = json(HEAD + id + "," + problem + "," + row + "\n");
        r.should().exitedWith(4);
        assertThat(field(r, id, "verdict")).isEqualTo("incorrect");
        assertThat(field(r, id, "hint")).isEqualTo(hint == null ? "" : hint);
    }

    @Test
    void codataConstantsWhereTextbookWasAsked() {
        CliResult r = json("id,command,ion,in,out,constants,quantity,answer,tolerance\n"
                + "1,nernst,K,140,5,textbook,E_mV,-89.0587,0.001mV\n2,nernst,K,140,5,textbook,E_mV,-89.054,0.001mV\n");
        assertThat(field(r, "1", "hint")).isEqualTo("codata2018 constants used instead of textbook");
        assertThat(field(r, "2", "verdict")).isEqualTo("correct");
    }

    @Test
    void aMistakeThatChangesNothingBeyondTheToleranceIsNoHint() {
        // textbook constants move E_K by 0.005 mV, far inside 1%: an answer 2% off is not explained by them
        CliResult r = ek("-90.85", "");
        assertThat(field(r, "1", "hint")).isEmpty();
    }

    // ---- words ----

    @Test
    void wordAnswersAreCaseInsensitive() {
        CliResult r = json(HEAD + "1,drive,Na,15,145,,-70,direction,INFLUX,\n2,drive,Na,15,145,,-70,current, Inward ,\n");
        r.should().succeeded();
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "1", "expected")).isEqualTo("influx");
        assertThat(field(r, "1", "answer")).isEqualTo("INFLUX");
        assertThat(field(r, "2", "verdict")).isEqualTo("correct");
    }

    // ---- units in answers and tolerances ----

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "-0.08906 V    | ''", "-89058.7 uV | ''", "−89.06       | ''", "-89.06mV    | ''",
        "-89.3         | 0.5mV", "-89.3 | 500uV", "-89.3 | 0.0005 V", "-89.3 | 0.5", "-89.1 | 0.1%",
    })
    void answersAndTolerancesCarryUnits(String answer, String tolerance) {
        ek(answer.strip(), tolerance).should().succeeded();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {"-89.7 | 0.5mV", "-89.7 | 500uV", "-89.2 | 0.1%", "-0.0892 V | 0.1mV"})
    void tightTolerancesReject(String answer, String tolerance) {
        ek(answer.strip(), tolerance).should().exitedWith(4);
    }

    @Test
    void theAnswerColumnHeaderMayCarryTheUnitOfBareAnswers() {
        CliResult r = json("id,command,ion,in_uM,out,quantity,answer_V,tolerance\n"
                + "1,nernst,K,140000,5,E_mV,-0.08906,\n2,nernst,K,140000,5,E_mV,-89.06 mV,\n");
        r.should().succeeded();
        assertThat(Double.parseDouble(field(r, "1", "answer"))).isCloseTo(-89.06, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void temperatureAnswersConvertScalesAndTolerancesAreDifferences() {
        // nernst --e solves for T: E_K = -89.0587 mV for 140/5 mM at 37 °C
        CliResult r = json("id,command,ion,in,out,e,quantity,answer,tolerance\n"
                + "1,nernst,K,140,5,-89.05869403673188,temp_C,310.15 K,0.5K\n"
                + "2,nernst,K,140,5,-89.05869403673188,temp_C,37.4,0.5C\n"
                + "3,nernst,K,140,5,-89.05869403673188,temp_C,98.6F,0.1\n"
                + "4,nernst,K,140,5,-89.05869403673188,temp_C,38,0.5C\n");
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "2", "verdict")).isEqualTo("correct");
        assertThat(field(r, "3", "verdict")).isEqualTo("correct");
        assertThat(field(r, "4", "verdict")).isEqualTo("incorrect");
    }

    @Test
    void fieldsWithoutAUnitKindTakeBareNumbersOrTheirOwnUnit() {
        // Δμ̃ of K at -70 mV: zF(V_m - E) = 1.8389 kJ/mol; z is an integer field
        CliResult r = json("id,command,ion,in,out,vm,quantity,answer\n"
                + "1,drive,K,140,5,-70,dmu_kJ_mol,1.84 kJ/mol\n2,drive,K,140,5,-70,dmu_kJ_mol,1.84\n"
                + "3,drive,K,140,5,-70,z,1\n4,drive,Ca,1e-4,2,-70,z,1\n");
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "2", "verdict")).isEqualTo("correct");
        assertThat(field(r, "3", "verdict")).isEqualTo("correct");
        assertThat(field(r, "3", "expected")).isEqualTo("1");
        assertThat(field(r, "4", "verdict")).isEqualTo("incorrect");
    }

    @Test
    void theToleranceOptionIsTheDefaultForRowsWithoutOne() {
        ek("-89.3", "").should().succeeded();
        json(HEAD + "1," + EK + "-89.3,\n", "--tolerance", "0.1%").should().exitedWith(4);
        json(HEAD + "1," + EK + "-89.3,1%\n", "--tolerance", "0.1%").should().succeeded();
        json(HEAD + "1," + EK + "-89.3,\n", "--tolerance", "0.3mV").should().succeeded();
    }

    @Test
    void commandLineTemperatureAndConstantsAreDefaultsForTheProblems() {
        json(HEAD + "1," + EK + "-85.61,0.01mV\n", "--temp", "25C").should().succeeded();
        json(HEAD + "1," + EK + "-89.054,0.001mV\n", "--constants", "textbook").should().succeeded();
    }

    // ---- several result rows ----

    @Test
    void selectPicksTheRowOfOneIonFromSeveral() {
        CliResult r = json("id,command,preset,vm,select,quantity,answer\n"
                + "1,drive,mammalian,-70mV,Cl,direction,influx\n"
                + "2,drive,mammalian,-70mV,cl-,direction,influx\n"
                + "3,drive,mammalian,-70mV,,direction,influx\n"
                + "4,drive,mammalian,-70mV,Zn,direction,influx\n"
                + "5,nernst,,,K,E_mV,-97.74\n");
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "2", "verdict")).isEqualTo("correct");
        assertThat(field(r, "3", "hint")).contains("drive gives 5 result rows (Na, K, Ca, Cl, HCO3)", "select");
        assertThat(field(r, "4", "hint")).contains("column select 'Zn'", "no row for it");
        assertThat(field(r, "5", "verdict")).isEqualTo("error");
    }

    @Test
    void mapInputsGiveSeveralRowsToo() {
        CliResult r = json("id,command,in.K,out.K,in.Na,out.Na,select,quantity,answer\n"
                + "1,nernst,140,5,15,145,Na,E_mV,60.63\n2,nernst,140,5,15,145,Na,E_mV,-60.63\n");
        assertThat(field(r, "1", "verdict")).isEqualTo("correct");
        assertThat(field(r, "2", "hint")).isEqualTo("sign flipped (or in/out swapped)");
    }

    // ---- formats ----

    @Test
    void textReportMarksWrongAnswersAndEndsWithTheSummary() {
        CliResult r = CliResult.runWithStdin(HEAD + "1," + EK + "-89.06,\n2," + EK + "89.06,\n3,ghost,K,1,1,,,E_mV,1,\n",
                "check", "-");
        r.should().exitedWith(4);
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("Checking standard input");
        assertThat(r.out()).contains("id  quantity", "expected", "verdict", "hint");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("✓  1").contains("-89.059 mV", "-89.06 mV", "correct"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("✗  2").contains("incorrect", "sign flipped"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("!  3").contains("error", "unknown command"));
        assertThat(lines[lines.length - 1]).isEqualTo("Summary: 1 of 3 correct (33.3%): 1 incorrect, 1 error");
        assertThat(r.err()).startsWith("echem: check: 1 of 3 correct");
    }

    @Test
    void allCorrectTextKeepsStderrQuiet() {
        CliResult r = CliResult.runWithStdin(HEAD + "1," + EK + "-89.06,\n", "check", "-");
        r.should().succeeded();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).endsWith("Summary: 1 of 1 correct (100%): 0 incorrect, 0 errors\n");
    }

    @Test
    void csvOutputHasTheContractFieldsAndTheSummaryGoesToStderr() {
        CliResult r = CliResult.runWithStdin(HEAD + "1," + EK + "-89.06,\n2,drive,Na,15,145,,-70,direction,efflux,\n",
                "check", "-", "--format", "csv", "--precision", "2");
        r.should().exitedWith(4);
        assertThat(r.out()).isEqualTo("id,quantity,expected,answer,error,verdict,hint\n"
                + "1,E_mV,-89.06,-89.06,-1.3e-3,correct,\n"
                + "2,direction,influx,efflux,,incorrect,sign flipped\n");
        assertThat(r.err()).isEqualTo("echem: check: 1 of 2 correct (50%): 1 incorrect, 0 errors\n");
    }

    @Test
    void tsvOutput() {
        CliResult r = CliResult.runWithStdin(HEAD + "1," + EK + "-89.06,\n", "check", "-", "--format", "tsv");
        r.should().succeeded();
        assertThat(r.out()).startsWith("id\tquantity\texpected\tanswer\terror\tverdict\thint\n1\tE_mV\t-89.0586940367319\t-89.06\t");
        assertThat(r.err()).isEqualTo("echem: check: 1 of 1 correct (100%): 0 incorrect, 0 errors\n");
    }

    @Test
    void jsonOutputIsOneObjectPerProblem() {
        CliResult r = json(HEAD + "1," + EK + "-89.06,\n2," + EK + "-38.68,\n");
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertThat(field(r, "2", "hint")).isEqualTo("log10 used where ln belongs");
        assertThat(r.out()).doesNotContain("Summary");
    }

    @Test
    void explainShowsTheWorkedSolutionUnderIncorrectAnswersOnly() {
        CliResult r = CliResult.runWithStdin(HEAD + "1," + EK + "-89.06,\n2,nernst,Na,15,145,,,E_mV,-60.63,\n",
                "check", "-", "--explain");
        String out = r.out();
        int wrong = out.indexOf("✗  2");
        assertThat(wrong).isPositive();
        assertThat(out.substring(wrong)).contains("worked solution:", "Nernst potential of Na+", "E = (RT/zF)·ln");
        assertThat(out).doesNotContain("Nernst potential of K+");
    }

    @Test
    void explainShowsOnlyTheSelectedRowOfSeveral() {
        CliResult r = CliResult.runWithStdin("id,command,preset,select,quantity,answer\n1,nernst,mammalian,Cl,E_mV,90\n",
                "check", "-", "--explain");
        assertThat(r.out()).contains("Nernst potential of Cl-").doesNotContain("Nernst potential of Na+")
                .doesNotContain("Nernst potential of HCO3");
    }

    // ---- CSV reading as in batch mode ----

    @Test
    void bomSemicolonsBlankLinesAndQuotedFields() {
        String csv = "\uFEFFid;command;ion;in;out;quantity;answer\r\n\r\n\"p 1\";nernst;K;140;5;E_mV;\"-89,06\"\r\n"
                + "p2;nernst;K;140;5;E_mV;-89.06\r\n";
        CliResult r = json(csv);
        assertThat(field(r, "p 1", "hint")).startsWith("unreadable answer");
        assertThat(field(r, "p2", "verdict")).isEqualTo("correct");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hw.csv");
        Files.writeString(f, HEAD + "1," + EK + "-89.06,\n", StandardCharsets.UTF_8);
        CliResult.run("check", f.toString()).should().succeeded().outContains("Checking " + f);
    }

    // ---- exit codes for bad input ----

    @Test
    void aMissingFileExitsThree() {
        CliResult.run("check", "no-such-homework.csv").should().exitedWith(3)
                .errContains("echem: check: file 'no-such-homework.csv': no such file");
    }

    @Test
    void aFileWithoutTheNeededColumnsExitsThree() {
        CliResult r = CliResult.runWithStdin("id,command,ion,in,out,answer\n1,nernst,K,140,5,-89\n", "check", "-");
        r.should().exitedWith(3).errContains("lacks the column quantity", "id,command,quantity,answer");
        CliResult.runWithStdin("ion,in,out\nK,140,5\n", "check", "-").should().exitedWith(3)
                .errContains("lacks the columns id, command, quantity, answer");
    }

    @Test
    void anEmptyFileOrOneWithoutProblemsExitsThree() {
        CliResult.runWithStdin("", "check", "-").should().exitedWith(3).errContains("is empty");
        CliResult.runWithStdin(HEAD, "check", "-").should().exitedWith(3).errContains("holds no problems");
    }

    @Test
    void badOptionsExitTwo() {
        CliResult.runWithStdin(HEAD, "check", "-", "--tolerance", "lots").should().exitedWith(2)
                .errContains("--tolerance 'lots'", "1%", "0.5mV");
        CliResult.runWithStdin(HEAD, "check", "-", "--tolerance", "-1mV").should().exitedWith(2);
        CliResult.runWithStdin(HEAD, "check", "-", "--format", "xml").should().exitedWith(2);
        CliResult.run("check").should().exitedWith(2).errContains("FILE");
        CliResult.runWithStdin(HEAD, "check", "-", "--precision", "40").should().exitedWith(2);
    }

    @Test
    void helpListsTheColumnsAndExamples() {
        CliResult.run("check", "--help").should().succeeded()
                .outContains("--tolerance", "Examples:", "echem check examples/homework-key.csv", "verdict");
        CliResult.run("--help").should().succeeded().outContains("check");
    }

    // ---- the examples of the README ----

    @Test
    void theTeachersKeyIsAllCorrect() {
        CliResult r = CliResult.run("check", "examples/homework-key.csv", "--format", "json");
        r.should().succeeded();
        assertThat(r.out().split("\n")).hasSize(13).allSatisfy(l -> assertThat(l).contains("\"verdict\":\"correct\""));
    }

    @Test
    void theStudentsAnswersShowEveryHint() {
        CliResult r = CliResult.run("check", "examples/homework-student.csv", "--format", "json");
        r.should().exitedWith(4).errContains("echem: check: 3 of 13 correct (23.1%): 10 incorrect, 0 errors");
        assertThat(field(r, "1", "hint")).isEqualTo("log10 used where ln belongs");
        assertThat(field(r, "2", "hint")).isEqualTo("sign flipped (or in/out swapped)");
        assertThat(field(r, "3", "hint")).startsWith("wrong valence");
        assertThat(field(r, "4", "hint")).isEqualTo("temperature 37 °C used instead of 20 °C");
        assertThat(field(r, "5", "hint")).isEqualTo("in/out swapped");
        assertThat(field(r, "6", "verdict")).isEqualTo("correct");
        assertThat(field(r, "7", "hint")).startsWith("sign flipped");
        assertThat(field(r, "9", "hint")).isEqualTo("V vs mV (off by a factor of 1000)");
        assertThat(field(r, "10", "hint")).isEqualTo("°C used as K (T = 37 K)");
        assertThat(field(r, "11", "hint")).isEqualTo("textbook constants (R = 8.314, F = 96485)");
        assertThat(field(r, "12", "hint")).isEqualTo("temperature 25 °C used instead of 37 °C");
    }
}
