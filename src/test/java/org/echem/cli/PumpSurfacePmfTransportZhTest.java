package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code pump}, {@code surface}, {@code pmf} and {@code transport} with {@code --lang zh}: help texts,
 * explanations, notes and error messages in Chinese (the chapter's terms), English unchanged without
 * it, and the two errata of the chapter stated in both languages where {@code --explain} meets them.
 */
class PumpSurfacePmfTransportZhTest {
    private static final String[] BLOCK = {"pump", "--preset", "mammalian", "--perm", "Na=0.01", "--block",
        "--explain"};
    private static final String[] MEMBRANE = {"surface", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70",
        "--psi-out", "-20mV", "--explain"};
    private static final String[] ONE_SURFACE = {"surface", "--sigma", "-0.05", "--salt", "150", "--ion", "Ca",
        "--conc", "2mM", "--explain"};

    private static String[] zh(String... args) {
        String[] a = java.util.Arrays.copyOf(args, args.length + 2);
        a[args.length] = "--lang";
        a[args.length + 1] = "zh";
        return a;
    }

    private static boolean hasChinese(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Erratum 1: a pump block shrinks the inward Na⁺ driving force, it does not enlarge it. */
    @Test
    void pumpBlockSaysInChineseThatTheNaDriveShrinks() {
        CliResult r = CliResult.run(zh(BLOCK));
        r.should().succeeded().outContains("钠钾泵完全阻断后的第一瞬间", "钠钾泵阻断后 Na+ 的内向驱动力减小而非增大",
                "原因：E_Na（66.598 mV）高于 V_m；V_m 的去极化使它靠近 E_Na", "幅值减小", "Mullins–Noda 方程（1963）",
                "Na+：内向驱动力减小，|V_m − E| 158.57 → 156.09 mV（V_m 靠近 E_Na = 66.598 mV）。",
                "K+：外向驱动力增大", "Cl-：驱动力反向（净外流 → 内流）", "钠钾泵（r = 1.5）使 V_m 超极化 2.4751 mV");
        assertThat(r.out()).doesNotContain("A classic error").doesNotContain("grows").doesNotContain("shrinks");
        CliResult en = CliResult.run(BLOCK);
        en.should().succeeded().outContains("A classic error says the inward Na+ drive grows when the pump stops.",
                "Na+: the inward driving force shrinks", "|V_m − E_Na| shrinks");
        assertThat(hasChinese(en.out())).isFalse();
    }

    @Test
    void pumpOhmicViewInChinese() {
        CliResult r = CliResult.run(zh("pump", "--pump-current", "20pA", "--g-total", "4nS", "--explain"));
        r.should().succeeded().outContains("泵的欧姆视角", "I = 20 pA，G = 4 nS", "外向泵电流 20 pA 流经 4 nS，使 V_m 超极化 5 mV。");
    }

    /** Erratum 2: a surface charge leaves the electrochemical driving force as it is. */
    @Test
    void surfaceSaysInBothLanguagesThatTheDrivingForceIsUnchanged() {
        CliResult r = CliResult.run(zh(MEMBRANE));
        r.should().succeeded().outContains("按表面浓度的能斯特平衡电位（有效平衡电位）", "双电层", "朴素值",
                "表面电荷不改变真正的电化学驱动力，Na+ 的净驱动力仍为 -130.63 mV",
                "Na+ 的驱动力：V_mem − E_eff = -130.63 mV = V_m − E：表面电荷不改变真正的电化学驱动力");
        assertThat(r.out()).doesNotContain("Why:").doesNotContain("naive value");

        CliResult one = CliResult.run(zh(ONE_SURFACE));
        one.should().succeeded().outContains("表面电荷不改变真正的电化学驱动力：对 Ca2+ 而言", "102.26 mV",
                "玻尔兹曼因子", "德拜长度", "是体溶液浓度 2 mM 的 45.892 倍");
        CliResult en = CliResult.run(ONE_SURFACE);
        en.should().succeeded().outContains(
                "Surface charge does not change the true (electrochemical) driving force on", "= 102.26 mV",
                "= -102.26 mV cancel", "Ca2+ at the surface: 91.784 mM, 45.892 times the bulk 2 mM");
        assertThat(hasChinese(en.out())).isFalse();
    }

    @Test
    void pmfInChinese() {
        CliResult r = CliResult.run(zh("pmf", "--vm", "-150", "--ph-in", "7.6", "--ph-out", "5.5", "--explain"));
        r.should().succeeded().outContains("质子动力：Δp = V_m − (RT·ln10/F)", "每 pH 单位 61.54 mV",
                "电部分 V_m = -150 mV；化学部分 −E_H = -129.23 mV", "为负，H⁺ 被驱动内流",
                "Δp = -279.23 mV：H⁺ 被驱动内流");
    }

    @Test
    void transportInChinese() {
        CliResult r = CliResult.run(zh("transport", "--name", "ncx", "--preset", "mammalian", "--vm", "-70",
                "--explain"));
        r.should().succeeded().outContains("转运体 ncx，每个正向循环 Na=3,Ca=-1", "每循环内移的净电荷 Σ nᵢzᵢ = +1",
                "→ 正向（ΔG < 0 时为正向）", "ncx 正向运行（内移：Na=3,Ca=-1）");
        CliResult solved = CliResult.run(zh("transport", "--name", "kcc2", "--in", "K=140", "--out", "K=5,Cl=110",
                "--solve", "Cl"));
        solved.should().succeeded().outContains("kcc2 在 [Cl]in = 3.9286 mM 时处于平衡。电中性：ΔG 与 V_m 无关");
    }

    /** Declarations are built per call: Chinese help, then English help in the same JVM. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pump      | 生电性钠钾泵对静息电位的贡献          | Electrogenic Na+/K+ pump: its contribution to the resting potential",
        "surface   | 古依-查普曼理论 / Grahame 方程给出的表面电位 | Gouy–Chapman / Grahame surface potentials and their effect on driving forces.",
        "pmf       | 即 H+ 跨膜的电化学势差                 | the electrochemical potential difference of H+ across a membrane, split into",
        "transport | 偶联转运体每循环的自由能               | transporter (nᵢ moles of ion i moved in per forward cycle, m ATP hydrolysed),",
    })
    void helpInEitherLanguage(String command, String chinese, String english) {
        CliResult zh = CliResult.run(command, "--help", "--lang", "zh");
        zh.should().succeeded().outContains(chinese, "  echem " + command + " ");
        assertThat(zh.out()).doesNotContain(english);
        CliResult en = CliResult.run(command, "--help");
        en.should().succeeded().outContains(english);
        assertThat(en.out()).doesNotContain(chinese);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --ratio 0 | 偶联比必须 > 0 | the coupling ratio must be > 0",
        "pump --pump-current 20pA                                         | 缺少 --g-total | --g-total is missing",
        "surface --salt 0                                                 | 盐浓度必须 > 0 | the salt concentration must be > 0",
        "surface --ion Na --in 15 --out 145 --vm -70                      | 缺少 --psi-out：膜模式需要表面电位 | --psi-out is missing: membrane mode",
        "pmf --vm -150 --ph-in 7                                          | 缺少 --ph-out：请给出膜外 pH | --ph-out is missing: give the pH outside",
        "transport --name foo --preset mammalian                          | 未知的转运体 | unknown transporter, expected one of",
        "transport --name nka --preset mammalian --vm -70                 | 缺少 --dg-atp：nka 水解 ATP | --dg-atp is missing: nka hydrolyses ATP",
    })
    void errorsInEitherLanguage(String command, String chinese, String english) {
        String[] args = command.split(" +");
        CliResult.run(zh(args)).should().exitedWith(2).errContains(chinese);
        CliResult en = CliResult.run(args);
        en.should().exitedWith(2).errContains(english);
        assertThat(hasChinese(en.err())).isFalse();
    }

    /** Machine formats say the same in every language. */
    @Test
    void jsonIsTheSameInChinese() {
        String[] block = {"pump", "--preset", "mammalian", "--perm", "Na=0.01", "--block", "--format", "json"};
        assertThat(CliResult.run(zh(block)).out()).isEqualTo(CliResult.run(block).out());
        String[] surface = {"surface", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70", "--psi-out",
            "-20mV", "--format", "csv"};
        assertThat(CliResult.run(zh(surface)).out()).isEqualTo(CliResult.run(surface).out());
    }
}
