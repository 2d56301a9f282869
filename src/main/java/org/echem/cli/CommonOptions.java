package org.echem.cli;

import java.util.Set;
import picocli.CommandLine.Option;

/** The options every calculating subcommand shares (SPEC §3, §4). */
public final class CommonOptions {
    /** Options that steer the run rather than feed the calculation. */
    static final Set<String> CONTROL = Set.of("format", "precision", "explain", "csv", "on-error",
            "delimiter", "verbose", "help", "version");

    /** What to do with a CSV row that cannot be computed. */
    public enum OnError { FAIL, SKIP, MARK }

    @Option(names = "--temp", paramLabel = "<temp>", order = 900,
            description = "Temperature (C, K, F; a bare number is °C). Default: 37 °C.")
    String temp;

    @Option(names = "--constants", paramLabel = "<set>", order = 901,
            description = "Constants: codata2018 (exact SI 2019 values) or textbook (R = 8.314, F = 96485). "
                    + "Default: codata2018.")
    String constants;

    @Option(names = "--format", paramLabel = "<format>", order = 910, converter = FormatConverter.class,
            description = "Output: text, csv, tsv or json (JSON Lines). Default: text; csv with --csv.")
    Format format;

    @Option(names = "--precision", paramLabel = "<n>", order = 911,
            description = "Decimals for numbers (0 to 17). Default: the shortest text that reads back exactly "
                    + "(5 significant digits in text).")
    Integer precision;

    @Option(names = "--explain", order = 912, description = "Show the formula, the numbers substituted and each step.")
    boolean explain;

    @Option(names = "--csv", paramLabel = "<file>", order = 920,
            description = "Batch: read input rows from a CSV file, or - for standard input. Columns are named "
                    + "after the long options (in, out, in.K, vm_mV, temp_K, …).")
    String csv;

    @Option(names = "--on-error", paramLabel = "<mode>", order = 921, converter = OnErrorConverter.class,
            description = "A bad CSV row: fail (stop, exit 3), skip (drop it, count on stderr) or mark (keep it "
                    + "with an error column). Default: fail.")
    OnError onError = OnError.FAIL;

    @Option(names = "--delimiter", paramLabel = "<char>", order = 922,
            description = "CSV field delimiter: ',', ';' or tab (\\t). Default: detected from the header.")
    String delimiter;

    @Option(names = "--verbose", order = 930, description = "Show a stack trace on an internal error.")
    boolean verbose;

    /** picocli converter for {@link Format}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.parse(value);
        }
    }

    /** picocli converter for {@link OnError}. */
    static final class OnErrorConverter implements picocli.CommandLine.ITypeConverter<OnError> {
        @Override
        public OnError convert(String value) {
            for (OnError m : OnError.values()) {
                if (m.name().equalsIgnoreCase(value.strip())) {
                    return m;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a mode, expected fail, skip or mark");
        }
    }
}
