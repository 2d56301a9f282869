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

    /**
     * The English help of {@code --precision}, for a caller that passes it to {@link #precision}:
     * that method shows it in the language in use ({@code help.option.precision}). The other help
     * texts are built per call, as the language is known only once a run starts.
     */
    static final String PRECISION = "Decimals for numbers (0 to 17). Default: 15 significant digits (--digits; 5 in"
            + " text).";

    private static String help(String key) {
        return org.echem.lang.Msg.help("help.option." + key);
    }

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

    /**
     * Adds the shared options of a calculating subcommand, after its own: every one, or ({@code typed}
     * not null) only those named in {@code typed} (see {@link CalcCommand}).
     */
    static void addTo(CommandSpec spec, Set<String> typed) {
        if (adds(typed, "--temp")) {
            input(spec, Input.TEMP.value(help("temp")));
        }
        if (adds(typed, "--constants")) {
            input(spec, Input.CONSTANTS.value(help("constants")));
        }
        if (adds(typed, "--format")) {
            format(spec, help("format"));
        }
        if (adds(typed, "--precision")) {
            precision(spec, help("precision"));
        }
        if (adds(typed, "--explain")) {
            explain(spec, help("explain"));
        }
        if (adds(typed, "--wide")) {
            wide(spec);
        }
        if (adds(typed, "--csv")) {
            Specs.option(spec, "--csv", "<file>", help("csv"));
        }
        if (adds(typed, "--on-error")) {
            spec.addOption(OptionSpec.builder("--on-error").paramLabel("<mode>").type(OnError.class)
                    .converters(new OnErrorConverter()).description(help("on_error")).build());
        }
        if (adds(typed, "--delimiter")) {
            delimiter(spec);
        }
        if (adds(typed, "--output-delimiter")) {
            Specs.option(spec, "--output-delimiter", "<char>", help("output_delimiter"));
        }
        if (adds(typed, "--decimal-comma")) {
            Specs.flag(spec, "--decimal-comma", help("decimal_comma"));
        }
        if (adds(typed, "--digits")) {
            spec.addOption(OptionSpec.builder("--digits").paramLabel("<n>").type(Integer.class).description(
                    help("digits")).build());
        }
        if (adds(typed, "--threads")) {
            spec.addOption(OptionSpec.builder("--threads").paramLabel("<n>").type(Integer.class)
                    .description(help("threads")).build());
        }
        if (adds(typed, "--verbose")) {
            verbose(spec);
        }
    }

    /** @return whether to add the option {@code name}: every one when {@code typed} is null, else those it names */
    static boolean adds(Set<String> typed, String name) {
        return typed == null || typed.contains(name);
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
        String text = PRECISION.equals(help) ? help("precision") : help;
        spec.addOption(OptionSpec.builder("--precision").paramLabel("<n>").type(Integer.class).description(text).build());
    }

    static void explain(CommandSpec spec, String help) {
        Specs.flag(spec, "--explain", help);
    }

    static void wide(CommandSpec spec) {
        Specs.flag(spec, "--wide", help("wide"));
    }

    /** Sets the text layout of this run: {@code --wide} and {@code --precision} (text only). */
    void style(Format f) {
        org.echem.io.TextStyle s = org.echem.io.TextStyle.current();
        org.echem.io.TextStyle.set(s.with(wide, f == Format.TEXT ? precision : null));
    }

    static void delimiter(CommandSpec spec) {
        Specs.option(spec, "--delimiter", "<char>", help("delimiter"));
    }

    static void verbose(CommandSpec spec) {
        Specs.flag(spec, "--verbose", help("verbose"));
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
            throw new InputException(org.echem.lang.Msg.text("cli.error.digits", digits));
        }
        if (digits != null) {
            c.digits = digits;
        }
        c.wide = pr.hasMatchedOption("--wide");
        c.threads = pr.matchedOptionValue("--threads", null);
        if (c.threads != null && (c.threads < 1 || c.threads > 1024)) {
            throw new InputException(org.echem.lang.Msg.text("cli.error.threads", c.threads));
        }
        if (c.precision != null && (c.precision < 0 || c.precision > 17)) {
            throw new InputException(org.echem.lang.Msg.text("cli.error.precision", c.precision));
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
            String near = org.echem.io.Suggest.closest(value, java.util.List.of("fail", "skip", "mark"));
            throw new TypeConversionException(near == null ? org.echem.lang.Msg.text("cli.error.on_error", value)
                    : org.echem.lang.Msg.text("cli.error.on_error_near", value, near));
        }
    }
}
