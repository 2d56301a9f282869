package org.echem.grading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;
import org.echem.io.DataException;
import org.echem.io.Format;
import org.echem.io.InputException;
import org.echem.io.Numbers;
import org.echem.io.Stdout;
import org.echem.lang.Msg;
import org.echem.units.Kind;
import org.echem.units.UnitException;
import org.echem.units.Units;

/**
 * {@code check} over one file (SPEC §5): reads the problems, grades each with {@link Check}, writes
 * a report and counts the verdicts.
 */
public final class Grading {
    /** The verdict counts of a run: correct, incorrect, errors. */
    public record Counts(int correct, int incorrect, int errors) {
        public int total() {
            return correct + incorrect + errors;
        }

        /** @return the summary, or "no answers" when there is nothing to count */
        public String summaryOrNone() {
            return total() == 0 ? Msg.text("grading.summary.none") : summary();
        }

        /** @return "9 of 12 correct (75%): 2 incorrect, 1 error", in the language in use */
        public String summary() {
            double pct = 100.0 * correct / total();
            String p = pct == Math.rint(pct) ? Long.toString((long) pct) : Numbers.fixed(pct, 1);
            return Msg.text(errors == 1 ? "grading.summary.one_error" : "grading.summary", correct, total(), p,
                    incorrect, errors);
        }
    }

    private Grading() {}

    /**
     * Grades the problems of {@code file} and writes the report to {@code out}.
     *
     * @param file a CSV file, or {@code -} for {@code stdin}
     * @param defaults values for inputs a problem leaves empty (tolerance, temp, constants)
     * @param explain whether the text report shows the worked solution under incorrect answers
     * @return the verdict counts, the summary having been written
     * @throws DataException when the file cannot be read, lacks columns or holds no problem
     */
    public static Counts run(String file, InputStream stdin, String delimiter, OptionSource defaults, Format format,
            Integer precision, boolean explain, Stdout out) throws IOException {
        String name = file.equals("-") ? Msg.text("grading.stdin") : "'" + file + "'";
        CsvInput csv = CsvFiles.reader(CsvFiles.open(file, file.equals("-") ? Msg.text("grading.open.stdin")
                : Msg.text("grading.open.file", name), stdin), delimiter, name);
        CheckReport report = CheckReport.of(format, out, precision, file.equals("-") ? Msg.text("grading.stdin")
                : file);
        int[] counts = new int[Check.Verdict.values().length];
        try (csv) {
            List<String> header = csv.next();
            if (header == null) {
                throw new DataException(Msg.text("grading.error.empty", name));
            }
            List<String> written = header;
            header = keys(header);
            int answerColumn = column(header, "answer");
            String answerHint = unitHint(header, answerColumn);
            RowSource src = new RowSource(header, defaults);
            List<String> missing = new ArrayList<>();
            for (String c : Check.REQUIRED) {
                if (!src.keys().contains(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new DataException(Msg.text(missing.size() == 1 ? "grading.error.lacks_column"
                        : "grading.error.lacks_columns", name, String.join(", ", missing), String.join(",", written)));
            }
            Check check = new Check(src, explain && format == Format.TEXT).english(format != Format.TEXT);
            List<String> cells;
            while ((cells = csv.next()) != null) {
                long line = csv.line();
                if (cells.size() == 1 && cells.get(0).isBlank() && header.size() > 1) {
                    continue;
                }
                Check.Graded g;
                if (cells.size() != header.size()) {
                    g = new Check.Graded(cells.isEmpty() ? "" : cells.get(0).strip(), "", null, null, null, "", null,
                            Check.Verdict.ERROR, Hint.of("grading.error.ragged", line, cells.size(), header.size()),
                            List.of());
                } else {
                    String text = cells.get(answerColumn);
                    List<String> problem = new ArrayList<>(cells);
                    problem.set(answerColumn, "");
                    g = check.grade(problem, line, new Check.Answer(text.isBlank() ? null : text, answerHint,
                            Hint.of("grading.where.cell", line, header.get(answerColumn))));
                }
                counts[g.verdict().ordinal()]++;
                report.row(g);
            }
        } catch (CsvInput.Invalid e) {
            throw new DataException(Msg.text("grading.error.not_csv", name, e.getMessage()));
        } catch (IOException e) { // output errors are Stdout's (unchecked): this is the input's
            throw new DataException(Msg.text("grading.error.cannot_read", name, e.getMessage()));
        }
        Counts c = new Counts(counts[Check.Verdict.CORRECT.ordinal()], counts[Check.Verdict.INCORRECT.ordinal()],
                counts[Check.Verdict.ERROR.ordinal()]);
        if (c.total() == 0) {
            throw new DataException(Msg.text("grading.error.no_problems", name));
        }
        report.end(c.summary());
        return c;
    }

    /**
     * Header names as keys, matched case-insensitively (SPEC §8): {@code ID} → id, {@code Answer_V} →
     * answer_V, {@code In.K} → in.K (a unit after the underscore and an entry's name keep their case).
     */
    static List<String> keys(List<String> header) {
        List<String> out = new ArrayList<>(header.size());
        for (String h : header) {
            String name = h.strip();
            int us = name.indexOf('_');
            String key = us < 0 ? name : name.substring(0, us);
            int dot = key.indexOf('.');
            String lower = dot < 0 ? key.toLowerCase(java.util.Locale.ROOT)
                    : key.substring(0, dot).toLowerCase(java.util.Locale.ROOT) + key.substring(dot);
            out.add(lower + (us < 0 ? "" : name.substring(us)));
        }
        return out;
    }

    /** @return the index of the column whose key (before any unit) is {@code key}, or -1 */
    static int column(List<String> keys, String key) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.equals(key) || k.startsWith(key + "_")) {
                return i;
            }
        }
        return -1;
    }

    /** @return the unit after the underscore of column {@code i} ({@code answer_V} → V), or null */
    static String unitHint(List<String> keys, int i) {
        if (i < 0) {
            return null;
        }
        int us = keys.get(i).indexOf('_');
        return us < 0 ? null : keys.get(i).substring(us + 1);
    }

    /** Rejects a tolerance that no row could use, before any row is read. */
    public static void validTolerance(String t) {
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
        throw new InputException(Msg.text("grading.error.tolerance", t, "1%"));
    }
}
