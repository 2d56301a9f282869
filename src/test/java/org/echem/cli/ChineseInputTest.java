package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * SPEC §9: what a Chinese input method types is read as its ASCII twin (full-width digits, signs,
 * letters and punctuation), and the Chinese names of ions (钾, 钠, 钙, 氯, 镁, 氢, 碳酸氢根) are ions.
 * Each case is compared with the same command typed in ASCII, so the answer is the one already tested.
 */
class ChineseInputTest {

    private static String csv(String... args) {
        CliResult r = CliResult.run(args);
        r.should().succeeded();
        return r.out();
    }

    @Test
    void fullWidthValuesOptionsAndMapsReadAsAscii() {
        String ascii = csv("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70mV", "--format", "csv");
        assertThat(csv("drive", "－－ion", "Ｎａ", "--in", "１５", "--out", "１４５", "--vm", "－７０ｍＶ", "--format", "csv"))
                .isEqualTo(ascii);
        String map = csv("nernst", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--format", "csv");
        assertThat(csv("nernst", "--in", "Ｋ＝１４０，Ｎａ＝１５", "--out", "K=5,Na=145", "--format", "csv")).isEqualTo(map);
    }

    @Test
    void chineseIonNamesAreTheTableIons() {
        String[][] pairs = {{"钾", "K"}, {"钠", "Na"}, {"钙", "Ca"}, {"氯", "Cl"}, {"镁", "Mg"}, {"氢", "H"},
            {"碳酸氢根", "HCO3"}, {"氯离子", "Cl"}};
        for (String[] p : pairs) {
            assertThat(csv("nernst", "--ion", p[0], "--in", "10", "--out", "20", "--format", "csv"))
                    .as(p[0]).isEqualTo(csv("nernst", "--ion", p[1], "--in", "10", "--out", "20", "--format", "csv"));
        }
        assertThat(csv("nernst", "--in", "钾=140,钠=15", "--out", "钾=5,钠=145", "--format", "csv"))
                .isEqualTo(csv("nernst", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--format", "csv"));
    }

    @Test
    void aCsvWithChineseNamesAndFullWidthNumbers() {
        CliResult zh = CliResult.runWithStdin("ion,in,out\n钾,１４０,5\n钠,15,１４５ｍＭ\n", "nernst", "--csv", "-");
        CliResult en = CliResult.runWithStdin("ion,in,out\n钾,140,5\n钠,15,145mM\n", "nernst", "--csv", "-");
        zh.should().succeeded();
        // input cells pass through as typed; every result field is the ASCII run's
        assertThat(zh.out().lines().map(l -> l.substring(l.indexOf(",", l.indexOf(",", l.indexOf(",") + 1) + 1)))
                .toList()).isEqualTo(en.out().lines().map(l -> l.substring(l.indexOf(",", l.indexOf(",",
                        l.indexOf(",") + 1) + 1))).toList());
        assertThat(zh.out()).contains("-89.0586940367319");
    }

    @Test
    void anUnknownChineseNameIsStillAnError() {
        CliResult r = CliResult.run("nernst", "--ion", "金", "--in", "1", "--out", "2");
        r.should().exitedWith(2);
        assertThat(r.err()).contains("金");
    }

    @Test
    void theIonTableInChineseNamesEveryIonAsItIsTyped() {
        CliResult zh = CliResult.run("ions", "--lang", "zh");
        zh.should().succeeded();
        for (String line : zh.out().lines().skip(1).filter(l -> l.matches("^[A-Z].*")).toList()) {
            String[] cols = line.trim().split(" +");
            assertThat(cols).as(line).hasSize(3);
            // the Chinese name given reads back as the ion of its row
            assertThat(csv("nernst", "--ion", cols[2], "--z", cols[1], "--in", "1", "--out", "2", "--format", "csv"))
                    .isEqualTo(csv("nernst", "--ion", cols[0], "--z", cols[1], "--in", "1", "--out", "2", "--format", "csv"));
        }
        assertThat(zh.out()).contains("钾").contains("碳酸氢根");
        assertThat(CliResult.run("ions", "--lang", "zh", "--format", "csv").out())
                .isEqualTo(CliResult.run("ions", "--format", "csv").out());
    }
}
