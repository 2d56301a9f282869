package org.echem.cli;

import java.util.Set;
import org.echem.batch.OnError;
import org.echem.batch.Settings;
import org.echem.calc.Input;
import org.echem.io.Format;
import org.echem.io.InputException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The options several subcommands share (SPEC §3, §4), each declared here once and read and
 * validated once ({@link #of}). A subcommand adds the ones it takes; a few take another help text
 * where the option means something more specific there ({@code check --explain}).
 */
public final class CommonOptions {
    /** Options that steer the run rather than feed the calculation. */
    static final Set<String> CONTROL = Set.of("format", "precision", "explain", "csv", "on-error",
            "delimiter", "output-delimiter", "decimal-comma", "digits", "verbose", "help", "version", "wide", "threads", "lang");

    static final String TEMP = "Temperature {units}. Default: 37 °C.";
    static final String CONSTANTS = "Constants: codata2018 (exact SI 2019 values) or textbook"
            + " (R = 8.314, F = 96485). Default: codata2018.";
    static final String FORMAT = "Output: text, csv, tsv or json (JSON Lines). Default: text; csv with --csv or a sweep (START:STOP:STEP).";
    static final String PRECISION = "Decimals for numbers (0 to 17). Default: 15 significant digits (--digits; 5 in"
            + " text).";
    static final String EXPLAIN = "Show the formula, the numbers substituted and each step.";
    static final String WIDE = "Text: a table however wide (by default a table wider than the terminal, COLUMNS"
            + " or 80, is shown as one block of lines per row).";

    Format format;
    Integer precision;
    boolean explain;
    String csv;
    OnError onError = OnError.FAIL;
    String delimiter;
    String outputDelimiter;
    boolean decimalComma;
    int digits = org.echem.io.Numbers.DEFAULT_DIGITS;
    boolean wide;
    Integer threads;

    /** Adds every shared option of a calculating subcommand, after its own. */
    static void addTo(CommandSpec spec) {
        input(spec, Input.TEMP.value(TEMP));
        input(spec, Input.CONSTANTS.value(CONSTANTS));
        format(spec, FORMAT);
        precision(spec, PRECISION);
        explain(spec, EXPLAIN);
        wide(spec);
        Specs.option(spec, "--csv", "<file>", "Batch: read input rows from a CSV file, or - for standard input."
                + " Columns are named after the long options (in, out, in.K, vm_mV, temp_K, …).");
        spec.addOption(OptionSpec.builder("--on-error").paramLabel("<mode>").type(OnError.class)
                .converters(new OnErrorConverter())
                .description("A bad CSV row: fail (stop, exit 3), skip (drop it, count on stderr) or mark (keep it"
                        + " with an error column). Default: fail.").build());
        delimiter(spec);
        Specs.option(spec, "--output-delimiter", "<char>", "Delimiter of csv output: ',', ';' or tab (\\t)."
                + " Default: the input's (a comma without --csv).");
        Specs.flag(spec, "--decimal-comma", "Write numbers with a decimal comma (140,5); only with a ';' or tab"
                + " delimiter.");
        spec.addOption(OptionSpec.builder("--digits").paramLabel("<n>").type(Integer.class).description(
                "Significant digits of numbers in csv, tsv and json without --precision (1 to 17). Default: 15;"
                + " 17 gives the shortest text that reads back exactly.").build());
        spec.addOption(OptionSpec.builder("--threads").paramLabel("<n>").type(Integer.class)
                .description("Batch from a file: threads that parse, calculate and format its rows. Default: one per"
                        + " processor.").build());
        verbose(spec);
    }

    /** Adds the option of a row function's input. */
    static void input(CommandSpec spec, Input in) {
        switch (in.shape()) {
            case MAP:
                Specs.repeatable(spec, in.option(), in.label(), in.help());
                break;
            case FLAG:
                Specs.flag(spec, in.option(), in.help());
                break;
            default:
                Specs.option(spec, in.option(), in.label(), in.help());
        }
    }

    static void format(CommandSpec spec, String help) {
        spec.addOption(OptionSpec.builder("--format").paramLabel("<format>").type(Format.class)
                .converters(new FormatConverter()).description(help).build());
    }

    static void precision(CommandSpec spec, String help) {
        spec.addOption(OptionSpec.builder("--precision").paramLabel("<n>").type(Integer.class).description(help).build());
    }

    static void explain(CommandSpec spec, String help) {
        Specs.flag(spec, "--explain", help);
    }

    static void wide(CommandSpec spec) {
        Specs.flag(spec, "--wide", WIDE);
    }

    /** Sets the text layout of this run: {@code --wide} and {@code --precision} (text only). */
    void style(Format f) {
        org.echem.io.TextStyle s = org.echem.io.TextStyle.current();
        org.echem.io.TextStyle.set(s.with(wide, f == Format.TEXT ? precision : null));
    }

    static void delimiter(CommandSpec spec) {
        Specs.option(spec, "--delimiter", "<char>",
                "CSV field delimiter: ',', ';' or tab (\\t). Default: detected from the header.");
    }

    static void verbose(CommandSpec spec) {
        Specs.flag(spec, "--verbose", "Show a stack trace on an internal error.");
    }

    /** @return the delimiter of delimited output; checks --decimal-comma against it */
    char outputSeparator(Format format, char inputSeparator) {
        return org.echem.io.CsvFiles.outputSeparator(format, outputDelimiter, decimalComma, inputSeparator);
    }

    /** @return the shared options as given on a parsed command line, validated */
    static CommonOptions of(ParseResult pr) {
        CommonOptions c = new CommonOptions();
        c.format = pr.matchedOptionValue("--format", null);
        c.precision = pr.matchedOptionValue("--precision", null);
        c.explain = pr.hasMatchedOption("--explain");
        c.csv = pr.matchedOptionValue("--csv", null);
        c.onError = pr.matchedOptionValue("--on-error", OnError.FAIL);
        c.delimiter = pr.matchedOptionValue("--delimiter", null);
        c.outputDelimiter = pr.matchedOptionValue("--output-delimiter", null);
        c.decimalComma = pr.hasMatchedOption("--decimal-comma");
        Integer digits = pr.matchedOptionValue("--digits", null);
        if (digits != null && (digits < 1 || digits > 17)) {
            throw new InputException("--digits " + digits + ": expected a whole number from 1 to 17");
        }
        if (digits != null) {
            c.digits = digits;
        }
        c.wide = pr.hasMatchedOption("--wide");
        c.threads = pr.matchedOptionValue("--threads", null);
        if (c.threads != null && (c.threads < 1 || c.threads > 1024)) {
            throw new InputException("--threads " + c.threads + ": expected a whole number from 1 to 1024");
        }
        if (c.precision != null && (c.precision < 0 || c.precision > 17)) {
            throw new InputException("--precision " + c.precision + ": expected a whole number from 0 to 17");
        }
        return c;
    }

    /** @return the settings of a batch over {@code --csv} */
    Settings batch() {
        return new Settings(csv, delimiter, precision, onError, outputDelimiter, decimalComma, digits,
                threads == null ? 0 : threads);
    }

    /** picocli converter for {@link Format}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** picocli converter for {@link OnError}. */
    static final class OnErrorConverter implements ITypeConverter<OnError> {
        @Override
        public OnError convert(String value) {
            for (OnError m : OnError.values()) {
                if (m.name().equalsIgnoreCase(value.strip())) {
                    return m;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a mode, expected fail, skip or mark"
                    + org.echem.io.Suggest.didYouMean(value, java.util.List.of("fail", "skip", "mark")));
        }
    }
}
