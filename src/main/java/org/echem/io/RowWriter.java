package org.echem.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.echem.io.CsvInput;
import org.echem.io.Numbers;
import org.echem.io.Utf8Buffer;

/**
 * Writes result rows in one of the output formats: the one place where values become text.
 * Input columns (CSV batch) come first and pass through unchanged; then the result fields; with
 * {@code --on-error mark}, an {@code error} column last.
 */
public abstract class RowWriter {
    protected final OutputStream out;
    protected final Integer precision;
    protected List<String> inputColumns = List.of();
    protected Schema schema;
    protected boolean errorColumn;
    protected Utf8Buffer buf = new Utf8Buffer(1 << 16);
    private Format format;

    protected RowWriter(OutputStream out, Integer precision) {
        this.out = out;
        this.precision = precision;
    }

    /** @return a writer of {@code format} to standard output */
    public static RowWriter of(Format format, Stdout stdout, Integer precision) {
        return of(format, stdout.bytes(), precision);
    }

    /**
     * @return a writer of rows only, to {@code out}, whose header another writer has written: a
     *     block of a batch formatted on a thread of its own
     */
    public static RowWriter continued(Format format, OutputStream out, Integer precision, List<String> inputColumns,
            Schema schema, boolean errorColumn) {
        RowWriter w = of(format, out, precision);
        w.configure(inputColumns, schema, errorColumn);
        return w;
    }

    private static RowWriter of(Format format, OutputStream out, Integer precision) {
        RowWriter w;
        switch (format) {
            case CSV:
                w = new Delimited(out, precision, ',');
                break;
            case TSV:
                w = new Delimited(out, precision, '\t');
                break;
            case JSON:
                w = new Json(out, precision);
                break;
            default:
                w = new Text(out, precision);
        }
        w.format = format;
        return w;
    }

    /** @return whether this format writes each row as it comes (text lays out one table at the end) */
    public boolean streams() {
        return format != Format.TEXT;
    }

    /** Starts the output: the input columns passed through (none for a one-off run) and the fields. */
    public void begin(List<String> inputColumns, Schema schema, boolean errorColumn) throws IOException {
        configure(inputColumns, schema, errorColumn);
        header();
    }

    /** Sets what each row holds: the input columns, the result fields, an error column or not. */
    protected void configure(List<String> inputColumns, Schema schema, boolean errorColumn) {
        this.inputColumns = inputColumns;
        this.schema = schema;
        this.errorColumn = errorColumn;
    }

    /** Writes the header, if the format has one. */
    protected void header() {
    }

    /** Writes one result row after its input cells (empty for a one-off run). */
    public abstract void row(List<String> cells, Row row) throws IOException;

    /** Writes an input row whose calculation failed ({@code --on-error mark}): empty results and the message. */
    public abstract void error(List<String> cells, String message) throws IOException;

    /** Ends the output; text adds the worked steps and the conditions (temperature, constants) for people. */
    public void end(List<String> explain) throws IOException {
        flush();
    }

    protected void maybeFlush() throws IOException {
        if (buf.length() > (1 << 15)) {
            flush();
        }
    }

    protected void flush() throws IOException {
        buf.writeTo(out);
        out.flush();
    }

    /** Appends a value as text: a number in the shortest exact form or with {@code --precision} decimals. */
    protected void value(Utf8Buffer b, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Double) {
            number(b, (Double) v, false);
        } else if (v instanceof Integer) {
            Numbers.integer(b, (Integer) v);
        } else {
            b.append(v);
        }
    }

    protected void number(Utf8Buffer b, double d, boolean human) {
        if (precision != null) {
            Numbers.fixedOrSmall(b, d, precision);
        } else if (human) {
            b.append(Numbers.human(d));
        } else {
            b.append(Numbers.shortest(d));
        }
    }

    /** CSV (RFC 4180, quoted only where needed) or TSV. */
    static final class Delimited extends RowWriter {
        private final char sep;

        Delimited(OutputStream out, Integer precision, char sep) {
            super(out, precision);
            this.sep = sep;
        }

        @Override
        protected void header() {
            boolean first = true;
            for (String c : inputColumns) {
                first = cell(first, c);
            }
            for (Field f : schema.fields()) {
                first = cell(first, f.name());
            }
            if (errorColumn) {
                cell(first, "error");
            }
            buf.append('\n');
        }

        private boolean cell(boolean first, String s) {
            if (!first) {
                buf.append(sep);
            }
            quoted(s);
            return false;
        }

        private void quoted(String s) {
            if (buf.appendPlain(s, sep)) {
                return;
            }
            buf.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    buf.append('"');
                }
                buf.append(c);
            }
            buf.append('"');
        }

        private void cells(List<String> cells) {
            if (cells instanceof CsvInput.Record && cells.size() == inputColumns.size()) {
                byte[] asRead = ((CsvInput.Record) cells).asWritten(sep);
                if (asRead != null) { // the record as read is the record as written: no field to quote
                    buf.appendUtf8(asRead, 0, asRead.length);
                    return;
                }
            }
            for (int i = 0; i < inputColumns.size(); i++) {
                if (i > 0) {
                    buf.append(sep);
                }
                quoted(i < cells.size() ? cells.get(i) : "");
            }
        }

        @Override
        public void row(List<String> cells, Row row) throws IOException {
            cells(cells);
            boolean first = inputColumns.isEmpty();
            for (int i = 0; i < schema.size(); i++) {
                if (!first) {
                    buf.append(sep);
                }
                first = false;
                if (row.isNumber(i)) {
                    number(buf, row.number(i), false);
                    continue;
                }
                Object v = row.get(i);
                if (v instanceof String) {
                    quoted((String) v);
                } else {
                    value(buf, v);
                }
            }
            if (errorColumn) {
                buf.append(sep);
            }
            buf.append('\n');
            maybeFlush();
        }

        @Override
        public void error(List<String> cells, String message) throws IOException {
            cells(cells);
            boolean first = inputColumns.isEmpty();
            for (int i = 0; i < schema.size(); i++) {
                if (!first) {
                    buf.append(sep);
                }
                first = false;
            }
            buf.append(sep);
            quoted(message);
            for (int i = inputColumns.size(); i < cells.size(); i++) { // a too-long row keeps its extra cells
                buf.append(sep);
                quoted(cells.get(i));
            }
            buf.append('\n');
            maybeFlush();
        }
    }

    /**
     * JSON Lines: one object per result row; input cells as strings, then the result fields. An input
     * column named like a result field (a CSV's {@code ion}) is left out, so that every key is unique.
     */
    static final class Json extends RowWriter {
        private boolean[] shadowed = new boolean[0];

        Json(OutputStream out, Integer precision) {
            super(out, precision);
        }

        @Override
        protected void configure(List<String> inputColumns, Schema schema, boolean errorColumn) {
            super.configure(inputColumns, schema, errorColumn);
            shadowed = new boolean[inputColumns.size()];
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < inputColumns.size(); i++) { // of repeated names the first, which the calculation read
                String c = inputColumns.get(i);
                shadowed[i] = schema.has(c) || (errorColumn && c.equals("error")) || !seen.add(c);
            }
        }

        private void key(boolean first, String k) {
            if (!first) {
                buf.append(',');
            }
            string(k);
            buf.append(':');
        }

        private void string(String s) {
            buf.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    buf.append('\\').append(c);
                } else if (c < 0x20) {
                    buf.append(String.format("\\u%04x", (int) c));
                } else {
                    buf.append(c);
                }
            }
            buf.append('"');
        }

        private boolean cells(List<String> cells) {
            boolean first = true;
            buf.append('{');
            for (int i = 0; i < inputColumns.size(); i++) {
                if (shadowed[i]) {
                    continue;
                }
                key(first, inputColumns.get(i));
                first = false;
                string(i < cells.size() ? cells.get(i) : "");
            }
            return first;
        }

        @Override
        public void row(List<String> cells, Row row) throws IOException {
            boolean first = cells(cells);
            for (int i = 0; i < schema.size(); i++) {
                if (row.isNumber(i)) {
                    key(first, schema.field(i).name());
                    first = false;
                    number(buf, row.number(i), false);
                    continue;
                }
                Object v = row.get(i);
                if (v == null) {
                    continue;
                }
                key(first, schema.field(i).name());
                first = false;
                if (v instanceof String) {
                    string((String) v);
                } else {
                    value(buf, v);
                }
            }
            if (!schema.has("temp_C") && !Double.isNaN(row.temperature())) { // SPEC §1: JSON carries temp_C
                key(first, "temp_C");
                number(buf, row.temperature() - row.constants().zeroCelsius(), false);
            }
            buf.append("}\n");
            maybeFlush();
        }

        @Override
        public void error(List<String> cells, String message) throws IOException {
            boolean first = true;
            buf.append('{');
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < inputColumns.size(); i++) {
                String c = inputColumns.get(i);
                if (c.equals("error") || !seen.add(c)) {
                    continue; // no result fields here: only the error key and repeated names can collide
                }
                key(first, c);
                first = false;
                string(i < cells.size() ? cells.get(i) : "");
            }
            key(first, "error");
            string(message);
            if (cells.size() > inputColumns.size()) { // a too-long row keeps its extra cells
                key(false, "extra_cells");
                buf.append('[');
                for (int i = inputColumns.size(); i < cells.size(); i++) {
                    if (i > inputColumns.size()) {
                        buf.append(',');
                    }
                    string(cells.get(i));
                }
                buf.append(']');
            }
            buf.append("}\n");
            maybeFlush();
        }
    }

    /**
     * For people: one result as an aligned list of labelled values with units, several as a table;
     * then notes, the worked steps, and the temperature and constants used.
     */
    static final class Text extends RowWriter {
        private final List<List<String>> table = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final java.util.Set<String> conditions = new java.util.LinkedHashSet<>();
        private int rows;

        Text(OutputStream out, Integer precision) {
            super(out, precision);
        }

        private String show(Object v) {
            if (v == null) {
                return "";
            }
            if (v instanceof Double) {
                Utf8Buffer b = new Utf8Buffer(24);
                number(b, (Double) v, true);
                return b.toString();
            }
            return Visible.of(v.toString());
        }

        @Override
        public void row(List<String> cells, Row row) {
            List<String> line = new ArrayList<>(cells.size() + schema.size() + 1);
            for (String c : cells) {
                line.add(Visible.of(c));
            }
            while (line.size() < inputColumns.size()) {
                line.add("");
            }
            for (int i = 0; i < schema.size(); i++) {
                line.add(show(row.get(i)));
            }
            if (errorColumn) {
                line.add("");
            }
            table.add(line);
            notes.addAll(row.notes());
            if (!Double.isNaN(row.temperature()) && conditions.size() <= 3) {
                conditions.add(conditions(row.temperature(), row.constants()));
            }
            rows++;
        }

        @Override
        public void error(List<String> cells, String message) {
            List<String> line = new ArrayList<>(cells.size() + schema.size() + 1);
            for (String c : cells) {
                line.add(Visible.of(c));
            }
            while (line.size() < inputColumns.size() + schema.size()) {
                line.add("");
            }
            line.add(Visible.of(message));
            table.add(line);
            rows++;
        }

        private List<String> headerCells() {
            List<String> h = new ArrayList<>(inputColumns);
            for (Field f : schema.fields()) {
                h.add(f.unit().isEmpty() ? f.label() : f.label() + " (" + f.unit() + ")");
            }
            if (errorColumn) {
                h.add("error");
            }
            return h;
        }

        @Override
        public void end(List<String> explain) throws IOException {
            for (String s : explain) {
                buf.append(s).append('\n');
            }
            if (!explain.isEmpty()) {
                buf.append('\n');
            }
            if (rows == 1 && inputColumns.isEmpty() && !errorColumn) {
                single();
            } else if (rows > 0) {
                table();
            }
            for (String n : notes) {
                buf.append(n).append('\n');
            }
            if (conditions.size() > 3) {
                buf.append("(the temperature or constants differ from row to row: see the temp and constants columns)\n");
            } else {
                for (String c : conditions) {
                    buf.append(c).append('\n');
                }
            }
            flush();
        }

        private void single() {
            List<String> line = table.get(0);
            int w = 0;
            for (Field f : schema.fields()) {
                w = Math.max(w, f.label().length());
            }
            for (int i = 0; i < schema.size(); i++) {
                String v = line.get(i);
                if (v.isEmpty()) {
                    continue;
                }
                Field f = schema.field(i);
                pad(f.label(), w + 2);
                buf.append(v);
                if (!f.unit().isEmpty()) {
                    buf.append(' ').append(f.unit());
                }
                buf.append('\n');
            }
        }

        private void table() {
            List<String> h = headerCells();
            int n = h.size();
            boolean[] used = new boolean[n];
            int[] w = new int[n];
            for (List<String> line : table) {
                for (int i = 0; i < n && i < line.size(); i++) {
                    if (!line.get(i).isEmpty()) {
                        used[i] = true;
                        w[i] = Math.max(w[i], line.get(i).length());
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], h.get(i).length());
            }
            line(h, used, w);
            for (List<String> line : table) {
                line(line, used, w);
            }
        }

        private void line(List<String> cells, boolean[] used, int[] w) {
            int start = buf.length();
            for (int i = 0; i < w.length; i++) {
                if (used[i]) {
                    pad(i < cells.size() ? cells.get(i) : "", w[i] + 2);
                }
            }
            int end = buf.length();
            while (end > start && buf.byteAt(end - 1) == ' ') {
                end--;
            }
            buf.setLength(end);
            buf.append('\n');
        }

        private void pad(String s, int width) {
            buf.append(s);
            for (int i = s.length(); i < width; i++) {
                buf.append(' ');
            }
        }
    }

    /** @return the line naming the temperature and constants used */
    public static String conditions(double t, org.echem.core.ConstantSet k) {
        return "(T = " + Numbers.human(t - k.zeroCelsius()) + " °C = " + Numbers.human(t) + " K; constants "
                + k.name() + ": R = " + Numbers.shortest(k.gasConstant()) + " J/(mol·K), F = "
                + Numbers.shortest(k.faraday()) + " C/mol)";
    }
}
