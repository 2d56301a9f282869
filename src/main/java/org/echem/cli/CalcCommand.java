package org.echem.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.echem.batch.Batch;
import org.echem.batch.Sweep;
import org.echem.calc.Calculation;
import org.echem.calc.Declaration;
import org.echem.calc.Explain;
import org.echem.calc.Input;
import org.echem.calc.Inputs;
import org.echem.calc.OptionSource;
import org.echem.calc.Subcommand;
import org.echem.io.Field;
import org.echem.io.Format;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Stdout;
import org.echem.lang.Msg;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A calculating subcommand, made from its {@link Subcommand} declaration: runs its row function
 * once, from the options, or on every row of a CSV ({@code --csv}). The option values are collected
 * generically into an {@link OptionSource}, so no option is handled twice.
 */
final class CalcCommand implements SpecCommand {
    /** Width of the help text's "Fields:" lines. */
    private static final int WIDTH = 80;
    private final Subcommand sub;
    private final CommandSpec spec;

    /**
     * @param typed the options a command line names ({@code --in}, from {@code --in=140} too), to
     *     build only those; null for all of them. A speed seam: a one-off run builds the few options it
     *     is given, not the 30 a subcommand has (picocli takes ~0.1 ms to build each before the JIT);
     *     a command line this model cannot parse is parsed again with every option
     *     ({@link EchemCli}), so its errors and suggestions are the same
     */
    CalcCommand(Subcommand sub, Set<String> typed) {
        this.sub = sub;
        Calculation calc = sub.calculation();
        Declaration d = calc.declaration();
        spec = Specs.command(sub.command(), this, d.description().toArray(new String[0]), footer(calc, d));
        for (Input in : d.inputs()) {
            if (CommonOptions.adds(typed, in.option())) {
                CommonOptions.input(spec, in);
            }
        }
        CommonOptions.addTo(spec, typed);
    }

    /** @return the help footer: the declaration's notes, the fields of its schema, its examples (none without help) */
    private static String[] footer(Calculation calc, Declaration d) {
        if (!Msg.helpShown()) {
            return new String[0];
        }
        List<String> lines = new ArrayList<>(d.notes());
        String heading = Msg.help("help.fields");
        StringBuilder fields = new StringBuilder("%n").append(heading);
        int width = org.echem.io.TextStyle.width(heading);
        for (Field f : calc.schema(Set.of()).fields()) {
            if (width + 1 + f.name().length() > WIDTH) {
                lines.add(fields.toString());
                fields.setLength(0);
                fields.append(" ".repeat(width));
                width = fields.length();
            }
            fields.append(' ').append(f.name());
            width += 1 + f.name().length();
        }
        lines.add(fields.toString());
        lines.add("%n" + Msg.help("help.examples"));
        lines.addAll(d.examples());
        return lines.toArray(new String[0]);
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        ParseResult pr = spec.commandLine().getParseResult();
        CommonOptions common = CommonOptions.of(pr);
        OptionSource options = options(pr);
        Stdout out = EchemCli.stdout(spec);
        Calculation calc = sub.calculation();
        List<Input> sweepable = new ArrayList<>(calc.declaration().inputs());
        sweepable.add(Input.TEMP); // a shared option (CommonOptions), numeric too
        Sweep sweep = Sweep.of(options, sweepable, calc.schema(options.keys()));
        boolean onError = sweep == null && pr.hasMatchedOption("--on-error"); // a sweep's bad rows: as a CSV's
        if (common.csv == null && (onError || pr.hasMatchedOption("--delimiter"))) {
            throw new InputException(Msg.text("cli.error.csv_only", onError ? "--on-error" : "--delimiter"));
        }
        if (sweep != null) { // SPEC §7: a sweep is a batch over its grid, csv by default
            if (common.csv != null) {
                throw new InputException(Msg.text("cli.error.sweep_csv", common.csv));
            }
            if (common.explain) {
                throw new InputException(Msg.text("cli.error.sweep_explain"));
            }
            Format f = common.format == null ? Format.CSV : common.format;
            Batch.of(calc, sweep, common.batch(), f).run(out, spec.commandLine().getErr());
            return ExitCode.OK.code();
        }
        if (common.csv != null) {
            Format f = common.format == null ? Format.CSV : common.format;
            common.style(f);
            new Batch(calc, options, common.batch(), f, EchemCli.stdin(spec)).run(out, spec.commandLine().getErr());
            return ExitCode.OK.code();
        }
        Format f = common.format == null ? Format.TEXT : common.format;
        common.style(f);
        Inputs in = new Inputs(options);
        Explain ex = common.explain ? Explain.recording() : Explain.NONE;
        List<Row> rows = new ArrayList<>();
        Calculation.run(calc, in, rows, ex);
        RowWriter w = RowWriter.of(f, out, common.precision).digits(common.digits);
        w.delimited(common.outputSeparator(f, ','), common.decimalComma);
        w.begin(List.of(), calc.schema(options.keys()), false);
        for (Row r : rows) {
            w.row(List.of(), r);
        }
        w.end(ex.lines());
        return ExitCode.OK.code();
    }

    /** @return the option values given, keyed by long name, less the options that steer the run */
    static OptionSource options(ParseResult pr) {
        OptionSource src = new OptionSource();
        for (OptionSpec o : new LinkedHashSet<>(pr.matchedOptions())) { // a repeated option is listed once per use
            String key = o.longestName().substring(2);
            if (CommonOptions.CONTROL.contains(key)) {
                continue;
            }
            List<String> values = o.originalStringValues();
            if (values.isEmpty() || o.arity().max() == 0) {
                src.add(key, "true");
            } else {
                for (String v : values) {
                    src.add(key, v);
                }
            }
        }
        return src;
    }
}
