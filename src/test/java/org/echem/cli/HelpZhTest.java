package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.echem.calc.Subcommand;
import org.echem.io.TextStyle;
import org.echem.lang.Lang;
import org.echem.lang.Msg;
import org.junit.jupiter.api.Test;

/**
 * Help, usage errors and the glossary in Chinese ({@code --lang zh}); English as it was. The
 * glossary's fields are checked against the csv header each subcommand really writes.
 */
class HelpZhTest {

    @Test
    void echemHelpInChinese() {
        CliResult r = CliResult.run("--help", "--lang", "zh");
        r.should().succeeded().outContains("用法：echem [-hV]", "命令：", "示例：", "退出码：", "显示本帮助并退出。",
                "电化学驱动力 V_m - E", "钠钾泵的生电性", "echem help glossary", "  2  用法错误：", "能斯特");
        assertThat(r.out()).doesNotContain("Usage:", "Commands:", "Examples:", "Exit codes:", "Show this help",
                "Display help");
    }

    @Test
    void subcommandHelpInChinese() {
        CliResult r = CliResult.run("nernst", "--help", "--lang", "zh");
        r.should().succeeded().outContains("平衡电位", "用法：echem nernst", "字段： ion z", "示例：",
                "温度", "显示版本信息并退出。", "数值的小数位数（0 到 17）", "发生内部错误时显示堆栈跟踪。");
        assertThat(r.out()).doesNotContain("Usage:", "Fields:", "Examples:", "Show a stack trace");
        // the synopsis's second line starts under its first option, however wide the heading is
        String[] lines = r.out().split("\n");
        int first = Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.startsWith("用法：")).findFirst()
                .orElseThrow());
        assertThat(TextStyle.width(lines[first + 1]) - lines[first + 1].stripLeading().length())
                .isEqualTo(TextStyle.width("用法：echem nernst "));
        CliResult.run("help", "ghk", "--lang", "zh").should().succeeded().outContains("用法：echem ghk", "字段：");
        CliResult.run("ions", "--help", "--lang", "zh").should().succeeded().outContains("列出内置离子", "示例：");
        CliResult.run("plot", "--help", "--lang", "zh").should().succeeded().outContains("坐标轴标签", "x 值所在的列。");
        CliResult.run("generate-completion", "--help", "--lang", "zh").should().succeeded()
                .outContains("用法：echem generate-completion", "补全脚本", "（当前 shell）", "显示本帮助并退出。");
    }

    @Test
    void englishHelpAsBefore() {
        CliResult r = CliResult.run("--help");
        r.should().succeeded().outContains("Usage: echem [-hV] [--lang=<lang>] [COMMAND]",
                "Electrochemistry calculator for membrane physiology: Nernst and GHK potentials,",
                "Commands:\n  nernst               Equilibrium (Nernst) potential of one or several ions;",
                "  -h, --help          Show this help message and exit.",
                "Examples:\n  echem nernst --ion K --in 140mM --out 5mM",
                "Exit codes:\n  0  success\n  1  internal error (a bug; a stack trace only with --verbose)\n",
                "  echem help glossary");
        assertThat(r.out()).doesNotContain("用法", "示例");
        CliResult n = CliResult.run("nernst", "--help");
        n.should().succeeded().outContains("Usage: echem nernst [-hV]",
                "Fields: ion z c_in_mM c_out_mM temp_C E_mV slope_mV_per_decade\n\nExamples:\n",
                "      --verbose            Show a stack trace on an internal error.",
                "      --digits=<n>         Significant digits of numbers in csv, tsv and json");
        CliResult.run("help", "drive").should().succeeded().outContains("Usage: echem drive");
        CliResult.run("help").should().succeeded().outContains("Usage: echem", "nernst");
    }

    @Test
    void usageErrorsInChinese() {
        CliResult.run("nernstt", "--lang", "zh").should().exitedWith(2)
                .errContains("echem: 未知的子命令 'nernstt'", "您是想输入 nernst 吗？（见 'echem --help'）");
        CliResult.run("nernst", "--inn", "5", "--lang", "zh").should().exitedWith(2)
                .errContains("nernst 没有选项 '--inn'：您是想输入", "（见 'echem nernst --help'）");
        CliResult.run("nernst", "--ion", "K", "--in", "1", "--out", "2", "--digits", "0", "--lang", "zh").should()
                .exitedWith(2).errContains("--digits 0：应为 1 到 17 的整数");
        CliResult.run("nernst", "--in", "--out", "5", "--lang", "zh").should().exitedWith(2)
                .errContains("选项 '--in' 需要一个取值，却遇到了 '--out'");
        CliResult.run("nernst", "--on-error", "skp", "--lang", "zh").should().exitedWith(2)
                .errContains("选项 '--on-error' 的值无效：'skp' 不是有效的处理方式", "您是想输入 skip 吗？");
        CliResult.run("--lang", "zh").should().exitedWith(2).errContains("缺少子命令");
        CliResult.run("plot", "--x", "a", "--lang", "zh").should().exitedWith(2).errContains("缺少 --y");
        CliResult.run("help", "glosary", "--lang", "zh").should().exitedWith(2)
                .errContains("未知的帮助主题 'glosary'", "您是想输入 glossary 吗？");
    }

    @Test
    void usageErrorsInEnglishAsBefore() {
        assertThat(CliResult.run("nernstt").err()).isEqualTo("echem: unknown subcommand 'nernstt', expected one of "
                + "nernst, drive, current, ghk, pump, surface, charge, pmf, transport, ljp, donnan, activity, check, "
                + "ions, plot, generate-completion, help; did you mean nernst? (see 'echem --help')\n");
        assertThat(CliResult.run("nernst", "--ion", "K", "--in", "1", "--out", "2", "--digits", "0").err())
                .isEqualTo("echem: --digits 0: expected a whole number from 1 to 17\n");
        assertThat(CliResult.run("nernst", "--in", "--out", "5").err()).isEqualTo(
                "echem: Expected parameter for option '--in' but found '--out' (see 'echem nernst --help')\n");
        assertThat(CliResult.run("plot", "--x", "a").err())
                .isEqualTo("echem: --y is missing: expected the column(s) of y values, e.g. --y I_uA_cm2\n");
    }

    @Test
    void everySummaryInBothLanguages() {
        for (Subcommand s : Subcommand.values()) {
            assertThat(Msg.has(Lang.EN, "help.summary." + s.command())).as(s.command()).isTrue();
            assertThat(Msg.text(Lang.ZH, "help.summary." + s.command())).as(s.command())
                    .isNotEqualTo(Msg.text(Lang.EN, "help.summary." + s.command()));
        }
    }

    @Test
    void glossaryFieldsAreInTheirSubcommandsCsvHeader() {
        List<Glossary.Entry> entries = Glossary.entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(25);
        String en = CliResult.run("help", "glossary").out();
        String zh = CliResult.run("help", "glossary", "--lang", "zh").out();
        for (Glossary.Entry e : entries) {
            assertThat(en).contains(e.en() + " ").contains(e.zh());
            assertThat(zh).contains("\n" + e.zh() + " ").contains(e.en());
            for (Map.Entry<String, List<String>> f : e.fields().entrySet()) {
                List<String> header = header(f.getKey());
                assertThat(header).as("csv header of %s (glossary: %s)", f.getKey(), e.en())
                        .containsAll(f.getValue());
            }
            for (String v : e.values()) { // a word echem writes in that field
                assertThat(Msg.has(Lang.EN, "value." + v)).as("%s: value %s", e.en(), v).isTrue();
            }
        }
        assertThat(en).startsWith("Glossary: ").contains("\nTerm ");
        assertThat(zh).startsWith("术语表：").contains("\n术语 ", "电化学驱动力", "drive: dmu_kJ_mol, drive_mV",
                "平衡电位", "nernst: E_mV", "德拜长度", "surface: debye_nm", "渗透压", "donnan: delta_pi_kPa");
        // an aligned table: the fields of every row start in the same column, Chinese counted 2 wide
        for (String table : List.of(en, zh)) {
            List<Integer> starts = new ArrayList<>();
            for (Glossary.Entry e : entries) {
                String line = Arrays.stream(table.split("\n")).filter(l -> l.endsWith("  " + e.where()))
                        .findFirst().orElseThrow();
                starts.add(TextStyle.width(line.substring(0, line.length() - e.where().length())));
            }
            assertThat(starts).as(table).containsOnly(starts.get(0));
        }
    }

    /** @return the csv header of {@code command} run on the first example of its help */
    private static List<String> header(String command) {
        Subcommand sub = Subcommand.named(command);
        assertThat(sub).as(command).isNotNull();
        assertThat(sub.calculates()).as(command).isTrue();
        String example = HelpExamplesTest.examples(CliResult.run(command, "--help").out()).stream()
                .filter(x -> !x.contains("--csv") && !x.contains("--explain") && !x.contains("--format")
                        && !x.contains("|") && !x.contains(":"))
                .findFirst().orElseThrow();
        List<String> args = new ArrayList<>(ReadmeExamplesTest.words(example.substring("echem ".length())));
        args.addAll(List.of("--format", "csv"));
        CliResult r = CliResult.run(args.toArray(new String[0]));
        r.should().succeeded();
        return List.of(r.out().split("\n")[0].split(","));
    }
}
