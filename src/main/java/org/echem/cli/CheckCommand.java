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
import org.echem.lang.Msg;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** {@code echem check}: grades a CSV of homework answers (SPEC §5). */
final class CheckCommand implements SpecCommand {
    /** @return the lines of help text {@code key} (one line of the bundle, its lines split at {@code \n}) */
    private static String[] lines(String... keys) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String k : keys) {
            out.addAll(Msg.lines(k));
        }
        return out.toArray(new String[0]);
    }

    private static final String DEFAULT_TOLERANCE = "1%";

    private final CommandSpec spec;

    CheckCommand() {
        spec = Specs.command(Subcommand.CHECK.command(), this, lines("check.help.description"),
                lines("check.help.columns", "check.help.fields", "check.help.key", "check.help.ranges",
                        "check.help.examples", "check.help.exit"));
        spec.addPositional(picocli.CommandLine.Model.PositionalParamSpec.builder().index("0..*").arity("0..*")
                .required(false).paramLabel("FILE").type(java.util.List.class).auxiliaryTypes(String.class)
                .description(Msg.text("check.option.files")).build());
        Specs.option(spec, "--key", "<KEYFILE>", Msg.text("check.option.key"));
        Specs.option(spec, "--roster", "<ROSTERFILE>", Msg.text("check.option.roster"));
        Specs.option(spec, "--seed", "<N>", Msg.text("check.option.seed"));
        Specs.option(spec, "--out", "<DIR>", Msg.text("check.option.out"));
        Specs.option(spec, "--gradebook", "<FILE>", Msg.text("check.option.gradebook"));
        Specs.option(spec, "--item-analysis", "<FILE>", Msg.text("check.option.item_analysis"));
        Specs.option(spec, "--tolerance", "<tol>", Msg.text("check.option.tolerance")); // its default: DEFAULT_TOLERANCE
        CommonOptions.input(spec, Input.TEMP.value(Msg.text("check.option.temp")));
        CommonOptions.input(spec, Input.CONSTANTS.value(Msg.text("check.option.constants")));
        CommonOptions.format(spec, Msg.text("check.option.format"));
        CommonOptions.precision(spec, CommonOptions.PRECISION);
        CommonOptions.explain(spec, Msg.text("check.option.explain"));
        CommonOptions.delimiter(spec);
        CommonOptions.verbose(spec);
    }

    /** {@code check make}: per-student variants of a template (SPEC §8). */
    private Integer make(ParseResult pr, java.util.List<String> files, CommonOptions common, OptionSource defaults)
            throws IOException {
        if (files.size() > 1) {
            throw new ParameterException(spec.commandLine(), Msg.text("check.error.make_files", files.get(1)));
        }
        for (String o : new String[] {"--gradebook", "--item-analysis"}) {
            if (pr.hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), Msg.text("check.error.make_grading_option", o));
            }
        }
        String[] need = {"--key", "--roster", "--seed", "--out"};
        String[] what = {"TEMPLATE.csv", "ROSTER.csv", "N", "DIR"};
        for (int i = 0; i < need.length; i++) {
            if (pr.matchedOptionValue(need[i], null) == null) {
                throw new ParameterException(spec.commandLine(), Msg.text("check.error.make_needs", need[i], what[i]));
            }
        }
        String seedText = pr.matchedOptionValue("--seed", "");
        long seed;
        try {
            seed = Long.parseLong(seedText.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), Msg.text("check.error.seed", seedText));
        }
        String dir = pr.matchedOptionValue("--out", "");
        if (dir.isBlank()) {
            throw new ParameterException(spec.commandLine(), Msg.text("check.error.out_empty"));
        }
        Variants.Made m = Variants.make(pr.matchedOptionValue("--key", ""), pr.matchedOptionValue("--roster", ""),
                seed, dir, EchemCli.stdin(spec), common.delimiter, defaults);
        PrintWriter out = EchemCli.stdout(spec);
        String wrote = m.students() == 1 ? (m.problems() == 1 ? "check.make.wrote_one_each"
                : "check.make.wrote_one_student") : m.problems() == 1 ? "check.make.wrote_one_problem" : "check.make.wrote";
        out.println(Msg.text(wrote, m.students(), m.problems(), seed));
        out.println("  " + m.key());
        out.println(Msg.text("check.make.key"));
        out.println("  " + m.sheets() + "/NAME.csv");
        out.println(Msg.text("check.make.sheet_csv"));
        out.println("  " + m.sheets() + "/NAME.md");
        out.println(Msg.text("check.make.sheet_md"));
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
            throw new ParameterException(spec.commandLine(), Msg.text(pr.hasMatchedOption("--key")
                    ? "check.error.key_needs_answers" : "check.error.needs_file"));
        }
        if (files.get(0).equals("make")) {
            return make(pr, files, common, defaults);
        }
        for (String o : new String[] {"--roster", "--seed", "--out"}) {
            if (pr.hasMatchedOption(o)) {
                throw new ParameterException(spec.commandLine(), Msg.text("check.error.make_option", o));
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
                    throw new ParameterException(spec.commandLine(), Msg.text("check.error.needs_key", o));
                }
            }
            if (files.size() > 1) {
                throw new ParameterException(spec.commandLine(), Msg.text(files.size() > 3
                        ? "check.error.several_files_more" : "check.error.several_files", files.size(),
                        String.join(" ", files.subList(0, Math.min(3, files.size())))));
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
            err.println("echem: " + Msg.text("check.summary", c.summary()));
            err.flush();
        }
        return code;
    }
}
