package org.echem.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echem.calc.Subcommand;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;
import org.echem.io.DataException;
import org.echem.io.InputException;
import org.echem.io.Stdout;
import org.echem.io.Visible;
import org.echem.lang.Msg;
import org.echem.plot.Charts;
import org.echem.plot.Plot;
import org.echem.plot.Series;
import org.echem.plot.Terminal;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code echem plot} (SPEC §9): columns of any CSV as lines, to an SVG or PNG file or, without
 * {@code --out}, drawn in the terminal. The picture libraries are used only through
 * {@link Charts}, which only this command loads.
 */
final class PlotCommand implements SpecCommand {
    /** The most pixels a side of a picture may have. */
    static final int MAX_PX = 20_000;
    private final CommandSpec spec;

    PlotCommand() {
        spec = Specs.command(Subcommand.PLOT.command(), this,
                new String[] {Msg.text("plot.help.description.1"), Msg.text("plot.help.description.2")},
                new String[] {"%n" + Msg.text("plot.help.labels"), Msg.text("plot.help.terminal"),
                    "%n" + Msg.text("help.examples"),
                    "  echem ghk --ion Na --perm 1e-6cm/s --in 15 --out 145 --vm -100:50:5 | echem plot --x vm_mV --y I_uA_cm2",
                    "  echem nernst --ion K --in 140 --out 1:100:1 | echem plot --x c_out_mM --y E_mV --log-x --out nernst.svg"});
        Specs.option(spec, "--csv", "<file>", Msg.text("plot.help.csv"));
        Specs.option(spec, "--x", "<column>", Msg.text("plot.help.x"));
        Specs.option(spec, "--y", "<column>[,<column>...]", Msg.text("plot.help.y"));
        Specs.option(spec, "--by", "<column>", Msg.text("plot.help.by"));
        Specs.flag(spec, "--log-x", Msg.text("plot.help.log_x"));
        Specs.option(spec, "--out", "<file>", Msg.text("plot.help.out"));
        Specs.option(spec, "--width", "<px>", Msg.text("plot.help.width"));
        Specs.option(spec, "--height", "<px>", Msg.text("plot.help.height"));
        Specs.option(spec, "--delimiter", "<char>", Msg.text("plot.help.delimiter"));
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        ParseResult pr = spec.commandLine().getParseResult();
        String xName = required(pr, "--x", "plot.error.x_missing", "plot.error.x_empty");
        String yNames = required(pr, "--y", "plot.error.y_missing", "plot.error.y_empty");
        String by = pr.matchedOptionValue("--by", null);
        String out = pr.matchedOptionValue("--out", null);
        boolean logX = pr.hasMatchedOption("--log-x");
        int width = pixels(pr, "--width", 640);
        int height = pixels(pr, "--height", 400);
        String kind = null;
        if (out != null) {
            String lower = out.toLowerCase(Locale.ROOT);
            kind = lower.endsWith(".svg") ? "svg" : lower.endsWith(".png") ? "png" : null;
            if (kind == null || lower.length() == 4) {
                throw new InputException(Msg.text("plot.error.out_kind", out));
            }
        } else if (pr.hasMatchedOption("--width") || pr.hasMatchedOption("--height")) {
            throw new InputException(Msg.text("plot.error.size_needs_out",
                    pr.hasMatchedOption("--width") ? "--width" : "--height"));
        }
        String file = pr.matchedOptionValue("--csv", "-");
        String name = file.equals("-") ? Msg.text("plot.stdin") : file;
        Plot plot;
        try (CsvInput csv = CsvFiles.reader(CsvFiles.open(file, "--csv '" + file + "'", EchemCli.stdin(spec)),
                pr.matchedOptionValue("--delimiter", null), name)) {
            plot = read(csv, name, xName, yNames, by, logX);
        } catch (CsvInput.Invalid e) {
            throw new DataException(Msg.text("plot.error.not_csv", name, e.getMessage()));
        }
        if (out == null) {
            Stdout stdout = EchemCli.stdout(spec);
            stdout.print(Terminal.draw(plot, env("COLUMNS", 80), env("LINES", 24)));
            stdout.flush();
            return ExitCode.OK.code();
        }
        System.setProperty("java.awt.headless", "true");
        Path path = Paths.get(out);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(path))) {
            if (kind.equals("svg")) {
                Charts.svg(plot, width, height, o);
            } else {
                Charts.png(plot, width, height, o);
            }
        } catch (IOException e) {
            throw new InputException(Msg.text("plot.error.write", out, e.getMessage()));
        }
        return ExitCode.OK.code();
    }

    /** @return the value of {@code option}; else the message {@code missing} (not given) or {@code empty} (blank) */
    private static String required(ParseResult pr, String option, String missing, String empty) {
        String v = pr.matchedOptionValue(option, null);
        if (v == null || v.isBlank()) {
            throw new InputException(Msg.text(v == null ? missing : empty));
        }
        return v.strip();
    }

    private static int pixels(ParseResult pr, String option, int dflt) {
        String v = pr.matchedOptionValue(option, null);
        if (v == null) {
            return dflt;
        }
        String s = v.strip().replaceFirst("(?i)px$", "");
        try {
            int n = Integer.parseInt(s);
            if (n >= 16 && n <= MAX_PX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InputException(Msg.text("plot.error.pixels", option, v, MAX_PX));
    }

    private static int env(String name, int dflt) {
        String v = System.getenv(name);
        try {
            int n = v == null ? dflt : Integer.parseInt(v.strip());
            return n > 0 && n < 10_000 ? n : dflt;
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    /** @return the column of {@code wanted} in the header (case-insensitive), or an error naming the columns */
    private static int column(List<String> header, String wanted, String option, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        throw new InputException(Msg.text("plot.error.no_column", option, wanted, name,
                Visible.of(String.join(", ", header))));
    }

    private static Plot read(CsvInput csv, String name, String xName, String yNames, String by, boolean logX)
            throws IOException {
        List<String> header = csv.next();
        if (header == null) {
            throw new DataException(Msg.text("plot.error.empty", name));
        }
        int x = column(header, xName, "--x", name);
        List<String> ys = new ArrayList<>();
        for (String y : yNames.split(",", -1)) {
            if (y.isBlank()) {
                throw new InputException(Msg.text("plot.error.y_empty_name", yNames));
            }
            ys.add(y.strip());
        }
        int[] y = new int[ys.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = column(header, ys.get(i), "--y", name);
        }
        int g = by == null ? -1 : column(header, by.strip(), "--by", name);
        Map<String, Series> lines = new LinkedHashMap<>();
        List<String> cells;
        long points = 0;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        while ((cells = csv.next()) != null) {
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            long line = csv.line();
            String xs = cell(cells, x);
            if (xs.isEmpty()) {
                continue;
            }
            double xv = number(xs, line, header.get(x), name);
            if (logX && !(xv > 0)) {
                throw new InputException(Msg.text("plot.error.log_x", name, line, header.get(x), xs));
            }
            String group = g < 0 ? null : cell(cells, g);
            for (int i = 0; i < y.length; i++) {
                String ys1 = cell(cells, y[i]);
                if (ys1.isEmpty()) {
                    continue; // an empty cell is no point (e.g. a field that does not apply)
                }
                double yv = number(ys1, line, header.get(y[i]), name);
                String key = group == null ? header.get(y[i]).strip()
                        : y.length == 1 ? group : group + " " + header.get(y[i]).strip();
                Series s = lines.get(key);
                if (s == null) {
                    s = new Series(key);
                    lines.put(key, s);
                }
                s.add(xv, yv);
                xMin = Math.min(xMin, xv);
                xMax = Math.max(xMax, xv);
                yMin = Math.min(yMin, yv);
                yMax = Math.max(yMax, yv);
                points++;
            }
        }
        if (!(xMax - xMin < Double.MAX_VALUE) || !(yMax - yMin < Double.MAX_VALUE)) {
            boolean xs1 = !(xMax - xMin < Double.MAX_VALUE);
            throw new InputException(Msg.text("plot.error.span", xs1 ? "x" : "y", name,
                    String.valueOf(xs1 ? xMin : yMin), String.valueOf(xs1 ? xMax : yMax)));
        }
        if (points == 0) {
            throw new DataException(Msg.text("plot.error.no_points", name, header.get(x), String.join(", ", ys)));
        }
        String yLabel;
        if (y.length == 1) {
            yLabel = Plot.label(header.get(y[0]));
        } else {
            List<String> l = new ArrayList<>();
            for (int c : y) {
                l.add(Plot.label(header.get(c)));
            }
            yLabel = String.join(", ", l);
        }
        return new Plot(Plot.label(header.get(x)), yLabel, logX, new ArrayList<>(lines.values()));
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i).strip() : "";
    }

    private static double number(String text, long line, String column, String name) {
        double v;
        try {
            v = Double.parseDouble(text.replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            throw new DataException(Msg.text("plot.error.not_number", name, line, column, Visible.of(text)));
        }
        if (!Double.isFinite(v)) {
            throw new DataException(Msg.text("plot.error.not_finite", name, line, column, Visible.of(text)));
        }
        return v;
    }
}
