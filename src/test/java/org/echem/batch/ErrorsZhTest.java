package org.echem.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echem.cli.CliResult;
import org.echem.io.InputException;
import org.echem.lang.Message;
import org.echem.lang.Lang;
import org.echem.units.Kind;
import org.echem.units.UnitException;
import org.echem.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §9: the errors and warnings of units, CSV input and batches speak the run's language on stderr and in
 * text output, while the {@code error} column of csv, tsv and json output (--on-error mark) stays English, so
 * that machine output is the same bytes in every language.
 */
class ErrorsZhTest {
    private static final String UNKNOWN_UNIT_EN = "echem: --in: '140xM' has an unknown unit 'xM', expected a"
            + " concentration (M, mM, uM, nM, pM, mol/L, mmol/L, umol/L, nmol/L, mol/m3; a bare number is mM)\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        return p;
    }

    private Path badRows() throws IOException {
        return file("bad.csv", "ion,in,out\nK,140,5\nK,140xM,5\nNa,abc,145\n");
    }

    @Test
    void aValueWithAnUnknownUnitOrNoNumberIsNamedInChinese() {
        CliResult zh = CliResult.run("nernst", "--ion", "K", "--in", "140xM", "--out", "5", "--lang", "zh");
        zh.should().exitedWith(2);
        assertThat(zh.err()).contains("--in：'140xM' 的单位 'xM' 无法识别，应为浓度（M, mM", "不带单位的数按 mM 计")
                .doesNotContain("unknown unit", "expected");
        CliResult en = CliResult.run("nernst", "--ion", "K", "--in", "140xM", "--out", "5");
        assertThat(en.err()).isEqualTo(UNKNOWN_UNIT_EN);
        assertThat(CliResult.run("nernst", "--ion", "K", "--in", "140xM", "--out", "5", "--lang", "en").err())
                .isEqualTo(UNKNOWN_UNIT_EN);

        CliResult abc = CliResult.run("nernst", "--ion", "K", "--in", "abc", "--out", "5", "--lang", "zh");
        abc.should().exitedWith(2);
        assertThat(abc.err()).contains("'abc' 不是数，应为浓度").doesNotContain("is not a number");
        CliResult volt = CliResult.run("nernst", "--ion", "K", "--in", "5mV", "--out", "5", "--lang", "zh");
        assertThat(volt.err()).contains("'5mV' 是电压（mV），应为浓度");
        assertThat(CliResult.run("nernst", "--ion", "K", "--in", "5mV", "--out", "5").err())
                .contains("'5mV' is a voltage (mV), expected a concentration (");
        CliResult cold = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--temp", "-300C",
                "--lang", "zh");
        assertThat(cold.err()).contains("--temp '-300C'：温度必须高于绝对零度");
    }

    @Test
    void aBadRowIsNamedByLineInChineseOnStderr() throws IOException {
        String csv = badRows().toString();
        CliResult zh = CliResult.run("nernst", "--csv", csv, "--lang", "zh");
        zh.should().exitedWith(3);
        assertThat(zh.err()).isEqualTo("echem: 第 3 行，in 列：'140xM' 的单位 'xM' 无法识别，应为浓度（M, mM, uM, nM, pM,"
                + " mol/L, mmol/L, umol/L, nmol/L, mol/m3；不带单位的数按 mM 计）\n");
        CliResult en = CliResult.run("nernst", "--csv", csv);
        assertThat(en.err()).isEqualTo("echem: line 3, column in: '140xM' has an unknown unit 'xM', expected a"
                + " concentration (M, mM, uM, nM, pM, mol/L, mmol/L, umol/L, nmol/L, mol/m3; a bare number is mM)\n");
        assertThat(zh.out()).isEqualTo(en.out());
    }

    @Test
    void skippedRowsAreCountedInChinese() throws IOException {
        String csv = badRows().toString();
        CliResult zh = CliResult.run("nernst", "--csv", csv, "--on-error", "skip", "--lang", "zh");
        zh.should().succeeded();
        assertThat(zh.err()).startsWith("echem: 跳过了 2 个出错的行（第一个：第 3 行，in 列：'140xM' 的单位 'xM' 无法识别");
        CliResult en = CliResult.run("nernst", "--csv", csv, "--on-error", "skip");
        assertThat(en.err()).startsWith("echem: skipped 2 rows with errors (first: line 3, column in: '140xM' has an"
                + " unknown unit 'xM'");
        assertThat(zh.out()).isEqualTo(en.out());
        Path one = file("one.csv", "ion,in,out\nK,140,5\nK,abc,5\n");
        assertThat(CliResult.run("nernst", "--csv", one.toString(), "--on-error", "skip").err())
                .startsWith("echem: skipped 1 row with errors (first: line 3, column in: 'abc' is not a number");
    }

    @Test
    void theErrorColumnOfMachineOutputStaysEnglishAndTextSpeaksChinese() throws IOException {
        String csv = badRows().toString();
        for (String format : new String[] {"csv", "tsv", "json"}) {
            CliResult en = CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", format);
            CliResult zh = CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", format,
                    "--lang", "zh");
            en.should().succeeded();
            zh.should().succeeded();
            assertThat(zh.out()).as(format).isEqualTo(en.out()).contains("line 3, column in: '140xM' has an unknown unit");
            assertThat(zh.err()).isEmpty();
        }
        CliResult text = CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", "text", "--lang", "zh");
        text.should().succeeded();
        assertThat(text.out()).contains("第 3 行，in 列：'140xM' 的单位 'xM' 无法识别", "第 4 行，in 列：'abc' 不是数")
                .doesNotContain("unknown unit");
        assertThat(CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", "text").out())
                .contains("line 3, column in: '140xM' has an unknown unit 'xM'");
    }

    /** Files long enough to be read in blocks by workers (ParallelFile) say the same bytes in both languages. */
    @Test
    void manyBadRowsOnWorkersStayEnglishInTheErrorColumn() throws IOException {
        StringBuilder b = new StringBuilder("ion,in,out\n");
        for (int i = 0; i < 6000; i++) {
            b.append(i % 7 == 3 ? "K,1" + i + "xM,5\n" : i % 11 == 5 ? "K,-3,5\n" : "K,1" + i + ",5\n");
        }
        String csv = file("many.csv", b.toString()).toString();
        int block = ParallelFile.blockBytes;
        try {
            ParallelFile.blockBytes = 4096; // many blocks, on three workers
            for (String format : new String[] {"csv", "json"}) {
                CliResult one = CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", format,
                        "--threads", "1");
                CliResult en = CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", format,
                        "--threads", "3");
                CliResult zh = CliResult.run("nernst", "--csv", csv, "--on-error", "mark", "--format", format,
                        "--threads", "3", "--lang", "zh");
                assertThat(en.out()).as(format).isEqualTo(one.out());
                assertThat(zh.out()).as(format).isEqualTo(en.out()).contains("a concentration must be > 0")
                        .doesNotContain("浓度");
            }
            CliResult skip = CliResult.run("nernst", "--csv", csv, "--on-error", "skip", "--threads", "3",
                    "--lang", "zh");
            assertThat(skip.err()).startsWith("echem: 跳过了 ").contains("个出错的行（第一个：第 5 行，in 列：'13xM'");
        } finally {
            ParallelFile.blockBytes = block;
        }
    }

    @Test
    void sweepRowsAreNamedAsRowsOfTheSweep() {
        CliResult zh = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "-5:5:5", "--lang", "zh");
        zh.should().exitedWith(2);
        assertThat(zh.err()).isEqualTo("echem: 扫描第 1 行，out_mM '-5'：浓度必须 > 0\n");
        assertThat(CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "-5:5:5").err())
                .isEqualTo("echem: row 1 of the sweep, out_mM '-5': a concentration must be > 0\n");
        CliResult en = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "-5:5:5", "--on-error", "mark");
        CliResult mark = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "-5:5:5", "--on-error", "mark",
                "--lang", "zh");
        assertThat(mark.out()).isEqualTo(en.out()).contains("row 2 of the sweep, out_mM '0': a concentration must be > 0");
        CliResult parts = CliResult.run("nernst", "--ion", "K", "--in", "140:10", "--out", "5", "--lang", "zh");
        assertThat(parts.err()).contains("--in '140:10' 有 2 个部分：应为 START:STOP:STEP");
    }

    @Test
    void columnsPresetsFilesAndEncodingsInChinese() throws IOException {
        Path near = file("near.csv", "ion,inn,out\nK,140,5\n");
        CliResult zh = CliResult.run("nernst", "--csv", near.toString(), "--in", "140", "--lang", "zh");
        zh.should().succeeded();
        assertThat(zh.err()).isEqualTo("echem: 注意：'inn' 列不是此处的输入，将原样传出而不读取；是否想输入 in？\n");
        assertThat(CliResult.run("nernst", "--csv", near.toString(), "--in", "140").err()).isEqualTo(
                "echem: note: column 'inn' is not an input here and passes through unread; did you mean in?\n");

        // a message made as text elsewhere names its place in English, so the error column stays the same
        CliResult markEn = CliResult.run("nernst", "--csv", near.toString(), "--on-error", "mark");
        CliResult markZh = CliResult.run("nernst", "--csv", near.toString(), "--on-error", "mark", "--lang", "zh");
        assertThat(markZh.out()).isEqualTo(markEn.out()).contains("--in (line 2) is missing");

        CliResult preset = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--preset", "squidd",
                "--lang", "zh");
        preset.should().exitedWith(2);
        assertThat(preset.err()).contains("--preset 'squidd'：没有这个预设，应为以下之一：mammalian, neuron, squid",
                "；是否想输入 squid？");
        assertThat(CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--preset", "nope").err())
                .startsWith("echem: --preset 'nope': unknown preset, expected one of mammalian, neuron, squid");

        CliResult missing = CliResult.run("nernst", "--csv", dir.resolve("nofile.csv").toString(), "--lang", "zh");
        missing.should().exitedWith(3);
        assertThat(missing.err()).endsWith("'：文件不存在\n");

        Path latin = file("latin.csv", "ion,in,out\nK,140,5\nK,14\u00e9,5\n");
        CliResult enc = CliResult.run("nernst", "--csv", latin.toString(), "--lang", "zh");
        enc.should().exitedWith(3);
        assertThat(enc.err()).contains("：不是有效的 CSV：第 3 行：字节 '14\\xe9' 不是 UTF-8 文本");
        assertThat(CliResult.run("nernst", "--csv", latin.toString()).err())
                .contains(": not valid CSV: line 3: the bytes '14\\xe9' are not UTF-8 text");

        CliResult delimiter = CliResult.run("nernst", "--csv", near.toString(), "--delimiter", "x", "--lang", "zh");
        delimiter.should().exitedWith(2);
        assertThat(delimiter.err()).isEqualTo("echem: --delimiter 'x'：应为 ','、';' 或制表符（\\t）\n");
        CliResult comma = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--decimal-comma",
                "--format", "json", "--lang", "zh");
        assertThat(comma.err()).contains("--decimal-comma 与 --format json 不能同用");
    }

    @Test
    void presetsAreDescribedInChineseAndTheEnglishBundleIsTheTable() {
        for (String name : org.echem.calc.Presets.all().keySet()) {
            String key = "input.preset.about." + name;
            assertThat(org.echem.lang.Msg.text(Lang.EN, key)).as(key)
                    .isEqualTo(org.echem.calc.Presets.info(name).description());
            assertThat(org.echem.lang.Msg.has(Lang.ZH, key)).as(key).isTrue();
        }
        CliResult zh = CliResult.run("nernst", "--ion", "K", "--preset", "squid", "--format", "text", "--lang", "zh");
        zh.should().succeeded();
        assertThat(zh.out()).contains("预设 squid：枪乌贼巨轴突（Loligo；", "为该预设的常用温度（可用 --temp 覆盖）。")
                .doesNotContain("squid giant axon");
        assertThat(CliResult.run("nernst", "--ion", "K", "--preset", "squid", "--format", "text").out())
                .contains("Preset squid: squid giant axon (Loligo; Hodgkin 1964, Hille 2001), at the 6.3 °C of Hodgkin"
                        + " & Huxley (1952). T = 6.3 °C, the preset's usual temperature (--temp overrides).");
    }

    @Test
    void aMessageIsSaidInEitherLanguageWithItsPartsInTheSameLanguage() {
        UnitException u = null;
        try {
            Units.parse("140xM", Kind.CONCENTRATION);
        } catch (UnitException e) {
            u = e;
        }
        assertThat(u).isNotNull();
        InputException e = InputException.of("batch.line_error", 7, Message.of("input.at", "--in", u.message()));
        assertThat(e.message().english()).startsWith("line 7: --in: '140xM' has an unknown unit 'xM', expected a concentration");
        assertThat(e.message().text(Lang.ZH)).startsWith("第 7 行：--in：'140xM' 的单位 'xM' 无法识别，应为浓度（");
        Lang before = Lang.current();
        try {
            Lang.use(Lang.ZH);
            assertThat(e.getMessage()).isEqualTo(e.message().text(Lang.ZH));
            assertThat(Units.expected(Kind.PERMEABILITY)).endsWith("不带单位的数为相对值）");
        } finally {
            Lang.use(before);
        }
        assertThat(Units.expected(Kind.PERMEABILITY)).endsWith("; a bare number is relative)");
        assertThat(Units.expected(Kind.AREA)).startsWith("an area (");
        // text made elsewhere reads the same in every language
        Message plain = Message.of(new IllegalStateException("as it was"));
        assertThat(plain.text(Lang.ZH)).isEqualTo("as it was");
        assertThat(new InputException("made already").message().english()).isEqualTo("made already");
        List<String> keys = new ArrayList<>();
        for (Kind k : Kind.values()) {
            keys.add(k.article().key());
        }
        assertThat(keys).allSatisfy(k -> assertThat(org.echem.lang.Msg.has(Lang.ZH, k)).as(k).isTrue());
    }
}
