package org.echem.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.echem.core.Ion;
import org.echem.units.Kind;
import org.echem.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code echem ions}: the built-in ion table, or a preset with its sources. */
@Command(name = "ions", mixinStandardHelpOptions = true,
        description = "List the built-in ions and their valences, or a preset's concentrations with their sources.",
        footer = {"%nExamples:", "  echem ions", "  echem ions --preset mammalian", "  echem ions --format csv"})
public final class IonsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--preset", paramLabel = "<name>", description = "Show a preset: mammalian, squid or frog.")
    String preset;

    @Option(names = "--format", paramLabel = "<format>", converter = CommonOptions.FormatConverter.class,
            description = "Output: text, csv, tsv or json. Default: text.")
    Format format = Format.TEXT;

    @Option(names = "--precision", paramLabel = "<n>",
            description = "Decimals for the concentrations (0 to 17). Default: as the source gives them.")
    Integer precision;

    @Override
    public Integer call() throws java.io.IOException {
        Stdout out = EchemCli.stdout(spec);
        Schema schema = preset == null
                ? Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"))
                : Schema.of(Field.plain("ion", "ion"), Field.plain("z", "z"), Field.of("in_mM", "[in]", Kind.CONCENTRATION, "mM"),
                        Field.of("out_mM", "[out]", Kind.CONCENTRATION, "mM"), Field.plain("source", "source"));
        if (precision != null && (precision < 0 || precision > 17)) {
            throw new InputException("--precision " + precision + ": expected a whole number from 0 to 17");
        }
        RowWriter w = RowWriter.of(format, out, precision);
        w.begin(java.util.List.of(), schema, false);
        if (preset == null) {
            for (Map.Entry<String, Integer> e : Ion.table().entrySet()) {
                w.row(java.util.List.of(), new Row(schema).set("ion", e.getKey()).set("z", e.getValue()));
            }
        } else {
            for (Presets.Entry e : Presets.named(preset, "--preset")) {
                w.row(java.util.List.of(), new Row(schema).set("ion", e.ion()).set("z", Ion.parse(e.ion(), null).z())
                        .si("in_mM", Units.parse(e.in(), Kind.CONCENTRATION).si())
                        .si("out_mM", Units.parse(e.out(), Kind.CONCENTRATION).si()).set("source", e.source()));
            }
        }
        w.end(java.util.List.of());
        if (format == Format.TEXT && preset == null) {
            out.println("Write another ion with its charge (X+, Y2-) or give --z.");
            out.flush();
        }
        return 0;
    }
}
