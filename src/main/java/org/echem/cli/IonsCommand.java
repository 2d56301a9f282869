package org.echem.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.echem.calc.Input;
import org.echem.calc.Presets;
import org.echem.calc.Subcommand;
import org.echem.core.Ion;
import org.echem.io.Field;
import org.echem.io.Format;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.io.Stdout;
import org.echem.units.Kind;
import org.echem.units.Units;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** {@code echem ions}: the built-in ion table, or a preset with its sources. */
final class IonsCommand implements SpecCommand {
    private static final Schema TABLE = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"));
    private static final Schema PRESET = Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"),
            Field.of("in_mM", "[in]", Kind.CONCENTRATION, "mM"), Field.of("out_mM", "[out]", Kind.CONCENTRATION, "mM"),
            Field.plain("source", "source"));

    private final CommandSpec spec;

    IonsCommand() {
        spec = Specs.command(Subcommand.IONS.command(), this,
                new String[] {"List the built-in ions and their valences, or a preset's concentrations with their sources."},
                new String[] {"%nExamples:", "  echem ions", "  echem ions --preset mammalian", "  echem ions --format csv"});
        CommonOptions.input(spec, Input.PRESET.value("Show a preset: mammalian, squid, frog, plant, astrocyte, synapse-mature or synapse-immature."));
        CommonOptions.format(spec, "Output: text, csv, tsv or json. Default: text.");
        CommonOptions.precision(spec, "Decimals for the concentrations (0 to 17). Default: as the source gives them.");
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
        String preset = pr.matchedOptionValue(Input.PRESET.option(), null);
        Stdout out = EchemCli.stdout(spec);
        Schema schema = preset == null ? TABLE : PRESET;
        RowWriter w = RowWriter.of(format, out, common.precision);
        w.begin(List.of(), schema, false);
        if (preset == null) {
            for (Map.Entry<String, Integer> e : Ion.table().entrySet()) {
                w.row(List.of(), new Row(schema).set("ion", e.getKey()).set("z", e.getValue()));
            }
        } else {
            for (Presets.Entry e : Presets.named(preset, Input.PRESET.option())) {
                w.row(List.of(), new Row(schema).set("ion", e.ion()).set("z", Ion.parse(e.ion(), null).z())
                        .si("in_mM", Units.concentration(e.in(), e.ion().equals("H"), e.ion(), null).si())
                        .si("out_mM", Units.concentration(e.out(), e.ion().equals("H"), e.ion(), null).si()).set("source", e.source()));
            }
        }
        w.end(List.of());
        if (format == Format.TEXT && preset == null) {
            out.println("Write another ion with its charge (X+, Y2-) or give --z.");
            out.flush();
        }
        return ExitCode.OK.code();
    }
}
