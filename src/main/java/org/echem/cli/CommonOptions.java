package org.echem.cli;

import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/** The options every calculating subcommand shares (SPEC §3, §4), declared once and read once. */
public final class CommonOptions {
    /** Options that steer the run rather than feed the calculation. */
    static final Set<String> CONTROL = Set.of("format", "precision", "explain", "csv", "on-error",
            "delimiter", "verbose", "help", "version");

    /** What to do with a CSV row that cannot be computed. */
    public enum OnError { FAIL, SKIP, MARK }

    Format format;
    Integer precision;
    boolean explain;
    String csv;
    OnError onError = OnError.FAIL;
    String delimiter;

    /** Adds the shared options to a subcommand's model, after its own. */
    static void addTo(CommandSpec spec) {
        Specs.option(spec, "--temp", "<temp>", "Temperature (C, K, F; a bare number is °C). Default: 37 °C.");
        Specs.option(spec, "--constants", "<set>", "Constants: codata2018 (exact SI 2019 values) or textbook"
                + " (R = 8.314, F = 96485). Default: codata2018.");
        spec.addOption(OptionSpec.builder("--format").paramLabel("<format>").type(Format.class)
                .converters(new FormatConverter())
                .description("Output: text, csv, tsv or json (JSON Lines). Default: text; csv with --csv.").build());
        spec.addOption(OptionSpec.builder("--precision").paramLabel("<n>").type(Integer.class)
                .description("Decimals for numbers (0 to 17). Default: the shortest text that reads back exactly"
                        + " (5 significant digits in text).").build());
        Specs.flag(spec, "--explain", "Show the formula, the numbers substituted and each step.");
        Specs.option(spec, "--csv", "<file>", "Batch: read input rows from a CSV file, or - for standard input."
                + " Columns are named after the long options (in, out, in.K, vm_mV, temp_K, …).");
        spec.addOption(OptionSpec.builder("--on-error").paramLabel("<mode>").type(OnError.class)
                .converters(new OnErrorConverter())
                .description("A bad CSV row: fail (stop, exit 3), skip (drop it, count on stderr) or mark (keep it"
                        + " with an error column). Default: fail.").build());
        Specs.option(spec, "--delimiter", "<char>",
                "CSV field delimiter: ',', ';' or tab (\\t). Default: detected from the header.");
        Specs.flag(spec, "--verbose", "Show a stack trace on an internal error.");
    }

    /** @return the shared options as given on a parsed command line */
    static CommonOptions of(ParseResult pr) {
        CommonOptions c = new CommonOptions();
        c.format = pr.matchedOptionValue("--format", null);
        c.precision = pr.matchedOptionValue("--precision", null);
        c.explain = pr.hasMatchedOption("--explain");
        c.csv = pr.matchedOptionValue("--csv", null);
        c.onError = pr.matchedOptionValue("--on-error", OnError.FAIL);
        c.delimiter = pr.matchedOptionValue("--delimiter", null);
        return c;
    }

    /** picocli converter for {@link Format}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.parse(value);
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
            throw new TypeConversionException("'" + value + "' is not a mode, expected fail, skip or mark");
        }
    }
}
