package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} in Chinese (SPEC §9): a Chinese answer sheet ({@code examples/homework-student-zh.csv},
 * the twin of {@code homework-student.csv}: Chinese direction words, full-width digits, 钾 and 钠 in the
 * ion column) gets the verdicts of its English twin; hints, report, summaries, help and messages speak
 * Chinese with {@code --lang zh}; csv, tsv and JSON are the same bytes in every language.
 */
class CheckZhTest {
    private static final String ZH_SHEET = "examples/homework-student-zh.csv";
    private static final String EN_SHEET = "examples/homework-student.csv";
    private static final String KEY = "examples/homework-key.csv";

    /** @return id → verdict of a JSON Lines run of check */
    private static Map<String, String> verdicts(String... args) {
        List<String> a = new ArrayList<>(List.of("check"));
        a.addAll(List.of(args));
        a.addAll(List.of("--format", "json"));
        CliResult r = CliResult.run(a.toArray(new String[0]));
        assertThat(r.exit()).as(r.err()).isEqualTo(4);
        Map<String, String> v = new LinkedHashMap<>();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                v.put(JsonLine.field(line, "id"), JsonLine.field(line, "verdict"));
            }
        }
        return v;
    }

    @Test
    void theChineseSheetIsTheEnglishSheetsTwin() throws IOException {
        List<String> zh = Files.readAllLines(Path.of(ZH_SHEET), StandardCharsets.UTF_8);
        List<String> en = Files.readAllLines(Path.of(EN_SHEET), StandardCharsets.UTF_8);
        assertThat(zh).hasSameSizeAs(en);
        assertThat(zh.get(0)).isEqualTo(en.get(0));
        String all = String.join("\n", zh);
        assertThat(all).contains(",钾,", ",钠,", ",内流,", ",外流。,", ",外向电流,", "－３８．６８ ｍＶ", "２６４．７");
    }

    @Test
    void aChineseSheetGetsTheVerdictsOfItsEnglishTwin() {
        Map<String, String> en = verdicts(EN_SHEET);
        assertThat(en).hasSize(13).containsValues("correct", "incorrect");
        assertThat(verdicts(ZH_SHEET)).isEqualTo(en);
        assertThat(verdicts(ZH_SHEET, "--lang", "zh")).isEqualTo(en);
    }

    @Test
    void withTheKeyTooAndNoInputIsTakenForAnotherOne() {
        Map<String, String> en = verdicts("--key", KEY, EN_SHEET);
        assertThat(en).hasSize(13).containsValues("correct", "incorrect");
        assertThat(verdicts("--key", KEY, ZH_SHEET, "--lang", "zh")).isEqualTo(en);
        // 钾 in the ion column is the key's K: not "inputs differ from the key"
        CliResult r = CliResult.run("check", "--key", KEY, ZH_SHEET, "--format", "csv");
        assertThat(r.out()).doesNotContain("inputs differ").contains("sign flipped (or in/out swapped)");
    }

    @Test
    void machineFormatsAreTheSameBytesInEveryLanguage() {
        for (String format : new String[] {"csv", "tsv", "json"}) {
            for (String sheet : new String[] {EN_SHEET, ZH_SHEET}) {
                CliResult en = CliResult.run("check", sheet, "--format", format, "--lang", "en");
                CliResult zh = CliResult.run("check", sheet, "--format", format, "--lang", "zh");
                assertThat(zh.out()).as(format + " " + sheet).isEqualTo(en.out()).contains("log10 used where ln belongs");
                assertThat(zh.err()).contains("13 题中 3 题正确（23.1%）");
            }
            CliResult en = CliResult.run("check", "--key", KEY, ZH_SHEET, EN_SHEET, "--format", format, "--lang", "en");
            CliResult zh = CliResult.run("check", "--key", KEY, ZH_SHEET, EN_SHEET, "--format", format, "--lang", "zh");
            assertThat(zh.out()).as(format + " --key").isEqualTo(en.out());
        }
    }

    @Test
    void invalidRowsKeepTheirEnglishMessageInCsvAndSayItInChineseInText() {
        String sheet = "id,command,ion,in,out,quantity,answer,tolerance\n"
                + ",nernst,K,140,5,E_mV,-89,\n"
                + "2,nernst,K,140,5,E_mV,about -89,\n"
                + "3,nernst,K,140,5,E_mV,,\n"
                + "4,nernst,K,140,5,E_mV,-89,-1%\n";
        CliResult en = CliResult.runWithStdin(sheet, "check", "-", "--format", "csv");
        CliResult zh = CliResult.runWithStdin(sheet, "check", "-", "--format", "csv", "--lang", "zh");
        assertThat(zh.out()).isEqualTo(en.out()).contains("column id is empty", "unreadable answer", "no answer",
                "a tolerance must be ≥ 0");
        CliResult text = CliResult.runWithStdin(sheet, "check", "-", "--lang", "zh");
        assertThat(text.out()).contains("批改 标准输入", "第 2 行的 id 列为空", "无法读取的答案", "未作答", "容差必须 ≥ 0",
                "无效", "小结：4 题中 0 题正确（0%）：2 题错误，2 题无效").doesNotContain("no answer", "Summary");
    }

    @Test
    void theTextReportSpeaksChinese() {
        CliResult r = CliResult.run("check", ZH_SHEET, "--lang", "zh");
        r.should().exitedWith(4);
        assertThat(r.out()).contains("批改 examples/homework-student-zh.csv", "题号", "正确值", "判定", "提示",
                "该用 ln 的地方用了 log10", "符号反了（或胞内外浓度颠倒）", "价数错误（用了 z = +1，而不是 +2）",
                "用了 37 °C 的温度，而不是 20 °C", "胞内外浓度颠倒", "V 与 mV 混淆（相差 1000 倍）",
                "把 °C 当成了 K（T = 37 K）", "用了教科书常数（R = 8.314，F = 96485）", "内流", "外向",
                "小结：13 题中 3 题正确（23.1%）：10 题错误，0 题无效")
                .doesNotContain("incorrect", "sign flipped", "Summary");
        // columns line up by the width a terminal gives Chinese characters
        List<String> lines = r.out().lines().toList();
        String head = lines.get(2);
        String row = lines.get(3);
        int hint = org.echem.io.TextStyle.width(head.substring(0, head.indexOf("提示")));
        int hintCell = org.echem.io.TextStyle.width(row.substring(0, row.indexOf("该用")));
        assertThat(hintCell).isEqualTo(hint);
    }

    @Test
    void englishIsUnchanged() {
        CliResult r = CliResult.run("check", EN_SHEET);
        assertThat(r.out()).contains("Checking examples/homework-student.csv",
                "   id  quantity   expected    answer      error         tolerance    verdict    hint\n",
                "log10 used where ln belongs", "Summary: 3 of 13 correct (23.1%): 10 incorrect, 0 errors");
        assertThat(CliResult.run("check", ZH_SHEET, "--lang", "en").out())
                .contains("✓  6   direction  influx      内流", "Summary: 3 of 13 correct (23.1%)");
    }

    @Test
    void theClassExampleInChinese(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "--key", "examples/class/key.csv"));
        for (String s : new String[] {"ana", "ben", "carl", "dora", "eve"}) {
            args.add("examples/class/answers/" + s + ".csv");
        }
        List<String> en = new ArrayList<>(args);
        en.addAll(List.of("--gradebook", dir.resolve("g-en.csv").toString(), "--item-analysis",
                dir.resolve("i-en.csv").toString()));
        List<String> zh = new ArrayList<>(args);
        zh.addAll(List.of("--gradebook", dir.resolve("g-zh.csv").toString(), "--item-analysis",
                dir.resolve("i-zh.csv").toString(), "--lang", "zh"));
        CliResult e = CliResult.run(en.toArray(new String[0]));
        CliResult z = CliResult.run(zh.toArray(new String[0]));
        assertThat(z.exit()).isEqualTo(e.exit()).isEqualTo(4);
        assertThat(z.out()).contains("小结：30 题中 21 题正确（70%）：9 题错误，0 题无效（5 名学生）", "成绩册", "逐题分析",
                "最常见的提示", "V 与 mV 混淆（相差 1000 倍）（1 次）", "未作答（1 次）",
                "输入与答案表不同：in 21.27mM（答案表为 140mM）", "批改 eve（examples/class/answers/eve.csv）")
                .doesNotContain("Gradebook", "most common hint");
        assertThat(Files.readString(dir.resolve("g-zh.csv"))).isEqualTo(Files.readString(dir.resolve("g-en.csv")));
        assertThat(Files.readString(dir.resolve("i-zh.csv"))).isEqualTo(Files.readString(dir.resolve("i-en.csv")))
                .contains("V vs mV (off by a factor of 1000)");
    }

    @Test
    void helpAndErrorsInChinese() {
        CliResult h = CliResult.run("check", "--help", "--lang", "zh");
        h.should().succeeded();
        assertThat(h.out()).contains("批改作业答案", "列：", "退出码", "按这个答案表批改答案文件", "示例：",
                "echem check examples/homework-student-zh.csv --lang zh").doesNotContain("Grade homework answers");
        assertThat(CliResult.run("check", "--help").out()).contains("Grade homework answers", "Exit codes: 0 every");
        CliResult none = CliResult.run("check", "--lang", "zh");
        none.should().exitedWith(2);
        assertThat(none.err()).contains("check 需要一个题目和答案的 FILE");
        CliResult two = CliResult.run("check", EN_SHEET, ZH_SHEET, "--lang", "zh");
        two.should().exitedWith(2);
        assertThat(two.err()).contains("check 只接受一个题目和答案的 FILE，却给了 2 个");
    }
}
