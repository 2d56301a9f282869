package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.echem.io.TextStyle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Issue 18: text output for people, laid out for an 80-column terminal; machine formats untouched. */
class TextLayoutTest {

    private static CliResult at80(String... args) {
        return CliResult.run("", 80, args);
    }

    /** Every README and docs example whose output is text fits 80 columns when COLUMNS=80. */
    @TestFactory
    Stream<DynamicTest> everyReadmeExampleFitsEightyColumns() throws IOException {
        List<String> examples = ReadmeExamplesTest.examples(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path d : docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                examples.addAll(ReadmeExamplesTest.examples(d));
            }
        }
        List<String> text = examples.stream()
                .filter(e -> !e.contains("|") && !e.contains("<") && !e.contains(">") && !e.contains("$(")
                        && !e.contains(";") && !e.contains("--format") && !e.contains("--csv"))
                .collect(Collectors.toList());
        assertThat(text).hasSizeGreaterThan(40);
        return text.stream().map(ex -> DynamicTest.dynamicTest(ex, () -> {
            List<String> words = ReadmeExamplesTest.words(ex.substring("bin/echem ".length()));
            CliResult r = at80(words.toArray(new String[0]));
            r.should().succeeded();
            for (String line : r.out().split("\n")) {
                assertThat(TextStyle.width(line)).as("width of '%s' in %s", line, ex).isLessThanOrEqualTo(80);
            }
        }));
    }

    @Test
    void aWideTableTurnsIntoOneBlockPerRowAndWideKeepsTheTable() {
        CliResult narrow = at80("drive", "--preset", "mammalian", "--vm", "-85mV");
        narrow.should().succeeded().outContains("ion              Na\n", "\n\nion              K\n",
                "Δμ̃ (out→in)      -14.627 kJ/mol");
        CliResult wide = at80("drive", "--preset", "mammalian", "--vm", "-85mV", "--wide");
        String[] lines = wide.out().split("\n");
        assertThat(lines[0]).startsWith("ion   z   E (mV)").contains("Δμ̃ (out→in) (kJ/mol)  chemical part");
        assertThat(TextStyle.width(lines[0])).isGreaterThan(80);
        // Δμ̃ has a combining tilde: the columns after it still line up (display width, not chars)
        int header = TextStyle.width(lines[0].substring(0, lines[0].indexOf("chemical part")));
        String na = lines[1];
        assertThat(TextStyle.width(na.substring(0, na.indexOf("-6.4258")))).isEqualTo(header);
        CliResult wideTerminal = CliResult.run("", 200, "drive", "--preset", "mammalian", "--vm", "-85mV");
        assertThat(wideTerminal.out().split("\n")[0]).isEqualTo(lines[0]);
    }

    @Test
    void unitsTakeAReadablePrefixInTextOnly() {
        at80("charge", "--dv", "30mV", "--radius", "0.6mm").should().succeeded()
                .outContains("45.239 nF", "1.3572 nC", "4.5239 mm² of membrane");
        CliResult r = at80("charge", "--dv", "30mV", "--radius", "0.6mm");
        assertThat(r.out()).doesNotContain("pF", "pC", "µm²");
        at80("nernst", "--ion", "Ca", "--in", "50nM", "--out", "2mM").should().succeeded()
                .outContains("[in]   50 nM", "[out]  2 mM");
        assertThat(at80("nernst", "--ion", "Ca", "--in", "50nM", "--out", "2mM", "--format", "json").out())
                .contains("\"c_in_mM\":5e-5");
        assertThat(at80("charge", "--dv", "30mV", "--radius", "0.6mm", "--format", "csv").out())
                .startsWith("capacitance_pF,charge_pC,").contains("45238.9342");
    }

    @Test
    void precisionAppliesToTheSentencesToo() {
        CliResult r = at80("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70", "--precision", "1");
        r.should().succeeded().outContains("V_m − E          -130.6 mV", "V_m − E = -130.6 mV for a cation");
        assertThat(r.out()).doesNotContain("130.63");
        assertThat(at80("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70").out())
                .contains("V_m − E = -130.63 mV");
    }

    @Test
    void aSolvedValueIsMarkedAndAnImpossibleOneNoted() {
        CliResult r = at80("nernst", "--ion", "K", "--in", "140", "--out", "5", "--e", "-60");
        r.should().succeeded().outContains("T      -64.198 °C  (solved for)", "below the freezing point of water");
        at80("nernst", "--ion", "K", "--out", "5", "--e", "-90mV").should().succeeded()
                .outContains("[in]   ", "mM  (solved for)");
        at80("nernst", "--ion", "K", "--in", "1000", "--out", "0.001").should().succeeded()
                .outContains("|E| above 300 mV");
        assertThat(at80("nernst", "--ion", "K", "--in", "140", "--out", "5").out()).doesNotContain("Note:", "solved");
    }

    @Test
    void theFooterNamesOnlyWhatTheResultDependsOn() {
        for (String[] args : List.of(new String[] {"current", "--g", "10nS", "--vm", "-70", "--e", "60"},
                new String[] {"charge", "--dv", "30mV", "--radius", "0.6mm"},
                new String[] {"pump", "--pump-current", "20pA", "--g-total", "4nS"})) {
            CliResult r = at80(args);
            r.should().succeeded();
            assertThat(r.out()).as(String.join(" ", args)).doesNotContain("codata2018", "°C");
        }
        at80("current", "--ion", "K", "--in", "140", "--out", "5", "--g", "2nS", "--vm", "-60mV").should()
                .succeeded().outContains("(T = 37 °C = 310.15 K; constants codata2018:");
        // JSON keeps its temp_C
        assertThat(at80("current", "--g", "10nS", "--vm", "-70", "--e", "60", "--format", "json").out())
                .contains("\"temp_C\":37");
    }

    @Test
    void presetsSayWhatTheyAreAndCarryTheirTemperature() {
        CliResult squid = at80("nernst", "--preset", "squid");
        squid.should().succeeded();
        assertThat(squid.out().replace("\n  ", " ")).contains("Preset squid: squid giant axon",
                "T = 6.3 °C, the preset's usual temperature", "(T = 6.3 °C = 279.45 K;");
        assertThat(at80("nernst", "--preset", "squid", "--ion", "K", "--format", "json").out())
                .contains("\"temp_C\":6.3");
        CliResult given = at80("nernst", "--preset", "squid", "--ion", "K", "--temp", "37");
        assertThat(given.out()).contains("E      -80.066 mV").doesNotContain("usual temperature");
        assertThat(at80("nernst", "--preset", "frog", "--ion", "K", "--format", "json").out()).contains("\"temp_C\":20");
        for (String p : List.of("neuron", "astrocyte", "plant", "acsf", "k-gluconate")) {
            at80("ions", "--preset", p).should().succeeded();
            at80("nernst", "--preset", p, "--ion", p.equals("plant") ? "H" : "K").should().succeeded()
                    .outContains("Preset " + p + ": ");
            assertThat(at80("nernst", "--preset", p, "--ion", "K", "--format", "json").out()).contains("\"temp_C\":37");
        }
        CliResult help = at80("nernst", "--help");
        help.should().succeeded();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("mammalian (mammalian skeletal muscle",
                "squid (squid giant axon", "neuron (mammalian central neuron", "K-gluconate pipette",
                "default temperature 6.3 °C");
    }

    @Test
    void textStreamsInBlocks() {
        StringBuilder csv = new StringBuilder("ion,in,out\n");
        for (int i = 0; i < 700; i++) {
            csv.append("K,").append(100 + i).append(",5\n");
        }
        CliResult r = CliResult.run(csv.toString(), 80, "nernst", "--csv", "-", "--format", "text");
        r.should().succeeded();
        long rows = r.out().lines().filter(l -> l.startsWith("K ")).count();
        assertThat(rows).isEqualTo(700);
        assertThat(r.out()).startsWith("ion  in   out  ion  z  [in] (mM)");
    }
}
