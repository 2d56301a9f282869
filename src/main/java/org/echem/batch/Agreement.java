package org.echem.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.echem.calc.Calculation;
import org.echem.calc.Input;
import org.echem.calc.RowSource;
import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.lang.Message;
import org.echem.io.Numbers;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.units.Unit;
import org.echem.units.Units;

/**
 * SPEC §7: an input column named like a result field ({@code E_mV} from an earlier {@code nernst})
 * stands for that field in the output, which is not written twice; so its cells must agree with
 * what the row computes, to the digits written. The columns that are the very input a field echoes
 * ({@code temp_C} read as {@code temp}, {@code z} as {@code z}) agree by construction and are not
 * checked; nor are words ({@code ion}, {@code direction}).
 */
final class Agreement {
    static final Agreement NONE = new Agreement(new int[0], new int[0], new Field[0]);
    /** The result fields that only echo an input, by the input key they echo. */
    private static final Map<String, String> ECHO = Map.of("ion", "ion", "z", "z", "c_in_mM", "in",
            "c_out_mM", "out", "temp_C", "temp", "vm_mV", "vm");

    private final int[] columns;
    private final int[] fields;
    private final Field[] field;
    private final boolean decimalComma;

    private Agreement(int[] columns, int[] fields, Field[] field) {
        this(columns, fields, field, false);
    }

    private Agreement(int[] columns, int[] fields, Field[] field, boolean decimalComma) {
        this.columns = columns;
        this.fields = fields;
        this.field = field;
        this.decimalComma = decimalComma;
    }

    /** A column read as the same input as an earlier one ({@code c_in_mM} after {@code in}): they must agree. */
    private record Twin(int column, int first, Input input, Unit unit, Unit firstUnit, String name, String firstName) {}

    private Twin[] twins = new Twin[0];

    /** @return the checks of a header's columns that stand for fields of {@code schema} or repeat an input */
    static Agreement of(List<String> header, Schema schema, RowSource src, Calculation calc) {
        Agreement a = of(header, schema, src);
        List<Twin> twins = new ArrayList<>();
        Map<String, Input> inputs = new java.util.HashMap<>();
        for (Input in : calc.declaration().inputs()) {
            inputs.put(in.key(), in);
        }
        inputs.put(Input.TEMP.key(), Input.TEMP);
        for (int i = 0; i < header.size(); i++) {
            String key = src.keyOf(i);
            int first = src.columnFor(key);
            Input in = inputs.get(key);
            if (first == i || first < 0 || in == null || in.kind() == null) {
                continue;
            }
            twins.add(new Twin(i, first, in, unit(src.hint(i), in), unit(src.hint(first), in), header.get(i).strip(),
                    header.get(first).strip()));
        }
        if (twins.isEmpty()) {
            return a;
        }
        Agreement b = a == NONE ? new Agreement(new int[0], new int[0], new Field[0], src.decimalComma()) : a;
        b.twins = twins.toArray(new Twin[0]);
        return b;
    }

    private static Unit unit(String hint, Input in) {
        if (hint == null) {
            return null;
        }
        try {
            return Units.unit(hint, in.kind());
        } catch (RuntimeException e) {
            return null; // the reading of the column names it
        }
    }

    /** @throws InputException when two columns read as the same input disagree */
    private void twins(List<String> cells, long line, boolean sweep) {
        for (Twin t : twins) {
            if (t.column() >= cells.size() || t.first() >= cells.size()) {
                continue;
            }
            String a = cells.get(t.first()).strip();
            String b = cells.get(t.column()).strip();
            if (a.isEmpty() || b.isEmpty() || a.indexOf('=') >= 0 || b.indexOf('=') >= 0) {
                continue;
            }
            double x = si(a, t.input(), t.firstUnit(), line, t.firstName(), sweep);
            double y = si(b, t.input(), t.unit(), line, t.name(), sweep);
            double tol = Math.max(relative(a), relative(b)) * Math.max(Math.abs(x), Math.abs(y));
            if (!(Math.abs(x - y) <= tol * (1 + 1e-9) + 1e-12 * Math.abs(x))) {
                throw InputException.of(sweep ? "batch.twins_sweep" : "batch.twins", line, t.firstName(), a, t.name(), b,
                        t.input().key());
            }
        }
    }

    private double si(String text, Input in, Unit unit, long line, String column, boolean sweep) {
        String t = decimalComma && RowSource.isDecimalComma(text) ? text.replace(',', '.') : text;
        try {
            return Units.parse(t, in.kind(), unit).si();
        } catch (RuntimeException e) {
            throw InputException.of("batch.cell", at(line, column, sweep), text, Message.of(e));
        }
    }

    /** @return half a unit of the last digit written, relative to the number written ({@code 140} → 0.5/140) */
    private static double relative(String text) {
        int end = 0;
        while (end < text.length() && "+-.0123456789eE".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        while (end > 0 && "eE+-".indexOf(text.charAt(end - 1)) >= 0) { // "5mM": not an exponent
            end--;
        }
        String number = text.substring(0, end).replace(',', '.');
        try {
            double v = Math.abs(Double.parseDouble(number));
            return v == 0 ? 0 : halfUnit(number) / v;
        } catch (NumberFormatException e) {
            return 5e-6; // pH7.2 and the like: to about 6 digits
        }
    }

    /** @return the checks of a header's columns that stand for fields of {@code schema} */
    static Agreement of(List<String> header, Schema schema, RowSource src) {
        int[] by = RowWriter.shadows(header, schema);
        List<int[]> pairs = new ArrayList<>();
        for (int f = 0; f < by.length; f++) {
            int c = by[f];
            if (c < 0) {
                continue;
            }
            String echo = ECHO.get(schema.field(f).name());
            if (echo != null && src.columnFor(echo) == c) {
                continue;
            }
            pairs.add(new int[] {c, f});
        }
        if (pairs.isEmpty()) {
            return NONE;
        }
        int[] cs = new int[pairs.size()];
        int[] fs = new int[pairs.size()];
        Field[] fd = new Field[pairs.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = pairs.get(i)[0];
            fs[i] = pairs.get(i)[1];
            fd[i] = schema.field(fs[i]);
        }
        return new Agreement(cs, fs, fd, src.decimalComma());
    }

    /** @throws InputException when a cell that stands for a result field disagrees with it */
    void check(List<String> cells, long line, List<Row> rows, boolean sweep) {
        if (twins.length > 0) {
            twins(cells, line, sweep);
        }
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] >= cells.size()) {
                continue;
            }
            String cell = cells.get(columns[k]).strip();
            if (cell.isEmpty()) {
                continue;
            }
            for (Row r : rows) {
                double v;
                if (r.isNumber(fields[k])) {
                    v = r.number(fields[k]);
                } else if (r.get(fields[k]) instanceof Integer) {
                    v = (Integer) r.get(fields[k]);
                } else {
                    continue;
                }
                String text = decimalComma && RowSource.isDecimalComma(cell) ? cell.replace(',', '.') : cell;
                double given;
                double tol;
                try {
                    given = Double.parseDouble(text);
                    tol = halfUnit(text);
                } catch (NumberFormatException e) {
                    Field f = field[k];
                    if (f.kind() == null) {
                        throw InputException.of("batch.result_number", at(line, f.name(), sweep), cell, f.name());
                    }
                    try {
                        given = f.out(Units.parse(text, f.kind(), f.measure()).si());
                    } catch (RuntimeException u) {
                        throw InputException.of("batch.cell", at(line, f.name(), sweep), cell, Message.of(u));
                    }
                    tol = Math.abs(given) * 5e-6; // a value with its own unit: to about 6 digits
                }
                if (!(Math.abs(given - v) <= tol * (1 + 1e-9) + 1e-12 * Math.abs(v))) {
                    String name = field[k].name();
                    throw InputException.of("batch.disagrees", at(line, name, sweep), cell, name,
                            Numbers.machine(v, Numbers.DEFAULT_DIGITS));
                }
            }
        }
    }

    /** @return half a unit of the last digit written of a plain number: 0.05 for {@code -89.1}, 5e-5 for {@code 1.5e-4} */
    /** @return "line 3, column in" (a sweep's "row 3 of the sweep, in") */
    private static Message at(long line, String column, boolean sweep) {
        return Message.of(sweep ? "input.source.sweep_column" : "input.source.column", line, column);
    }

    static double halfUnit(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exp = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1).replace("+", ""));
        int dot = mantissa.indexOf('.');
        int decimals = dot < 0 ? 0 : mantissa.length() - dot - 1;
        return 0.5 * Math.pow(10, exp - decimals);
    }

    /**
     * Writes one note on {@code err} for each column that no input reads, names no result field and
     * is close to an option's name ({@code inn}: did you mean in?).
     */
    static void notes(List<String> header, Schema schema, RowSource src, Calculation calc, PrintWriter err) {
        Set<String> known = new HashSet<>();
        for (Input in : calc.declaration().inputs()) {
            known.add(in.key());
        }
        known.add(Input.TEMP.key());
        known.add(Input.CONSTANTS.key());
        int[] by = RowWriter.shadows(header, schema);
        Set<Integer> results = new HashSet<>();
        for (int c : by) {
            results.add(c);
        }
        for (int i = 0; i < header.size(); i++) {
            String key = src.keyOf(i);
            int dot = key.indexOf('.');
            String base = dot < 0 ? key : key.substring(0, dot);
            if (base.isEmpty() || known.contains(base) || results.contains(i)) {
                continue;
            }
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String k : known) {
                int d = distance(base, k);
                if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                    best = k;
                    bestDistance = d;
                }
            }
            if (best != null && bestDistance <= (Math.min(base.length(), best.length()) <= 4 ? 1 : 2)) {
                err.println("echem: " + org.echem.lang.Msg.text("batch.unread_column", header.get(i), best));
            }
        }
        err.flush();
    }

    /** @return the edit distance of two names, ignoring case (insertions, deletions, substitutions, adjacent swaps) */
    static int distance(String a, String b) {
        return org.echem.io.Suggest.distance(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }
}
