package org.echem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.echem.io.CsvInput;
import org.echem.units.Kind;
import org.echem.units.UnitException;
import org.echem.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code echem check}: grades a CSV of homework answers (SPEC §5). */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        description = "Grade homework answers. Each CSV row is one problem: id, command, that subcommand's input "
                + "columns as in --csv batch mode, quantity, answer, and optionally tolerance and select. Prints "
                + "id quantity expected answer error verdict hint per problem, then a summary; a hint names the "
                + "likely mistake behind a wrong answer (sign flipped, in/out swapped, log10 vs ln, valence, "
                + "V vs mV, °C used as K, textbook constants, another temperature).",
        footer = {"%nColumns:",
            "  id          the problem's name",
            "  command     nernst, drive, … (any calculating subcommand)",
            "  <inputs>    that command's columns: ion, in, out, temp, vm, e, in.K, in_uM, …",
            "  quantity    the result field to grade: E_mV, drive_mV, direction, …",
            "  answer      a bare number is in the field's unit; a unit is converted",
            "              (-0.089 V is -89 mV for E_mV); words (influx) ignore case",
            "  tolerance   0.5mV (absolute) or 1%% (relative); default: --tolerance",
            "  select      the ion or channel to grade when the command gives several rows",
            "%nFields: id quantity expected answer error verdict hint",
            "  verdict: correct, incorrect or error (an invalid row; hint says why).",
            "  Text output ends with the summary; with csv, tsv or json it goes to stderr.",
            "%nExamples:",
            "  echem check examples/homework-key.csv",
            "  echem check examples/homework-student.csv --tolerance 0.5mV --explain",
            "  cat examples/homework-student.csv | echem check - --format csv",
            "%nExit codes: 0 every answer correct; 4 at least one incorrect; 3 a row invalid",
            "  (and none incorrect), a missing file or missing columns; 2 a bad option."})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The problems and answers: a CSV file, or - for standard input.")
    String file;

    @Option(names = "--tolerance", paramLabel = "<tol>", order = 1, defaultValue = "1%",
            description = "Tolerance for rows without one: relative (1%%) or absolute with a unit (0.5mV); a bare "
                    + "number is in the quantity's unit.")
    String tolerance;

    @Option(names = "--temp", paramLabel = "<temp>", order = 2,
            description = "Temperature for problems without a temp column or value (C, K, F; bare: °C). Default: 37 °C.")
    String temp;

    @Option(names = "--constants", paramLabel = "<set>", order = 3,
            description = "Constants for problems that do not name them: codata2018 or textbook. Default: codata2018.")
    String constants;

    @Option(names = "--format", paramLabel = "<format>", order = 10, converter = CommonOptions.FormatConverter.class,
            description = "Output: text (a report with the summary), csv, tsv or json (JSON Lines; the summary "
                    + "goes to stderr).")
    Format format = Format.TEXT;

    @Option(names = "--precision", paramLabel = "<n>", order = 11,
            description = "Decimals for numbers (0 to 17). Default: shortest exact text (5 significant digits in text).")
    Integer precision;

    @Option(names = "--explain", order = 12,
            description = "Text output: show the worked solution under every incorrect answer.")
    boolean explain;

    @Option(names = "--delimiter", paramLabel = "<char>", order = 13,
            description = "CSV field delimiter: ',', ';' or tab (\\t). Default: detected from the header.")
    String delimiter;

    @Option(names = "--verbose", order = 14, description = "Show a stack trace on an internal error.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (precision != null && (precision < 0 || precision > 17)) {
            throw new InputException("--precision " + precision + ": expected a whole number from 0 to 17");
        }
        validTolerance(tolerance);
        OptionSource defaults = new OptionSource().add("tolerance", tolerance.strip());
        if (temp != null) {
            defaults.add("temp", temp);
        }
        if (constants != null) {
            defaults.add("constants", constants);
        }
        String name = file.equals("-") ? "standard input" : "'" + file + "'";
        CsvInput csv = Batch.reader(Batch.open(file, "check: " + (file.equals("-") ? "standard input" : "file " + name),
                EchemCli.stdin(spec)), delimiter, name);
        Stdout out = EchemCli.stdout(spec);
        CheckReport report = CheckReport.of(format, out, precision, file.equals("-") ? "standard input" : file);
        int[] counts = new int[Check.Verdict.values().length];
        try (csv) {
            List<String> header = csv.next();
            if (header == null) {
                throw new DataException(name + " is empty: expected a header line such as "
                        + "id,command,ion,in,out,quantity,answer");
            }
            RowSource src = new RowSource(header, defaults);
            List<String> missing = new ArrayList<>();
            for (String c : Check.REQUIRED) {
                if (!src.keys().contains(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new DataException(name + ": the header lacks the column" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + "; a check file needs id,command,quantity,answer and the"
                        + " command's input columns (tolerance and select are optional); header: "
                        + String.join(",", header));
            }
            Check check = new Check(src, explain && format == Format.TEXT);
            List<String> cells;
            while ((cells = csv.next()) != null) {
                long line = csv.line();
                if (cells.size() == 1 && cells.get(0).isBlank() && header.size() > 1) {
                    continue;
                }
                Check.Graded g;
                if (cells.size() != header.size()) {
                    g = new Check.Graded(cells.isEmpty() ? "" : cells.get(0).strip(), "", null, null, null, "", null,
                            Check.Verdict.ERROR, "line " + line + " has " + cells.size() + " fields, the header "
                            + header.size() + " (a ragged row; quote fields that hold the delimiter)", List.of());
                } else {
                    g = check.grade(cells, line);
                }
                counts[g.verdict().ordinal()]++;
                report.row(g);
            }
        } catch (CsvInput.Invalid e) {
            throw new DataException(name + ": not valid CSV: " + e.getMessage());
        } catch (IOException e) { // output errors are Stdout's (unchecked): this is the input's
            throw new DataException("cannot read " + name + ": " + e.getMessage());
        }
        int correct = counts[Check.Verdict.CORRECT.ordinal()];
        int incorrect = counts[Check.Verdict.INCORRECT.ordinal()];
        int errors = counts[Check.Verdict.ERROR.ordinal()];
        int total = correct + incorrect + errors;
        if (total == 0) {
            throw new DataException(name + " holds no problems: expected a row per problem after the header");
        }
        String summary = summary(correct, incorrect, errors);
        report.end(summary);
        int code = incorrect > 0 ? ExitCode.INCORRECT.code() : errors > 0 ? ExitCode.DATA.code() : ExitCode.OK.code();
        if (format != Format.TEXT || code != ExitCode.OK.code()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("echem: check: " + summary);
            err.flush();
        }
        return code;
    }

    /** @return "9 of 12 correct (75%): 2 incorrect, 1 error" */
    static String summary(int correct, int incorrect, int errors) {
        int total = correct + incorrect + errors;
        double pct = 100.0 * correct / total;
        String p = pct == Math.rint(pct) ? Long.toString((long) pct) : org.echem.io.Numbers.fixed(pct, 1);
        return correct + " of " + total + " correct (" + p + "%): " + incorrect + " incorrect, " + errors
                + (errors == 1 ? " error" : " errors");
    }

    /** Rejects a --tolerance that no row could use, before any row is read. */
    private static void validTolerance(String t) {
        String s = t.strip();
        if (s.endsWith("%")) {
            try {
                double pct = Units.number(s.substring(0, s.length() - 1));
                if (pct >= 0 && Double.isFinite(pct)) {
                    return;
                }
            } catch (UnitException e) {
                // reported below
            }
        } else if (!s.startsWith("-") && !s.startsWith("\u2212")) {
            for (Kind k : Kind.values()) {
                try {
                    Units.parse(s, k);
                    return;
                } catch (UnitException e) {
                    // try the next kind
                }
            }
        }
        throw new InputException("--tolerance '" + t + "': expected a relative tolerance such as 1% or an absolute"
                + " one with a unit such as 0.5mV, ≥ 0");
    }
}
