package org.echem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.echem.core.ConstantSet;
import org.echem.io.Numbers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * A subcommand that runs one {@link Calculation}: once, from its options, or per row of a CSV.
 * Subclasses declare their options (picocli reads them) and name their calculation; the values
 * are collected generically into an {@link OptionSource}, so no option is handled twice.
 */
public abstract class CalcCommand implements Callable<Integer> {
    private final CommandSpec spec;
    private boolean complete;
    private CommonOptions common;

    /**
     * @param name the subcommand's name
     * @param description the help text's description lines
     * @param footer the help text's footer lines (fields, examples)
     */
    protected CalcCommand(String name, String[] description, String[] footer) {
        spec = Specs.command(name, this, description, footer);
    }

    /** Declares an option with one text value. */
    protected final void option(String name, String label, String description) {
        Specs.option(spec, name, label, description);
    }

    /** Declares an option that may repeat or hold NAME=VALUE pairs ({@code --in K=140,Na=15}). */
    protected final void repeatable(String name, String label, String description) {
        Specs.repeatable(spec, name, label, description);
    }

    /** Declares an option without a value. */
    protected final void flag(String name, String description) {
        Specs.flag(spec, name, description);
    }

    /** @return the picocli model: this command's options, then the shared ones */
    final CommandSpec spec() {
        if (!complete) {
            CommonOptions.addTo(spec);
            complete = true;
        }
        return spec;
    }

    /** @return the row function of this subcommand */
    protected abstract Calculation calculation();

    @Override
    public Integer call() throws IOException {
        common = CommonOptions.of(spec.commandLine().getParseResult());
        if (common.precision != null && (common.precision < 0 || common.precision > 17)) {
            throw new InputException("--precision " + common.precision + ": expected a whole number from 0 to 17");
        }
        OptionSource options = options(spec.commandLine().getParseResult());
        Stdout out = EchemCli.stdout(spec);
        ParseResult pr = spec.commandLine().getParseResult();
        if (common.csv == null && (pr.hasMatchedOption("--on-error") || pr.hasMatchedOption("--delimiter"))) {
            throw new InputException((pr.hasMatchedOption("--on-error") ? "--on-error" : "--delimiter")
                    + " applies to CSV input: add --csv FILE (or --csv - for standard input)");
        }
        if (common.csv != null) {
            Format f = common.format == null ? Format.CSV : common.format;
            return new Batch(calculation(), options, common, f, EchemCli.stdin(spec)).run(out,
                    spec.commandLine().getErr());
        }
        Inputs in = new Inputs(options);
        Explain ex = common.explain ? Explain.recording() : Explain.NONE;
        List<Row> rows = new ArrayList<>();
        Calculation calc = calculation();
        compute(calc, in, rows, ex);
        Format f = common.format == null ? Format.TEXT : common.format;
        RowWriter w = RowWriter.of(f, out, common.precision);
        w.begin(List.of(), calc.schema(options.keys()), false);
        for (Row r : rows) {
            w.row(List.of(), r);
        }
        w.end(ex.lines());
        return ExitCode.OK.code();
    }

    /** Runs {@code calc} on {@code in} and records on each row the temperature and constants it used. */
    static void compute(Calculation calc, Inputs in, List<Row> rows, Explain ex) {
        calc.compute(in, rows, ex);
        if (!rows.isEmpty()) {
            double t = in.temperature();
            ConstantSet k = in.constants();
            for (Row r : rows) {
                r.at(t, k);
            }
        }
    }

    /** @return the option values given, keyed by long name, less the options that steer the run */
    static OptionSource options(ParseResult pr) {
        OptionSource src = new OptionSource();
        for (OptionSpec o : new java.util.LinkedHashSet<>(pr.matchedOptions())) { // a repeated option is listed once per use
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

    /** @return the line naming the temperature and constants used */
    static String conditions(double t, ConstantSet k) {
        return "(T = " + Numbers.human(t - k.zeroCelsius()) + " °C = " + Numbers.human(t) + " K; constants "
                + k.name() + ": R = " + Numbers.shortest(k.gasConstant()) + " J/(mol·K), F = "
                + Numbers.shortest(k.faraday()) + " C/mol)";
    }
}
