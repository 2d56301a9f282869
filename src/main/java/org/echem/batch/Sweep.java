package org.echem.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.echem.calc.Input;
import org.echem.calc.OptionSource;
import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Numbers;
import org.echem.io.Schema;
import org.echem.units.Kind;
import org.echem.units.Unit;
import org.echem.units.UnitException;
import org.echem.units.Units;

/**
 * SPEC §7 sweeps: numeric options written {@code START:STOP:STEP} ({@code --vm -100:50:10},
 * {@code --vm -100mV:50mV:10mV}, {@code -0.1:0.05:0.05V}, {@code --out K=1:100:1}). Several
 * sweeps give every combination, the first option outermost. The grid is not held in memory: its
 * records are made one at a time, as a CSV's would be read, with a column per swept option
 * ({@code vm_mV}, {@code out.K_mM}), and {@link Batch} runs them like any batch.
 *
 * <p>A swept option whose value the result shows in a field of its own ({@code vm_mV},
 * {@code c_out_mM}, {@code temp_C}) is given in that field's unit and not repeated as a column;
 * the others are columns named like their CSV input, with the unit written (or the bare-number
 * default).
 */
public final class Sweep {
    /** The most rows a sweep may have. */
    public static final long MAX_ROWS = 100_000_000L;
    private final List<Axis> axes;
    private final OptionSource rest;
    private final long rows;
    private final List<String> header;
    private final int visible;

    /** One swept option: its values are {@code start + i * step} for i in [0, n), in {@code unit}. */
    private record Axis(String key, String column, boolean shown, double start, double step, long n) {
        String cell(long i) {
            double v = start + i * step;
            if (Math.abs(v) < 1e-9 * Math.abs(step)) {
                v = 0; // -0.3 + 3 * 0.1 is 0, not 5.6e-17
            }
            return Numbers.significant(v, 15);
        }
    }

    private Sweep(List<Axis> axes, OptionSource rest) {
        this.rest = rest;
        List<Axis> ordered = new ArrayList<>(axes.size());
        long r = 1;
        for (Axis a : axes) {
            r = (double) r * a.n > MAX_ROWS ? MAX_ROWS + 1 : r * a.n;
        }
        if (r > MAX_ROWS) {
            StringBuilder b = new StringBuilder();
            for (Axis a : axes) {
                b.append(b.length() == 0 ? "" : " × ").append(a.n);
            }
            throw InputException.of("batch.sweep.too_many", b, MAX_ROWS);
        }
        this.rows = r;
        // columns shown first (they pass through), then those whose value a result field shows
        for (Axis a : axes) {
            if (a.shown) {
                ordered.add(a);
            }
        }
        this.visible = ordered.size();
        for (Axis a : axes) {
            if (!a.shown) {
                ordered.add(a);
            }
        }
        this.axes = ordered;
        List<String> h = new ArrayList<>(ordered.size());
        for (Axis a : ordered) {
            h.add(a.column);
        }
        this.header = h;
        this.order = new int[axes.size()];
        for (int i = 0; i < axes.size(); i++) {
            order[i] = ordered.indexOf(axes.get(i));
        }
    }

    /** For each axis in command-line order, its column. */
    private final int[] order;

    /**
     * @param options the options as given
     * @param inputs the inputs the subcommand declares
     * @param fields the result fields, where a swept value may have a field of its own
     * @return the sweep the options ask for, or null when no option is a sweep
     */
    public static Sweep of(OptionSource options, List<Input> inputs, Schema fields) {
        List<Axis> axes = new ArrayList<>();
        OptionSource rest = new OptionSource();
        for (String key : options.keys()) {
            String text = options.text(key);
            Input in = input(key, inputs);
            // a numeric option; not one whose own value has a colon (--volumes IN:OUT)
            if (text != null && in != null && in.shape() != Input.Shape.FLAG && in.label().indexOf(':') < 0
                    && text.indexOf(':') >= 0) {
                if (in.kind() != null) {
                    axes.add(axis(key, text, in.kind(), options.where(key), fields));
                    continue;
                }
                if (plainNumbers(text)) { // a plain number without units: --ph-in 6:8:0.5, --z 1:2:1
                    axes.add(plain(key, text, options.where(key), fields));
                    continue;
                }
            }
            int dot = key.indexOf('.');
            rest.add(dot < 0 ? key : key.substring(0, dot), dot < 0 ? text : key.substring(dot + 1) + "=" + text);
        }
        return axes.isEmpty() ? null : new Sweep(axes, rest);
    }

    private static Input input(String key, List<Input> inputs) {
        int dot = key.indexOf('.');
        String base = dot < 0 ? key : key.substring(0, dot);
        for (Input in : inputs) {
            if (in.key().equals(base)) {
                return in;
            }
        }
        return null;
    }

    private static boolean plainNumbers(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String p : parts) {
            try {
                Double.parseDouble(p.strip().replace('\u2212', '-'));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** A sweep of an option read as a plain number (no kind, no unit); its column is the key itself. */
    private static Axis plain(String key, String text, String where, Schema fields) {
        String[] p = text.split(":", -1);
        double s = Double.parseDouble(p[0].strip().replace('\u2212', '-'));
        double e = Double.parseDouble(p[1].strip().replace('\u2212', '-'));
        double d = Double.parseDouble(p[2].strip().replace('\u2212', '-'));
        boolean own = key.indexOf('.') < 0 && fields.has(key.replace('-', '_'));
        return grid(key, key, !own, s, e, d, p, where, text);
    }

    private static Axis axis(String key, String text, Kind kind, String where, Schema fields) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw InputException.of(parts.length == 1 ? "batch.sweep.one_part" : "batch.sweep.parts", where, text,
                    parts.length);
        }
        // a unit written once applies to every part without one; the last part's that has one
        Unit written = null;
        for (String p : parts) {
            if (p.isBlank()) {
                throw InputException.of("batch.sweep.empty_part", where, text);
            }
            Unit u = unitOf(p, kind, where, text);
            if (u != null) {
                written = u;
            }
        }
        Unit bare = written != null ? written : kind.defaultUnit();
        double start = si(parts[0], kind, bare, where, text);
        double stop = si(parts[1], kind, bare, where, text);
        double stepUnit = si(parts[2], kind, bare, where, text);
        Unit stepOf = unitOf(parts[2], kind, where, text);
        Unit su = stepOf != null ? stepOf : bare;
        double step = stepUnit - su.toSi(0); // a step is a difference: 5C is 5 K, not 278.15 K
        // the column: the result's own field where there is one, else key_unit
        Field own = key.indexOf('.') < 0 ? own(key, kind, fields) : null;
        Unit cu = own != null ? own.measure() : bare;
        String column = key + "_" + cu.symbol();
        double s = cu.fromSi(start);
        double e = cu.fromSi(stop);
        double d = cu.fromSi(step) - cu.fromSi(0);
        return grid(key, column, own == null, s, e, d, parts, where, text);
    }

    /** @return the axis from {@code s} to {@code e} by {@code d}, in the column's unit, once checked */
    private static Axis grid(String key, String column, boolean shown, double s, double e, double d, String[] parts,
            String where, String text) {
        if (!Double.isFinite(s) || !Double.isFinite(e)) {
            throw InputException.of("batch.sweep.finite", where, text);
        }
        if (!(d != 0) || !Double.isFinite(d)) {
            throw InputException.of("batch.sweep.zero_step", where, text, parts[2].strip());
        }
        double k = (e - s) / d;
        if (k < 0 && Math.abs(e - s) > 1e-9 * Math.max(Math.abs(s), Math.abs(e))) {
            throw InputException.of(d > 0 ? "batch.sweep.away_negative" : "batch.sweep.away_positive", where, text,
                    parts[2].strip(), parts[1].strip(), parts[0].strip(), parts[1].strip());
        }
        k = Math.max(k, 0);
        double kr = Math.rint(k);
        double whole = Math.abs(k - kr) <= 1e-9 * Math.max(1, kr) ? kr : Math.floor(k);
        if (!(whole < 1e18)) {
            throw InputException.of("batch.sweep.too_many_values", where, text, Numbers.human(k));
        }
        return new Axis(key, column, shown, s, d, (long) whole + 1);
    }

    /** @return the unit written after the number of {@code part}, or null for a bare number */
    private static Unit unitOf(String part, Kind kind, String where, String text) {
        String p = part.strip().replace('\u2212', '-');
        try {
            Double.parseDouble(p);
            return null;
        } catch (NumberFormatException bare) {
            try {
                return Units.parse(p, kind).unit();
            } catch (UnitException ex) {
                throw InputException.of("batch.sweep.value", where, text, ex.message());
            }
        }
    }

    private static double si(String part, Kind kind, Unit bare, String where, String text) {
        try {
            return Units.parse(part.strip(), kind, bare).si();
        } catch (UnitException ex) {
            throw InputException.of("batch.sweep.value", where, text, ex.message());
        }
    }

    /** @return the result field that shows the value of input {@code key}, or null */
    private static Field own(String key, Kind kind, Schema fields) {
        String[] names = {key + "_", "c_" + key + "_", key.equals("e") ? "E_" : null};
        for (Field f : fields.fields()) {
            for (String n : names) {
                if (n != null && f.kind() == kind && f.measure() != null && f.name().startsWith(n)
                        && f.name().indexOf('_', n.length()) < 0) {
                    return f;
                }
            }
        }
        return null;
    }

    /** @return the options less the swept ones: what every row falls back to */
    public OptionSource rest() {
        return rest;
    }

    /** @return the number of rows */
    public long rows() {
        return rows;
    }

    /** @return how many of the first columns are written out (the others show in result fields) */
    int visible() {
        return visible;
    }

    /** @return the records: the header, then one per row, made as they are read */
    Records records() {
        return new Records() {
            private long next = -1;

            @Override
            public List<String> next() {
                if (next < 0) {
                    next = 0;
                    return header;
                }
                if (next >= rows) {
                    return null;
                }
                String[] cells = new String[axes.size()];
                long rem = next++;
                for (int i = axes.size() - 1; i >= 0; i--) { // the last option varies fastest
                    Axis a = axes.get(order[i]);
                    cells[order[i]] = a.cell(rem % a.n);
                    rem /= a.n;
                }
                return Arrays.asList(cells);
            }

            @Override
            public long line() {
                return next; // the row's number in the sweep
            }

            @Override
            public void close() {
            }
        };
    }
}
