package org.echem.io;

import org.echem.lang.Lang;
import org.echem.lang.Msg;

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
    /** {@code --digits}: significant digits of machine numbers without {@code --precision} (15, or 17: shortest round trip). */
    protected int digits = Numbers.DEFAULT_DIGITS;
    /**
     * For each result field, the input column of the same name (case-insensitively), or -1: that
     * column stands for the field, which machine formats do not write again (README, "Output columns").
     */
    protected int[] shadowedBy = new int[0];

    /** @return the result field that input column {@code column} stands for, or -1 */
    protected int fieldOf(int column) {
        for (int f = 0; f < shadowedBy.length; f++) {
            if (shadowedBy[f] == column) {
                return f;
            }
        }
        return -1;
    }

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

    /**
     * @return whether rows may be calculated on a thread of their own: text's rows are calculated on
     *     the writing thread, as their sentences use that thread's {@link TextStyle} (text streams too,
     *     a block of rows at a time)
     */
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
        this.shadowedBy = shadows(inputColumns, schema);
    }

    /**
     * @return for each field of {@code schema}, the first input column named like it (case-insensitively,
     *     around white space), or -1
     */
    public static int[] shadows(List<String> inputColumns, Schema schema) {
        int[] by = new int[schema.size()];
        for (int f = 0; f < by.length; f++) {
            by[f] = -1;
            String name = schema.field(f).name();
            for (int c = 0; c < inputColumns.size(); c++) {
                if (inputColumns.get(c).strip().equalsIgnoreCase(name)) {
                    by[f] = c;
                    break;
                }
            }
        }
        return by;
    }

    /** {@code --digits N}: significant digits of numbers in machine formats (1 to 17; 17 is the shortest round-trip text). */
    public RowWriter digits(int n) {
        this.digits = n;
        return this;
    }

    /** The delimiter of csv output ({@code ,} {@code ;} or tab) and whether numbers are written with a decimal comma. */
    public RowWriter delimited(char delimiter, boolean decimalComma) {
        return this;
    }

    /** Writes the header, if the format has one. */
    protected void header() {
    }

    /** Writes one result row after its input cells (empty for a one-off run). */
    public abstract void row(List<String> cells, Row row) throws IOException;

    /** Writes an input row whose calculation failed ({@code --on-error mark}): empty results and the message. */
    public abstract void error(List<String> cells, String message) throws IOException;

    /**
     * Writes an input row whose calculation failed ({@code --on-error mark}): text output says the
     * message in the language in use; CSV, TSV and JSON always in English (SPEC §9: machine formats
     * are the same in every language).
     */
    public void error(List<String> cells, org.echem.lang.Message message) throws IOException {
        error(cells, this instanceof Text ? message.text() : message.english());
    }

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
            Numbers.machine(b, d, digits);
        }
    }

    /** CSV (RFC 4180, quoted only where needed) or TSV. */
    static final class Delimited extends RowWriter {
        private char sep;
        private boolean decimalComma;
        /** The input columns that stand for result fields (whose empty cells the field's value fills). */
        private int[] shadowColumns = new int[0];

        Delimited(OutputStream out, Integer precision, char sep) {
            super(out, precision);
            this.sep = sep;
        }

        @Override
        public RowWriter delimited(char delimiter, boolean comma) {
            this.sep = delimiter;
            this.decimalComma = comma;
            return this;
        }

        @Override
        protected void configure(List<String> inputColumns, Schema schema, boolean errorColumn) {
            super.configure(inputColumns, schema, errorColumn);
            shadowColumns = java.util.Arrays.stream(shadowedBy).filter(c -> c >= 0).toArray();
        }

        @Override
        protected void number(Utf8Buffer b, double d, boolean human) {
            int start = b.size;
            super.number(b, d, human);
            if (decimalComma) {
                for (int i = start; i < b.size; i++) {
                    if (b.bytes[i] == '.') {
                        b.bytes[i] = ',';
                    }
                }
            }
        }

        @Override
        protected void header() {
            boolean first = true;
            for (String c : inputColumns) {
                first = cell(first, c);
            }
            for (int i = 0; i < schema.size(); i++) {
                if (shadowedBy[i] < 0) {
                    first = cell(first, schema.field(i).name());
                }
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

        /** @return whether an input cell that stands for a result field is empty (the field's value fills it) */
        private boolean emptyShadow(List<String> cells) {
            for (int c : shadowColumns) {
                if (c < cells.size() && cells.get(c).isBlank()) {
                    return true;
                }
            }
            return false;
        }

        private void cells(List<String> cells, Row row) {
            boolean fill = row != null && emptyShadow(cells);
            if (!fill && cells instanceof CsvInput.Record && cells.size() == inputColumns.size()) {
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
                String c = i < cells.size() ? cells.get(i) : "";
                int f = fill && c.isBlank() ? fieldOf(i) : -1;
                if (f >= 0) {
                    field(row, f);
                } else {
                    quoted(c);
                }
            }
        }

        private void field(Row row, int i) {
            if (row.isNumber(i)) {
                number(buf, row.number(i), false);
                return;
            }
            Object v = row.get(i);
            if (v instanceof String) {
                quoted((String) v);
            } else {
                value(buf, v);
            }
        }

        /** Writes the result fields no input column stands for: {@code row}'s, or empty ones for null. */
        private void results(Row row) {
            boolean first = inputColumns.isEmpty();
            for (int i = 0; i < schema.size(); i++) {
                if (shadowedBy[i] >= 0) {
                    continue;
                }
                if (!first) {
                    buf.append(sep);
                }
                first = false;
                if (row != null) {
                    field(row, i);
                }
            }
        }

        @Override
        public void row(List<String> cells, Row row) throws IOException {
            cells(cells, row);
            results(row);
            if (errorColumn) {
                buf.append(sep);
            }
            buf.append('\n');
            maybeFlush();
        }

        @Override
        public void error(List<String> cells, String message) throws IOException {
            cells(cells, null);
            results(null);
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
     * JSON Lines: one object per result row; input cells (a plain number as a JSON number, anything
     * else as a string), then the result fields. A result field named like an input column is not
     * written again: the column stands for it, as in csv (its value fills the column's empty cells).
     * Of input columns with the same name, the first is kept, so that every key is unique.
     */
    static final class Json extends RowWriter {
        private boolean[] repeated = new boolean[0];
        private boolean tempColumn;

        Json(OutputStream out, Integer precision) {
            super(out, precision);
        }

        @Override
        protected void configure(List<String> inputColumns, Schema schema, boolean errorColumn) {
            super.configure(inputColumns, schema, errorColumn);
            repeated = new boolean[inputColumns.size()];
            java.util.Set<String> seen = new java.util.HashSet<>();
            tempColumn = false;
            for (int i = 0; i < inputColumns.size(); i++) { // of repeated names the first, which the calculation read
                String c = inputColumns.get(i);
                repeated[i] = (errorColumn && c.equals("error")) || !seen.add(c);
                tempColumn |= c.strip().equalsIgnoreCase("temp_C");
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

        /** A pass-through cell: a plain number (JSON's grammar, as written) is a number, anything else a string. */
        private void cell(String s) {
            if (Numbers.isJsonNumber(s)) {
                buf.append(s);
            } else {
                string(s);
            }
        }

        private boolean cells(List<String> cells, Row row) {
            boolean first = true;
            buf.append('{');
            for (int i = 0; i < inputColumns.size(); i++) {
                if (repeated[i]) {
                    continue;
                }
                key(first, inputColumns.get(i));
                first = false;
                String c = i < cells.size() ? cells.get(i) : "";
                int f = row != null && c.isBlank() ? fieldOf(i) : -1;
                if (f >= 0) {
                    field(row, f);
                } else {
                    cell(c);
                }
            }
            return first;
        }

        private void field(Row row, int i) {
            if (row.isNumber(i)) {
                number(buf, row.number(i), false);
                return;
            }
            Object v = row.get(i);
            if (v == null) {
                buf.append("null");
            } else if (v instanceof String) {
                string((String) v);
            } else {
                value(buf, v);
            }
        }

        @Override
        public void row(List<String> cells, Row row) throws IOException {
            boolean first = cells(cells, row);
            for (int i = 0; i < schema.size(); i++) {
                if (shadowedBy[i] >= 0) {
                    continue;
                }
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
            if (!schema.has("temp_C") && !tempColumn && !Double.isNaN(row.temperature())) { // SPEC §1: JSON carries temp_C
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
                cell(i < cells.size() ? cells.get(i) : "");
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
     * For people: one result as an aligned list of labelled values with units, several as a table
     * that fits the terminal ({@link TextStyle#columns}) or else as one block of lines per row
     * ({@code --wide} keeps the table); then notes, the worked steps, and the temperature and
     * constants used. Rows are laid out a block at a time ({@link #BLOCK}), so memory does not grow
     * with their number: the first block fixes the layout and each column's unit, a later block
     * repeats the header where a column has grown wider.
     */
    static final class Text extends RowWriter {
        /** Rows laid out at a time. */
        static final int BLOCK = 256;
        /** Notes kept (distinct); more are counted. */
        private static final int MAX_NOTES = 100;
        /** After a value that was solved for. */
        private final String solvedMark = " " + Msg.text("text.solved");
        private final TextStyle style = TextStyle.current();
        private final List<Object[]> block = new ArrayList<>(BLOCK);
        private final List<boolean[]> blockSolved = new ArrayList<>(BLOCK);
        private final java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        private int notesLeftOut;
        private final java.util.Map<String, String> rangeNotes = new java.util.LinkedHashMap<>();
        private final java.util.Set<String> conditions = new java.util.LinkedHashSet<>();
        private int rows;
        private boolean started;
        private boolean vertical;
        private boolean[] used;
        private int[] widths;
        private Prefixes.Scaled[] scales;

        Text(OutputStream out, Integer precision) {
            super(out, precision);
        }

        private String show(Object v, Prefixes.Scaled scale) {
            if (v == null) {
                return "";
            }
            if (v instanceof Double) {
                Utf8Buffer b = new Utf8Buffer(24);
                number(b, scale == null ? (Double) v : (Double) v * scale.factor(), true);
                return b.toString();
            }
            return Visible.of(value(v.toString()));
        }

        @Override
        public void row(List<String> cells, Row row) throws IOException {
            int n = inputColumns.size();
            Object[] line = new Object[n + schema.size() + (errorColumn ? 1 : 0)];
            boolean[] solved = null;
            for (int i = 0; i < n; i++) {
                line[i] = i < cells.size() ? Visible.of(cells.get(i)) : "";
            }
            for (int i = 0; i < schema.size(); i++) {
                line[n + i] = row.get(i);
                if (row.isSolved(i)) {
                    if (solved == null) {
                        solved = new boolean[line.length];
                    }
                    solved[n + i] = true;
                }
                if (row.get(i) instanceof Double) {
                    range(schema.field(i), (Double) row.get(i));
                }
            }
            add(line, solved);
            for (String note : row.notes()) {
                note(note);
            }
            if (!Double.isNaN(row.temperature()) && row.dependsOnTemperature() && conditions.size() <= 3) {
                conditions.add(conditions(row.temperature(), row.constants()));
            }
        }

        private void note(String note) {
            if (notes.contains(note)) {
                return;
            }
            if (notes.size() < MAX_NOTES) {
                notes.add(note);
            } else {
                notesLeftOut++;
            }
        }

        /**
         * Notes a value outside the range a living cell can have: one plain note per kind (a fraction
         * of ions above 1 has its note from {@code charge} itself).
         */
        private void range(Field f, double v) {
            String name = f.name();
            if (f.kind() == org.echem.units.Kind.TEMPERATURE && f.unit().equals("°C") && (v < 0 || v > 100)
                    && !rangeNotes.containsKey("T")) {
                rangeNotes.put("T", Msg.text(v < 0 ? "text.temperature_below" : "text.temperature_above",
                        Numbers.human(v)));
            } else if (f.kind() == org.echem.units.Kind.VOLTAGE && name.startsWith("E") && f.unit().equals("mV")
                    && Math.abs(v) > 300 && !rangeNotes.containsKey("E")) {
                rangeNotes.put("E", Msg.text("text.e_far", label(f), Numbers.human(v)));
            }
        }

        @Override
        public void error(List<String> cells, String message) throws IOException {
            Object[] line = new Object[inputColumns.size() + schema.size() + 1];
            for (int i = 0; i < line.length - 1; i++) {
                line[i] = i < cells.size() && i < inputColumns.size() ? Visible.of(cells.get(i)) : "";
            }
            line[line.length - 1] = Visible.of(message);
            add(line, null);
        }

        private void add(Object[] line, boolean[] solved) throws IOException {
            block.add(line);
            blockSolved.add(solved);
            rows++;
            if (block.size() == BLOCK) {
                layOut();
                flush();
            }
        }

        private String label(int i) {
            int n = inputColumns.size();
            if (i < n) {
                return Visible.of(inputColumns.get(i));
            }
            return i - n < schema.size() ? label(schema.field(i - n)) : Msg.text("text.error_label");
        }

        private String unit(int i) {
            int n = inputColumns.size();
            if (i < n || i - n >= schema.size()) {
                return "";
            }
            return scales[i] != null ? scales[i].unit() : schema.field(i - n).unit();
        }

        @Override
        public void end(List<String> explain) throws IOException {
            for (String s : explain) {
                wrapped(s);
            }
            if (!explain.isEmpty()) {
                buf.append('\n');
            }
            if (rows == 1 && !started && inputColumns.isEmpty() && !errorColumn) {
                single();
            } else if (!block.isEmpty()) {
                layOut();
            }
            for (String n : notes) {
                wrapped(n);
            }
            if (notesLeftOut > 0) {
                wrapped(Msg.text("text.notes_left_out", notesLeftOut));
            }
            for (String n : rangeNotes.values()) {
                wrapped(n);
            }
            if (conditions.size() > 3) {
                wrapped(Msg.text("text.conditions_vary"));
            } else {
                for (String c : conditions) {
                    if (TextStyle.width(c) > style.columns()) { // T and the constants' name; their values
                        int r = c.indexOf("R = ");
                        wrapped(c.substring(0, r).stripTrailing());
                        wrapped(" " + c.substring(r));
                    } else {
                        wrapped(c);
                    }
                }
            }
            flush();
        }

        private void wrapped(String line) {
            for (String l : TextStyle.wrap(line, style.columns())) {
                buf.append(l).append('\n');
            }
        }

        /** Chooses each numeric column's unit from the first block's largest value. */
        private void chooseUnits(int size) {
            scales = new Prefixes.Scaled[size];
            int n = inputColumns.size();
            for (int i = n; i < n + schema.size() && i < size; i++) {
                double max = 0;
                for (Object[] line : block) {
                    if (line[i] instanceof Double) {
                        max = Math.max(max, Math.abs((Double) line[i]));
                    }
                }
                if (max > 0) {
                    scales[i] = Prefixes.of(max, schema.field(i - n).unit());
                }
            }
        }

        private void single() {
            Object[] line = block.get(0);
            boolean[] solved = blockSolved.get(0);
            chooseUnitsOfEach(line);
            int w = 0;
            for (Field f : schema.fields()) {
                w = Math.max(w, TextStyle.width(label(f)));
            }
            for (int i = 0; i < schema.size(); i++) {
                String v = show(line[i], scales[i]);
                if (v.isEmpty()) {
                    continue;
                }
                pad(label(schema.field(i)), w + 2);
                buf.append(v);
                String u = unit(i);
                if (!u.isEmpty()) {
                    buf.append(' ').append(u);
                }
                if (solved != null && solved[i]) {
                    buf.append(' ').append(solvedMark);
                }
                buf.append('\n');
            }
            block.clear();
            blockSolved.clear();
        }

        /** A single result: each value in its own readable unit. */
        private void chooseUnitsOfEach(Object[] line) {
            scales = new Prefixes.Scaled[line.length];
            for (int i = 0; i < schema.size(); i++) {
                if (line[i] instanceof Double) {
                    scales[i] = Prefixes.of((Double) line[i], schema.field(i).unit());
                }
            }
        }

        private void layOut() {
            int size = block.get(0).length;
            if (!started) {
                chooseUnits(size);
                used = new boolean[size];
                widths = new int[size];
            }
            List<String[]> lines = new ArrayList<>(block.size());
            boolean grew = !started;
            for (int r = 0; r < block.size(); r++) {
                Object[] line = block.get(r);
                boolean[] solved = blockSolved.get(r);
                String[] cells = new String[size];
                for (int i = 0; i < size; i++) {
                    cells[i] = i < line.length ? show(line[i], scales[i]) : "";
                    if (solved != null && solved[i] && !cells[i].isEmpty()) {
                        cells[i] += solvedMark;
                    }
                    if (!cells[i].isEmpty()) {
                        grew |= !used[i];
                        used[i] = true;
                        int w = TextStyle.width(cells[i]);
                        if (w > widths[i]) {
                            widths[i] = w;
                            grew = true;
                        }
                    }
                }
                lines.add(cells);
            }
            String[] header = new String[size];
            for (int i = 0; i < size; i++) {
                String u = unit(i);
                header[i] = label(i) + (u.isEmpty() ? "" : " (" + u + ")");
                if (!started) {
                    widths[i] = Math.max(widths[i], TextStyle.width(header[i]));
                }
            }
            if (!started) {
                int total = -2;
                for (int i = 0; i < size; i++) {
                    total += used[i] ? widths[i] + 2 : 0;
                }
                vertical = !style.wide() && total > style.columns();
            }
            if (vertical) {
                vertical(lines);
            } else {
                if (grew) {
                    if (started) {
                        buf.append('\n');
                    }
                    for (int i = 0; i < size; i++) {
                        widths[i] = Math.max(widths[i], TextStyle.width(header[i]));
                    }
                    line(header);
                }
                for (String[] cells : lines) {
                    line(cells);
                }
            }
            started = true;
            block.clear();
            blockSolved.clear();
        }

        private void vertical(List<String[]> lines) {
            int w = 0;
            for (int i = 0; i < used.length; i++) {
                w = Math.max(w, TextStyle.width(label(i)));
            }
            for (int r = 0; r < lines.size(); r++) {
                if (started || r > 0) {
                    buf.append('\n');
                }
                String[] cells = lines.get(r);
                int n = inputColumns.size();
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].isEmpty() || i < n && schema.has(inputColumns.get(i))
                            && cells[i].equals(cells[n + schema.indexOf(inputColumns.get(i))])) {
                        continue; // an input cell the result repeats (ion) is shown once
                    }
                    if (!(block.get(r)[i] instanceof Double) && TextStyle.width(cells[i]) + w + 2 > style.columns()) {
                        String indent = "";
                        for (String l : TextStyle.wrap(cells[i], Math.max(20, style.columns() - w - 2), 0)) {
                            buf.append(indent.isEmpty() ? padded(label(i), w + 2) : indent).append(l).append('\n');
                            indent = " ".repeat(w + 2);
                        }
                        continue;
                    }
                    pad(label(i), w + 2);
                    boolean solved = cells[i].endsWith(solvedMark);
                    buf.append(solved ? cells[i].substring(0, cells[i].length() - solvedMark.length()) : cells[i]);
                    String u = unit(i);
                    if (!u.isEmpty()) {
                        buf.append(' ').append(u);
                    }
                    if (solved) {
                        buf.append(' ').append(solvedMark);
                    }
                    buf.append('\n');
                }
            }
        }

        private void line(String[] cells) {
            int start = buf.length();
            for (int i = 0; i < widths.length; i++) {
                if (used[i]) {
                    pad(cells[i], widths[i] + 2);
                }
            }
            int end = buf.length();
            while (end > start && buf.byteAt(end - 1) == ' ') {
                end--;
            }
            buf.setLength(end);
            buf.append('\n');
        }

        /** @return the label of {@code f} in the language in use (English: the field's own) */
        private static String label(Field f) {
            return Lang.current() == Lang.EN ? f.label() : Msg.textOr("label." + f.label(), f.label());
        }

        /** @return a word a text field holds ({@code influx}) in the language in use */
        private static String value(String v) {
            return Lang.current() == Lang.EN || v.isEmpty() || !Character.isLetter(v.charAt(0)) ? v
                    : Msg.textOr("value." + v, v);
        }

        private static String padded(String s, int width) {
            StringBuilder b = new StringBuilder(s);
            for (int i = TextStyle.width(s); i < width; i++) {
                b.append(' ');
            }
            return b.toString();
        }

        private void pad(String s, int width) {
            buf.append(s);
            for (int i = TextStyle.width(s); i < width; i++) {
                buf.append(' ');
            }
        }
    }

    /** @return the line naming the temperature and constants used */
    public static String conditions(double t, org.echem.core.ConstantSet k) {
        return Msg.text("text.conditions", Numbers.human(t - k.zeroCelsius()), Numbers.human(t), k.name(),
                Numbers.significant(k.gasConstant(), 15), Numbers.significant(k.faraday(), 15));
    }
}
