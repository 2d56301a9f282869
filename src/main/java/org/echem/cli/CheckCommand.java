package org.echem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.echem.calc.Input;
import org.echem.calc.OptionSource;
import org.echem.calc.Subcommand;
import org.echem.grading.ClassGrading;
import org.echem.grading.Grading;
import org.echem.grading.Variants;
import org.echem.io.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** {@code echem check}: grades a CSV of homework answers (SPEC §5). */
final class CheckCommand implements SpecCommand {
    private static final String[] DESCRIPTION = {
        "Grade homework answers. Each CSV row is one problem: id, command, that subcommand's input",
        "columns as in --csv batch mode, quantity, answer, and optionally tolerance and select. Prints",
        "id quantity expected answer error verdict hint per problem, then a summary; a hint names the",
        "likely mistake behind a wrong answer (sign flipped, in/out swapped, log10 vs ln, valence,",
        "V vs mV, °C used as K, textbook constants, another temperature).",
        "With --key KEY.csv, grades answer files (id,answer; optionally student) against",
        "the teacher's key: problems and inputs come from the key only. 'check make'",
        "writes a variant of a template per student (check make --key TEMPLATE.csv",
        "--roster ROSTER.csv --seed N --out DIR); its key grades each student against",
        "their own variant."};
    private static final String[] FOOTER = {"%nColumns:",
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
        "%nWith --key: the student is the student column, else the file's name without",
        "  its extension. Each row starts with student and the answer files' other",
        "  columns. A problem left unanswered is incorrect (no answer). Input columns",
        "  in an answer file are ignored; where they differ from the key, the hint",
        "  says so. Answers may be written E = -89.06 mV, =-89.06, -89,06, -89.06mv,",
        "  外流 (efflux), 内向 (inward).",
        "%nRanges in a template (check make): LO..HI:STEP UNIT, e.g. 100..160:5mM",
        "  (one of 100, 105, …, 160 mM); without :STEP, the last decimal place of the",
        "  bounds. {in} in a question is replaced by the value drawn. Writes",
        "  DIR/key.csv and, per student, DIR/sheets/NAME.csv and DIR/sheets/NAME.md.",
        "%nExamples:",
        "  echem check examples/homework-key.csv",
        "  echem check examples/homework-student.csv --tolerance 0.5mV --explain",
        "  cat examples/homework-student.csv | echem check - --format csv",
        "  echem check --key examples/class/key.csv \\",
        "      examples/class/answers/ana.csv examples/class/answers/ben.csv",
        "  echem check --key examples/class/key.csv examples/class/answers/*.csv \\",
        "      --gradebook g.csv --item-analysis i.csv > graded.txt",
        "  echem check make --key examples/class/template.csv \\",
        "      --roster examples/class/roster.csv --seed 7 --out /tmp/echem-class",
        "%nExit codes: 0 every answer correct; 4 at least one incorrect; 3 a row invalid",
        "  (and none incorrect), a missing file or missing columns (with --key, also an",
        "  answer file that cannot be graded: the others are still graded);",
        "  2 a bad option."};
    private static final String DEFAULT_TOLERANCE = "1%";

    private final CommandSpec spec;

    CheckCommand() {
        spec = Specs.command(Subcommand.CHECK.command(), this, DESCRIPTION, FOOTER);
        spec.addPositional(picocli.CommandLine.Model.PositionalParamSpec.builder().index("0..*").arity("0..*")
                .required(false).paramLabel("FILE").type(java.util.List.class).auxiliaryTypes(String.class)
                .description("The problems and answers: a CSV file, or - for standard input. With --key: the"
                        + " answer files (id,answer, optionally student), - for standard input.").build());
        Specs.option(spec, "--key", "<KEYFILE>", "Grade answer files against this key: the problems and their"
                + " inputs come from it only (a student column gives each student their own variant).");
        Specs.option(spec, "--roster", "<ROSTERFILE>", "check make: the students, one per line (a student column,"
                + " else the first).");
        Specs.option(spec, "--seed", "<N>", "check make: a whole number; the same seed gives the same sheets.");
        Specs.option(spec, "--out", "<DIR>", "check make: where to write key.csv and sheets/NAME.csv, NAME.md"
                + " (created if missing; files in it are overwritten).");
        Specs.option(spec, "--gradebook", "<FILE>", "With --key: write one CSV row per student (student correct"
                + " incorrect errors score_pct, then a verdict per problem id).");
        Specs.option(spec, "--item-analysis", "<FILE>", "With --key: write one CSV row per problem (id quantity n"
                + " correct_pct common_hint common_hint_n).");
        Specs.option(spec, "--tolerance", "<tol>", "Tolerance for rows without one: relative (1%%) or absolute with a"
                + " unit (0.5mV); a bare number is in the quantity's unit. Default: " + DEFAULT_TOLERANCE + "%.");
        CommonOptions.input(spec, Input.TEMP.value("Temperature for problems without a temp column or value {units}."
                + " Default: 37 °C."));
        CommonOptions.input(spec, Input.CONSTANTS.value("Constants for problems that do not name them: codata2018"
                + " or textbook. Default: codata2018."));
        CommonOptions.format(spec, "Output: text (a report with the summary), csv, tsv or json (JSON Lines; the"
                + " summary goes to stderr).");
        CommonOptions.precision(spec, CommonOptions.PRECISION);
        CommonOptions.explain(spec, "Text output: show the worked solution under every incorrect answer.");
        CommonOptions.delimiter(spec);
        CommonOptions.verbose(spec);
    }

    /** {@code check make}: per-student variants of a template (SPEC §8). */
    private Integer make(ParseResult pr, java.util.List<String> files, CommonOptions common, OptionSource defaults)
            throws IOException {
        if (files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "check make takes no files, got " + files.get(1)
                    + " (a file named make is ./make); expected check make --key TEMPLATE.csv --roster ROSTER.csv"
                    + " --seed N --out DIR");
        }
        for (String o : new String[] {"--gradebook", "--item-analysis"}) {
            if (pr.hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), o + " is for grading, not for check make");
            }
        }
        String[] need = {"--key", "--roster", "--seed", "--out"};
        String[] what = {"TEMPLATE.csv", "ROSTER.csv", "N", "DIR"};
        for (int i = 0; i < need.length; i++) {
            if (pr.matchedOptionValue(need[i], null) == null) {
                throw new ParameterException(spec.commandLine(), "check make needs " + need[i] + " " + what[i]
                        + ": check make --key TEMPLATE.csv --roster ROSTER.csv --seed N --out DIR");
            }
        }
        String seedText = pr.matchedOptionValue("--seed", "");
        long seed;
        try {
            seed = Long.parseLong(seedText.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--seed '" + seedText + "': expected a whole number such"
                    + " as 7");
        }
        String dir = pr.matchedOptionValue("--out", "");
        if (dir.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--out '': expected a directory name");
        }
        Variants.Made m = Variants.make(pr.matchedOptionValue("--key", ""), pr.matchedOptionValue("--roster", ""),
                seed, dir, EchemCli.stdin(spec), common.delimiter, defaults);
        PrintWriter out = EchemCli.stdout(spec);
        out.println("Wrote " + m.students() + " variant" + (m.students() == 1 ? "" : "s") + " of " + m.problems()
                + " problem" + (m.problems() == 1 ? "" : "s") + " (seed " + seed + "):");
        out.println("  " + m.key());
        out.println("      the key of every variant: grade with check --key KEY ANSWERS...");
        out.println("  " + m.sheets() + "/NAME.csv");
        out.println("      each student's sheet: fill the answer column and hand it in");
        out.println("  " + m.sheets() + "/NAME.md");
        out.println("      the same problems to read");
        out.flush();
        return ExitCode.OK.code();
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
        String tolerance = pr.matchedOptionValue("--tolerance", DEFAULT_TOLERANCE);
        Grading.validTolerance(tolerance);
        OptionSource defaults = new OptionSource().add("tolerance", tolerance.strip());
        for (Input in : new Input[] {Input.TEMP, Input.CONSTANTS}) {
            String v = pr.matchedOptionValue(in.option(), null);
            if (v != null) {
                defaults.add(in.key(), v);
            }
        }
        java.util.List<String> files = pr.matchedPositionalValue(0, java.util.List.of());
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), pr.hasMatchedOption("--key")
                    ? "check --key KEY.csv needs the answer files to grade: expected check --key KEY.csv ANSWERS..."
                            + " (FILE... , or - for standard input)"
                    : "check needs a FILE of problems and answers (or - for standard input), or --key KEY.csv and"
                            + " the answer files");
        }
        if (files.get(0).equals("make")) {
            return make(pr, files, common, defaults);
        }
        for (String o : new String[] {"--roster", "--seed", "--out"}) {
            if (pr.hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), o + " belongs to 'check make': check make --key"
                        + " TEMPLATE.csv --roster ROSTER.csv --seed N --out DIR");
            }
        }
        String key = pr.matchedOptionValue("--key", null);
        String gradebook = pr.matchedOptionValue("--gradebook", null);
        String items = pr.matchedOptionValue("--item-analysis", null);
        PrintWriter err = spec.commandLine().getErr();
        Grading.Counts c;
        if (key == null) {
            for (String o : new String[] {"--gradebook", "--item-analysis"}) {
                if (pr.hasMatchedOption(o)) {
                    throw new ParameterException(spec.commandLine(), o + " needs --key KEY.csv: the gradebook and the"
                            + " item analysis are of answer files graded against a key");
                }
            }
            if (files.size() > 1) {
                throw new ParameterException(spec.commandLine(), "check takes one FILE of problems and answers, got "
                        + files.size() + " (" + String.join(" ", files.subList(0, Math.min(3, files.size())))
                        + (files.size() > 3 ? " …" : "") + "); to grade several answer files give the teacher's key:"
                        + " check --key KEY.csv ANSWERS...");
            }
            c = Grading.run(files.get(0), EchemCli.stdin(spec), common.delimiter, defaults, format,
                    common.precision, common.explain, EchemCli.stdout(spec));
        } else {
            c = ClassGrading.run(key, files, EchemCli.stdin(spec), common.delimiter, defaults, format,
                    common.precision, common.explain, EchemCli.stdout(spec), new ClassGrading.Outputs(gradebook, items),
                    m -> {
                        EchemCli.stdout(spec).flush();
                        err.println("echem: " + m);
                        err.flush();
                    });
        }
        int code = c.incorrect() > 0 ? ExitCode.INCORRECT.code()
                : c.errors() > 0 ? ExitCode.DATA.code() : ExitCode.OK.code();
        if (format != Format.TEXT || code != ExitCode.OK.code()) {
            err.println("echem: check: " + c.summary());
            err.flush();
        }
        return code;
    }
}
