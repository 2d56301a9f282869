package org.echem.grading;

import org.echem.io.Field;
import org.echem.io.Format;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.io.Stdout;

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

    abstract void row(Check.Graded g) throws IOException;

    abstract void end(String summary) throws IOException;

    /** csv, tsv, json: the fields of SPEC §3; numbers in the quantity's unit; no summary (it goes to stderr). */
    static final class Machine extends CheckReport {
        private final RowWriter w;

        Machine(RowWriter w) throws IOException {
            this.w = w;
            w.begin(List.of(), SCHEMA, false);
        }

        @Override
        void row(Check.Graded g) throws IOException {
            Row r = new Row(SCHEMA).set("id", g.id()).set("quantity", g.quantity()).set("expected", g.expected())
                    .set("answer", g.answer()).set("error", g.error()).set("verdict", g.verdict().toString())
                    .set("hint", g.hint());
            w.row(List.of(), r);
        }

        @Override
        void end(String summary) throws IOException {
            w.end(List.of());
        }
    }

    /** The report for people. */
    static final class Text extends CheckReport {
        private static final List<String> HEADER = List.of("", "id", "quantity", "expected", "answer", "error",
                "tolerance", "verdict", "hint");
        private final PrintWriter out;
        private final Integer precision;
        private final String name;
        private final List<Check.Graded> graded = new ArrayList<>();

        Text(PrintWriter out, Integer precision, String name) {
            this.out = out;
            this.precision = precision;
            this.name = name;
        }

        @Override
        void row(Check.Graded g) {
            graded.add(g);
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
                    : g.expected();
            return List.of(mark, g.id(), g.quantity(), value(expected, g.unit(), false), value(g.answer(), g.unit(), false),
                    value(g.error(), g.unit(), true), tol, g.verdict().toString(), g.hint());
        }

        @Override
        void end(String summary) {
            List<List<String>> lines = new ArrayList<>();
            for (Check.Graded g : graded) {
                lines.add(cells(g));
            }
            boolean hints = false;
            for (List<String> l : lines) {
                hints |= !l.get(l.size() - 1).isEmpty();
            }
            List<String> header = hints ? HEADER : HEADER.subList(0, HEADER.size() - 1); // no empty hint column
            int[] w = new int[header.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = header.get(i).length();
                for (List<String> l : lines) {
                    w[i] = Math.max(w[i], l.get(i).length());
                }
            }
            StringBuilder b = new StringBuilder();
            b.append("Checking ").append(name).append('\n').append('\n');
            line(b, header, w);
            int indent = w[0] + 2;
            for (int k = 0; k < graded.size(); k++) {
                line(b, lines.get(k), w);
                Check.Graded g = graded.get(k);
                if (g.verdict() == Check.Verdict.INCORRECT && !g.explain().isEmpty()) {
                    b.append(" ".repeat(indent)).append("worked solution:\n");
                    for (String s : g.explain()) {
                        b.append(" ".repeat(indent + 2)).append(s).append('\n');
                    }
                }
            }
            b.append('\n').append("Summary: ").append(summary).append('\n');
            out.print(b);
            out.flush();
        }

        private static void line(StringBuilder b, List<String> cells, int[] w) {
            int start = b.length();
            for (int i = 0; i < w.length; i++) {
                String c = cells.get(i);
                b.append(c);
                if (i < w.length - 1) {
                    b.append(" ".repeat(w[i] - c.length() + 2));
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
