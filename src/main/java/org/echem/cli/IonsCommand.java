package org.echem.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.echem.calc.Input;
import org.echem.calc.Presets;
import org.echem.calc.Solutions;
import org.echem.calc.Subcommand;
import org.echem.core.Ion;
import org.echem.core.Mobility;
import org.echem.io.InputException;
import org.echem.io.Field;
import org.echem.io.Format;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.io.Stdout;
import org.echem.lang.Msg;
import org.echem.units.Kind;
import org.echem.units.Units;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** {@code echem ions}: the built-in ion table, or a preset with its sources. */
final class IonsCommand implements SpecCommand {
    private static final Schema TABLE = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"));
    /** The table as a Chinese text shows it: each ion's Chinese name too (text only; machine formats keep TABLE). */
    private static final Schema TABLE_ZH = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"),
            Field.plain("name_zh", "名称"));
    private static final Schema PRESET = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"),
            Field.of("in_mM", "[in]", Kind.CONCENTRATION, "mM"), Field.of("out_mM", "[out]", Kind.CONCENTRATION, "mM"),
            Field.plain("source", "source"));
    private static final Schema MOBILITY = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"),
            Field.scaled("lambda_S_cm2_mol", "λ⁰", "S·cm²/mol", 1), Field.plain("mobility_rel", "u = D/D_K"),
            Field.plain("aliases", "also"), Field.plain("source", "source"));
    private static final Schema SOLUTION = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"),
            Field.of("conc_mM", "c", Kind.CONCENTRATION, "mM"), Field.plain("source", "source"));

    private final CommandSpec spec;

    IonsCommand() {
        spec = Specs.command(Subcommand.IONS.command(), this,
                new String[] {Msg.text("help.ions.description.1"), Msg.text("help.ions.description.2")},
                new String[] {"%n" + Msg.text("help.examples"), "  echem ions", "  echem ions --preset mammalian", "  echem ions --format csv",
                    "  echem ions --mobility", "  echem ions --preset k-gluconate"});
        CommonOptions.input(spec, Input.PRESET.value(Msg.text("help.ions.preset",
                String.join(", ", Presets.all().keySet()))));
        CommonOptions.input(spec, Input.MOBILITY.flag(Msg.text("help.ions.mobility")));
        CommonOptions.format(spec, Msg.text("help.ions.format"));
        CommonOptions.precision(spec, Msg.text("help.ions.precision"));
        CommonOptions.wide(spec);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        ParseResult pr = spec.commandLine().getParseResult();
        CommonOptions common = CommonOptions.of(pr);
        Format format = common.format == null ? Format.TEXT : common.format;
        common.style(format);
        String preset = pr.matchedOptionValue(Input.PRESET.option(), null);
        boolean mobility = pr.hasMatchedOption(Input.MOBILITY.option());
        if (mobility && preset != null) {
            throw new InputException(Msg.text("cli.ions.both"));
        }
        List<Solutions.Entry> solution = preset == null ? null : Solutions.find(preset);
        if (preset != null && solution == null && !Presets.all().containsKey(preset.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new InputException(Msg.text("cli.ions.unknown_preset", Input.PRESET.option(), preset,
                    String.join(", ", Presets.all().keySet()), String.join(", ", Solutions.all().keySet())));
        }
        Stdout out = EchemCli.stdout(spec);
        boolean zhTable = format == Format.TEXT && org.echem.lang.Lang.current() == org.echem.lang.Lang.ZH;
        Schema schema = mobility ? MOBILITY : solution != null ? SOLUTION : preset != null ? PRESET : zhTable ? TABLE_ZH : TABLE;
        RowWriter w = RowWriter.of(format, out, common.precision);
        w.begin(List.of(), schema, false);
        if (mobility) {
            for (Mobility.Entry e : Mobility.table()) {
                w.row(List.of(), new Row(schema).set("ion", e.name()).set("z", e.z()).si("lambda_S_cm2_mol", e.lambda())
                        .si("mobility_rel", e.relative()).set("aliases", String.join(" ", e.aliases()))
                        .set("source", e.source()));
            }
        } else if (solution != null) {
            for (Solutions.Entry e : solution) {
                w.row(List.of(), new Row(schema).set("ion", e.ion()).set("z", Mobility.require(e.ion()).z())
                        .si("conc_mM", Units.parse(e.conc(), Kind.CONCENTRATION).si()).set("source", e.source()));
            }
        } else if (preset == null) {
            for (Map.Entry<String, Integer> e : Ion.table().entrySet()) {
                Row r = new Row(schema).set("ion", e.getKey()).set("z", e.getValue());
                if (zhTable) {
                    r.set("name_zh", Ion.chineseName(e.getKey()));
                }
                w.row(List.of(), r);
            }
        } else {
            List<Presets.Entry> entries = Presets.named(preset, Input.PRESET.option());
            for (Presets.Entry e : entries) {
                Row r = new Row(schema).set("ion", e.ion()).set("z", Ion.parse(e.ion(), null).z())
                        .si("in_mM", Units.concentration(e.in(), e.ion().equals("H"), e.ion(), null).si())
                        .si("out_mM", Units.concentration(e.out(), e.ion().equals("H"), e.ion(), null).si()).set("source", e.source());
                if (e == entries.get(entries.size() - 1)) { // text: what the preset is, and its temperature
                    r.note(Presets.note(preset, false));
                }
                w.row(List.of(), r);
            }
        }
        w.end(List.of());
        if (format == Format.TEXT && mobility) {
            out.println(Msg.text("cli.ions.mobility_note.1"));
            out.println(Msg.text("cli.ions.mobility_note.2"));
            out.flush();
        } else if (format == Format.TEXT && preset == null) {
            out.println(Msg.text("cli.ions.other_ion"));
            out.flush();
        }
        return ExitCode.OK.code();
    }
}
