package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code nernst}, {@code drive}, {@code current}, {@code ghk} and {@code charge} in Chinese
 * ({@code --lang zh}): help, explanation steps, row notes and errors use the chapter's terms, while
 * English ({@code --lang en} or no {@code --lang}) stays as it was and machine formats do not change.
 */
class CalcZhTest {

    @Test
    void nernstExplainsInChinese() {
        CliResult zh = CliResult.run("nernst", "--ion", "K", "--in", "140mM", "--out", "5mM", "--explain", "--lang", "zh");
        zh.should().succeeded().outContains("K+ 的平衡电位（能斯特方程，z = +1）", "斜率：", "其自然对数为 -3.3322",
                "-89.059 mV");
        assertThat(zh.out()).doesNotContain("Nernst potential of", "per tenfold change", "ln of it");
        CliResult en = CliResult.run("nernst", "--ion", "K", "--in", "140mM", "--out", "5mM", "--explain");
        en.should().succeeded().outContains("Nernst potential of K+ (z = +1): E = (RT/zF)·ln([K]out/[K]in)",
                "  [K]out/[K]in = 5 mM / 140 mM = 0.035714; ln of it = -3.3322",
                "  slope: (RT/zF)·ln 10 = 61.54 mV per tenfold change of [K]out/[K]in");
        assertThat(CliResult.run("nernst", "--ion", "K", "--in", "140mM", "--out", "5mM", "--explain", "--lang", "en")
                .out()).isEqualTo(en.out());
    }

    @Test
    void driveSaysInfluxAndInwardCurrentInChinese() {
        CliResult zh = CliResult.run("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70", "--explain",
                "--lang", "zh");
        zh.should().succeeded().outContains("Na+ 所受的电化学驱动力：V_m − E = -70 mV − (60.634 mV) = -130.63 mV",
                "符号规则：阳离子（z > 0）在负的驱动力下内流", "内向电流", "化学驱动力部分", "电驱动力部分",
                "电化学驱动力 =", "Na+ 内流：它是阳离子");
        assertThat(zh.out()).doesNotContain("flows in", "sign rule", "chemical part");
        CliResult en = CliResult.run("drive", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70");
        en.should().succeeded().outContains("Na+ flows in (influx): V_m − E = -130.63 mV for a cation, so the net current it",
                "carries is inward.");
    }

    @Test
    void driveNotesOfAnAnionAndOfEquilibrium() {
        CliResult out = CliResult.run("drive", "--ion", "Cl", "--e", "-64", "--vm", "-70", "--lang", "zh");
        out.should().succeeded().outContains("Cl- 外流：它是阴离子", "内向电流");
        CliResult eq = CliResult.run("drive", "--ion", "Cl", "--e", "-64", "--vm", "-64", "--explain", "--lang", "zh");
        eq.should().succeeded().outContains("Cl- 处于平衡：没有净通量", "没有净移动（平衡）");
        CliResult en = CliResult.run("drive", "--ion", "Cl", "--e", "-64", "--vm", "-70", "--explain");
        en.should().succeeded().outContains("  sign rule: for an anion (z < 0) a negative driving force moves it out",
                "  current (positive outward) has the sign of V_m − E: inward",
                "Cl- flows out (efflux): V_m − E = -6 mV for an anion, so the net current it carries");
    }

    @Test
    void currentGhkAndChargeInChinese() {
        CliResult current = CliResult.run("current", "--g", "Na=120mS/cm2,K=36mS/cm2", "--e", "Na=50,K=-77",
                "--vm", "-65", "--explain", "--lang", "zh");
        current.should().succeeded().outContains("Na 的电流：I = g · (V_m − E)", "→ 内向电流", "→ 外向电流",
                "零电流（弦）电位：V_rest");
        CliResult ghk = CliResult.run("ghk", "--preset", "mammalian", "--perm", "K=1,Na=0.04,Cl=0.45", "--explain",
                "--lang", "zh");
        ghk.should().succeeded().outContains("GHK 电压方程（所有 |z| = 1）", "分子 = 1·4 + 0.04·145 + 0.45·4.2 = 11.69",
                "分母 = ", "-77.302 mV");
        CliResult charge = CliResult.run("charge", "--dv", "100mV", "--radius", "10um", "--ion", "K", "--conc",
                "140mM", "--explain", "--lang", "zh");
        charge.should().succeeded().outContains("膜电容上的电荷", "7843300 个 K+ 离子", "半径 10 µm 的球形细胞",
                "给膜电容充电几乎不改变浓度");
        assertThat(charge.out()).doesNotContain("A sphere of radius", "hardly changes");
    }

    @Test
    void activitiesAndCo2StepsInChinese() {
        CliResult r = CliResult.run("nernst", "--ion", "HCO3", "--pco2", "40mmHg", "--ph-in", "7.2", "--ph-out", "7.4",
                "--activity", "davies", "--explain", "--lang", "zh");
        r.should().succeeded().outContains("由 PCO2 求 [HCO3-]（Henderson-Hasselbalch 方程）", "膜内：0.0307 mM/mmHg",
                "用活度计算（davies）：", "相对按浓度算得的");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nernst", "drive", "current", "ghk", "charge"})
    void helpFollowsTheLanguageOfEachRun(String command) {
        CliResult zh = CliResult.run(command, "--help", "--lang", "zh");
        zh.should().succeeded();
        CliResult en = CliResult.run(command, "--help"); // after the Chinese run, in the same JVM
        en.should().succeeded();
        assertThat(en.out()).isEqualTo(CliResult.run(command, "--help", "--lang", "en").out());
        // the description line right after the usage is Chinese in one and English in the other
        assertThat(firstDescriptionLine(zh.out())).matches(".*[\\u4e00-\\u9fff].*");
        assertThat(firstDescriptionLine(en.out())).doesNotMatch(".*[\\u4e00-\\u9fff].*");
        assertThat(zh.out()).contains("示例：", "  echem " + command + " --");
    }

    private static String firstDescriptionLine(String help) {
        String[] lines = help.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].startsWith(" ") && !lines[i].startsWith("Usage:")) {
                return lines[i];
            }
        }
        throw new AssertionError("no description in " + help);
    }

    @Test
    void helpTextsInChinese() {
        CliResult drive = CliResult.run("drive", "--help", "--lang", "zh");
        drive.should().outContains("离子所受的电化学驱动力 V_m - E", "符号规则：V_m - E < 0 时阳离子内流、阴离子外流",
                "膜电位 V_m = V_in - V_out");
        CliResult nernst = CliResult.run("nernst", "--help", "--lang", "zh");
        nernst.should().outContains("  echem nernst --ion K --out 5 --e -90mV          （求 [K]in）");
        CliResult en = CliResult.run("nernst", "--help");
        en.should().outContains("  echem nernst --ion K --out 5 --e -90mV          (solves for [K]in)",
                "Equilibrium (Nernst) potential E = (RT/zF)·ln([out]/[in])");
    }

    @Test
    void errorsInChinese() {
        CliResult.run("nernst", "--ion", "K", "--e", "-90mV", "--lang", "zh").should().exitedWith(2)
                .errContains("--e '-90mV'：请给出 --in 或 --out（以及 --temp，默认 37 °C）；另一个由求解得出");
        CliResult.run("ghk", "--preset", "mammalian", "--lang", "zh").should().exitedWith(2)
                .errContains("缺少 --perm：请以 NAME=P 对给出通透性");
        CliResult.run("charge", "--dv", "100mV", "--lang", "zh").should().exitedWith(2)
                .errContains("缺少 --radius：");
        CliResult.run("current", "--g", "K=1nS,Na=1nS", "--e", "K=-90,Ca=60", "--vm", "-70", "--lang", "zh")
                .should().exitedWith(2).errContains("--g 中没有通道 Ca（已有通道：K、Na）");
        CliResult.run("drive", "--ion", "K", "--e", "-90", "--in", "140", "--vm", "-70", "--lang", "zh").should()
                .exitedWith(2).errContains("请给出 --e 或浓度（--in、--out、--preset）之一");
        CliResult.run("current", "--g", "K=1nS,Na=1nS", "--e", "K=-90,Ca=60", "--vm", "-70").should().exitedWith(2)
                .errContains("there is no channel Ca in --g (channels: K, Na)");
    }

    @Test
    void machineFormatsDoNotChangeWithTheLanguage() {
        String[] args = {"drive", "--preset", "mammalian", "--vm", "-70", "--activity", "davies", "--format", "json"};
        String en = CliResult.run(args).out();
        String[] zhArgs = java.util.Arrays.copyOf(args, args.length + 2);
        zhArgs[args.length] = "--lang";
        zhArgs[args.length + 1] = "zh";
        assertThat(CliResult.run(zhArgs).out()).isEqualTo(en).contains("\"direction\":\"influx\"");
    }
}
