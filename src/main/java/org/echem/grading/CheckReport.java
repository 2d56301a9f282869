package org.echem.grading;

import org.echem.io.Field;
import org.echem.io.Format;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.io.Stdout;
import org.echem.io.TextStyle;
import org.echem.lang.Lang;
import org.echem.lang.Msg;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes graded problems: for people, a table in input order with every wrong answer marked
 * ({@code ✗}), its hint and, with {@code --explain}, the worked solution under it, then the summary;
 * for machines, one row per problem through {@link RowWriter} (csv, tsv, JSON Lines), streaming.
 */
public abstract class CheckReport {
    /** The fields of a check row (SPEC §3). */
    static final Schema SCHEMA = Schema.of(Field.plain("id", "id"), Field.plain("quantity", "quantity"),
            Field.plain("expected", "expected"), Field.plain("answer", "answer"), Field.plain("error", "error"),
            Field.plain("verdict", "verdict"), Field.plain("hint", "hint"));

    static CheckReport of(Format format, Stdout out, Integer precision, String name) throws IOException {
        return format == Format.TEXT ? new Text(out, precision, name) : new Machine(RowWriter.of(format, out, precision));
    }

    /** @return a report of {@code --key} mode: each row after the {@code passed} columns (student first) */
    static CheckReport ofClass(Format format, Stdout out, Integer precision, List<String> passed) throws IOException {
        return format == Format.TEXT ? new Text(out, precision, null) : new Machine(RowWriter.of(format, out, precision),
                passed);
    }

    abstract void row(Check.Graded g) throws IOException;

    /** Writes {@code g} after its passed-through cells (student first); text shows the student only. */
    abstract void row(Check.Graded g, List<String> passed) throws IOException;

    abstract void end(String summary) throws IOException;

    /** csv, tsv, json: the fields of SPEC §3; numbers in the quantity's unit; no summary (it goes to stderr). */
    static final class Machine extends CheckReport {
        private final RowWriter w;

        Machine(RowWriter w) throws IOException {
            this(w, List.of());
        }

        Machine(RowWriter w, List<String> passed) throws IOException {
            this.w = w;
            w.begin(passed, SCHEMA, false);
        }

        @Override
        void row(Check.Graded g) throws IOException {
            row(g, List.of());
        }

        @Override
        void row(Check.Graded g, List<String> passed) throws IOException {
            Row r = new Row(SCHEMA).set("id", g.id()).set("quantity", g.quantity()).set("expected", g.expected())
                    .set("answer", g.answer()).set("error", g.error()).set("verdict", g.verdict().toString())
                    .set("hint", g.hint().en());
            w.row(passed, r);
        }

        @Override
        void end(String summary) throws IOException {
            w.end(List.of());
        }
    }

    /** The report for people. */
    static final class Text extends CheckReport {
        private final List<String> header = List.of("", Msg.text("check.head.id"), Msg.text("check.head.quantity"),
                Msg.text("check.head.expected"), Msg.text("check.head.answer"), Msg.text("check.head.error"),
                Msg.text("check.head.tolerance"), Msg.text("check.head.verdict"), Msg.text("check.head.hint"));
        /** English: a cell's width is its length, as always; other languages: the columns a terminal gives it. */
        private final boolean en = Lang.current() == Lang.EN;
        private final PrintWriter out;
        private final Integer precision;
        private String name;
        private boolean single = true;
        private final List<Check.Graded> graded = new ArrayList<>();
        /** {@code --key} mode: the student of each row (a column of the table when a file holds several). */
        private final List<String> students = new ArrayList<>();

        Text(PrintWriter out, Integer precision, String name) {
            this.out = out;
            this.precision = precision;
            this.name = name;
        }

        @Override
        void row(Check.Graded g) {
            graded.add(g);
        }

        @Override
        void row(Check.Graded g, List<String> passed) {
            graded.add(g);
            students.add(passed.isEmpty() ? "" : passed.get(0));
        }

        /** {@code --key} mode: one table per answers file, titled {@code title}, ending with {@code summary}. */
        void block(String title, String summary) {
            name = title;
            single = false;
            end(summary);
            graded.clear();
            students.clear();
        }

        /** {@code --key} mode: the class's summary, then the gradebook and the item analysis in short form. */
        void classEnd(String summary, List<List<String>> gradebook, List<List<String>> items) {
            StringBuilder b = new StringBuilder();
            b.append(Msg.text("check.text.summary", summary)).append("\n\n").append(Msg.text("check.text.gradebook"))
                    .append('\n');
            table(b, gradebook, en);
            b.append('\n').append(Msg.text("check.text.item_analysis")).append('\n');
            table(b, items, en);
            out.print(b);
            out.flush();
        }

        private static void table(StringBuilder b, List<List<String>> rows, boolean en) {
            int[] w = new int[rows.get(0).size()];
            for (List<String> r : rows) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = Math.max(w[i], width(r.get(i), en));
                }
            }
            for (List<String> r : rows) {
                b.append("  ");
                line(b, r, w, en);
            }
        }

        /** @return the width of {@code s} in the table: its length in English (as always), else its columns */
        private static int width(String s, boolean en) {
            return en ? s.length() : TextStyle.width(s);
        }

        private String value(Object v, String unit, boolean signed) {
            if (v == null) {
                return "";
            }
            String s;
            if (v instanceof Double) {
                double d = (Double) v;
                s = Check.show(d, precision);
                if (signed && d > 0) {
                    s = "+" + s;
                }
            } else {
                s = v.toString();
            }
            return unit.isEmpty() || !(v instanceof Number) ? s : s + " " + unit;
        }

        private List<String> cells(Check.Graded g) {
            String mark = g.verdict() == Check.Verdict.CORRECT ? "✓" : g.verdict() == Check.Verdict.INCORRECT ? "✗" : "!";
            String tol = g.tolerance() == null ? "" : "±" + value(g.tolerance(), g.unit(), false);
            Object expected = g.expected() instanceof Integer ? (Object) ((Integer) g.expected()).doubleValue()
                    : g.expected() instanceof String && !en ? Msg.textOr("value." + g.expected(), (String) g.expected())
                    : g.expected();
            return List.of(mark, g.id(), g.quantity(), value(expected, g.unit(), false), value(g.answer(), g.unit(), false),
                    value(g.error(), g.unit(), true), tol, verdict(g.verdict()), g.hint().text());
        }

        /** @return {@code v} as the text report says it */
        private String verdict(Check.Verdict v) {
            return en ? v.toString() : Msg.text("check.verdict." + v);
        }

        @Override
        void end(String summary) {
            boolean several = students.size() == graded.size() && new java.util.HashSet<>(students).size() > 1;
            List<String> header = this.header;
            if (several) {
                header = new ArrayList<>(this.header);
                header.add(1, Msg.text("check.head.student"));
            }
            List<List<String>> lines = new ArrayList<>();
            for (int k = 0; k < graded.size(); k++) {
                List<String> c = cells(graded.get(k));
                if (several) {
                    c = new ArrayList<>(c);
                    c.add(1, students.get(k));
                }
                lines.add(c);
            }
            boolean hints = false;
            for (List<String> l : lines) {
                hints |= !l.get(l.size() - 1).isEmpty();
            }
            if (!hints) { // no empty hint column
                header = header.subList(0, header.size() - 1);
            }
            int[] w = new int[header.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = width(header.get(i), en);
                for (List<String> l : lines) {
                    w[i] = Math.max(w[i], width(l.get(i), en));
                }
            }
            StringBuilder b = new StringBuilder();
            b.append(Msg.text("check.text.checking", name)).append('\n').append('\n');
            line(b, header, w, en);
            int indent = w[0] + 2;
            for (int k = 0; k < graded.size(); k++) {
                line(b, lines.get(k), w, en);
                Check.Graded g = graded.get(k);
                if (g.verdict() == Check.Verdict.INCORRECT && !g.explain().isEmpty()) {
                    b.append(" ".repeat(indent)).append(Msg.text("check.text.worked")).append('\n');
                    for (String s : g.explain()) {
                        b.append(" ".repeat(indent + 2)).append(s).append('\n');
                    }
                }
            }
            if (summary != null) {
                b.append('\n').append(single ? Msg.text("check.text.summary", summary) : summary).append('\n')
                        .append(single ? "" : "\n");
            }
            out.print(b);
            out.flush();
        }

        /** @return how many rows wait for the table they are laid out in */
        int pending() {
            return graded.size();
        }

        /**
         * {@code --key} mode: writes the rows so far as a table of their own, without a summary, so
         * that a long answers file (a class in one file) does not hold its rows in memory.
         */
        void chunk(String title) {
            name = title;
            end(null);
            graded.clear();
            students.clear();
        }

        private static void line(StringBuilder b, List<String> cells, int[] w, boolean en) {
            int start = b.length();
            for (int i = 0; i < w.length; i++) {
                String c = cells.get(i);
                b.append(c);
                if (i < w.length - 1) {
                    b.append(" ".repeat(w[i] - width(c, en) + 2));
                }
            }
            int end = b.length();
            while (end > start && b.charAt(end - 1) == ' ') {
                end--;
            }
            b.setLength(end);
            b.append('\n');
        }
    }
}
