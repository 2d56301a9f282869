package org.echem.calc;

import org.echem.io.InputException;
import org.echem.lang.Message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echem.units.Kind;
import org.echem.units.Unit;
import org.echem.units.Units;

/**
 * The inputs of one CSV row: a column per option ({@code in}, {@code vm}), map entries as
 * {@code in.K}, a unit for bare numbers after an underscore ({@code in_uM}); a cell of a map option
 * may hold pairs ({@code K=140,Na=15}). Absent or empty cells fall back to the command line.
 *
 * <p>One instance serves every row of a file ({@link #setRow}); the header is analysed once.
 */
public final class RowSource implements Source {
    private final OptionSource defaults;
    private final List<String> header;
    private final Map<String, Integer> column = new HashMap<>();
    private final String[] hint;
    private final Unit[] hintUnit;
    private final Kind[] hintKind;
    /** Columns of plain options (no dot in the key), the only ones whose cells may hold pairs. */
    private final int[] plainColumns;
    private final String[] keyOf;
    private final Map<String, List<String>> entryColumns = new HashMap<>();
    private String[] cells = new String[0];
    /** Whether each column is a plain option's (no dot in the key; the first of its name). */
    private final boolean[] plain;
    /** Whether each cell holds pairs ({@code K=140,Na=15}); and whether any plain option's cell does. */
    private boolean[] pairs = new boolean[0];
    private boolean anyPairs;
    private long line;
    private Map<String, String> cellMaps;
    /**
     * Keys already looked up, by identity (callers use string constants, whose hash codes are
     * computed once): a small open-addressing table, at most half full; other keys go to the map.
     */
    private final Key[] memo = new Key[MEMO];
    private int memoSize;
    private static final int MEMO = 64;
    private Key last;
    /** The column of an {@code E_mV} read as {@code e}, or -1; and the columns of {@code in} and {@code out}. */
    private int resultE = -1;
    private final int inColumn;
    private final int outColumn;
    /** Whether a decimal comma ({@code 140,5}) is a decimal point: with {@code ;} or tab as the delimiter. */
    private boolean decimalComma;
    /** Whether the rows are a sweep's, which messages name by row, not by line. */
    private boolean sweep;

    public RowSource(List<String> header, OptionSource defaults) {
        this.header = header;
        this.defaults = defaults;
        this.hint = new String[header.size()];
        this.hintUnit = new Unit[header.size()];
        this.hintKind = new Kind[header.size()];
        this.keyOf = new String[header.size()];
        this.plain = new boolean[header.size()];
        List<Integer> plain = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            String key;
            if (lower.startsWith("c_in_") || lower.startsWith("c_out_")) { // echem's own c_in_mM, c_out_mM
                int us = name.indexOf('_', 2);
                key = lower.substring(2, us);
                hint[i] = name.substring(us + 1);
            } else {
                int us = name.indexOf('_');
                key = us < 0 ? name : name.substring(0, us);
                hint[i] = us < 0 ? null : name.substring(us + 1);
            }
            int kd = key.indexOf('.');
            key = kd < 0 ? key.toLowerCase(java.util.Locale.ROOT)
                    : key.substring(0, kd).toLowerCase(java.util.Locale.ROOT) + key.substring(kd);
            keyOf[i] = key;
            if (key.equals("e") && lower.equals("e_mv")) {
                resultE = i; // echem's own E_mV: yields to concentrations given in the same row
            }
            if (!column.containsKey(key)) {
                column.put(key, i);
                int dot = key.indexOf('.');
                if (dot > 0) {
                    String prefix = key.substring(0, dot);
                    entryColumns.putIfAbsent(prefix, new ArrayList<>());
                    entryColumns.get(prefix).add(key.substring(dot + 1));
                } else {
                    plain.add(i);
                    this.plain[i] = true;
                }
            }
        }
        if (resultE >= 0 && column.get("e") != resultE) {
            resultE = -1;
        }
        inColumn = column.getOrDefault("in", -1);
        outColumn = column.getOrDefault("out", -1);
        plainColumns = new int[plain.size()];
        for (int i = 0; i < plainColumns.length; i++) {
            plainColumns[i] = plain.get(i);
        }
    }

    /** @return the number of columns of the header */
    public int columns() {
        return header.size();
    }

    /** @return the input keys the header provides */
    public java.util.Set<String> keys() {
        return column.keySet();
    }

    /** Points this source at the next row; a blank cell is absent (null). */
    public void setRow(List<String> cells, long line) {
        int n = cells.size();
        if (this.cells.length != n) {
            this.cells = new String[n];
            this.pairs = new boolean[n];
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
            String c = cells.get(i);
            boolean blank = c.isEmpty() || c.isBlank();
            this.cells[i] = blank ? null : c;
            boolean p = !blank && c.indexOf('=') >= 0;
            pairs[i] = p;
            any |= p && i < plain.length && plain[i];
        }
        if (decimalComma) {
            for (int i = 0; i < n; i++) {
                String c = this.cells[i];
                if (c != null && c.indexOf(',') > 0 && isDecimalComma(c)) {
                    this.cells[i] = c.replace(',', '.');
                    pairs[i] = false;
                }
            }
        }
        if (resultE >= 0 && resultE < n && inColumn >= 0 && outColumn >= 0 && inColumn < n && outColumn < n
                && this.cells[inColumn] != null && this.cells[outColumn] != null) {
            this.cells[resultE] = null; // E_mV next to the concentrations it came from: checked, not read
        }
        this.anyPairs = any;
        this.line = line;
        this.cellMaps = null;
    }

    /** @return whether a cell of this row holds pairs ({@code K=140,Na=15}), entries of a map option */
    boolean anyPairs() {
        return anyPairs;
    }

    /** With {@code ;} or tab as the delimiter, a comma between digits is a decimal point. */
    public void decimalComma(boolean on) {
        this.decimalComma = on;
    }

    /** Rows of a sweep (SPEC §7): messages name "row N of the sweep", not a line of a file. */
    public void sweep(boolean on) {
        this.sweep = on;
    }

    /** @return whether a decimal comma is read as a decimal point */
    public boolean decimalComma() {
        return decimalComma;
    }

    /** @return whether {@code c} is a number with one decimal comma, maybe a sign, an exponent, a unit: {@code -140,5e-3 mM} */
    public static boolean isDecimalComma(String c) {
        int i = 0;
        int n = c.length();
        while (i < n && c.charAt(i) == ' ') {
            i++;
        }
        if (i < n && (c.charAt(i) == '-' || c.charAt(i) == '+')) {
            i++;
        }
        int d = i;
        while (i < n && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
            i++;
        }
        if (i == d || i >= n || c.charAt(i) != ',') {
            return false;
        }
        i++;
        int f = i;
        while (i < n && c.charAt(i) >= '0' && c.charAt(i) <= '9') {
            i++;
        }
        if (i == f) {
            return false;
        }
        return c.indexOf(',', i) < 0 && c.indexOf('=') < 0;
    }

    /** @return the column read as {@code key}, or -1 */
    public int columnFor(String key) {
        Integer i = column.get(key);
        return i == null ? -1 : i;
    }

    /** @return the unit after the underscore of column {@code i}'s name ({@code mM} of {@code in_mM}), or null */
    public String hint(int i) {
        return hint[i];
    }

    /** @return the input key column {@code i} is read as ({@code in} for {@code c_in_mM}, {@code e} for {@code E_mV}) */
    public String keyOf(int i) {
        return keyOf[i];
    }

    private String cellAt(int i) {
        return i < cells.length ? cells[i] : null;
    }

    /**
     * What this batch knows of a key, found once: its column, whether it names a map entry
     * ({@code in.K}), and whether nothing gives it (no column, not an entry, no option).
     */
    private static final class Key {
        final String name;
        final int column;
        final boolean entry;
        final boolean never;

        Key(String name, int column, boolean entry, boolean never) {
            this.name = name;
            this.column = column;
            this.entry = entry;
            this.never = never;
        }
    }

    /** @return the column of {@code key}, or -1 */
    private int columnOf(String key) {
        return key(key).column;
    }

    /** @return what is known of {@code key}: looked up by identity first (the callers' keys are constants) */
    private Key key(String key) {
        Key l = last;
        if (l != null && l.name == key) { // NOPMD: identity; a value is often asked for right after its presence
            return l;
        }
        int h = key.hashCode() & (MEMO - 1);
        for (Key k = memo[h]; k != null; k = memo[h]) {
            if (k.name == key) { // NOPMD: identity on purpose, a miss falls back to the map
                last = k;
                return k;
            }
            h = (h + 1) & (MEMO - 1);
        }
        Integer i = column.get(key);
        int c = i == null ? -1 : i;
        boolean entry = key.indexOf('.') > 0;
        Key k = new Key(key, c, entry, c < 0 && !entry && defaults.text(key) == null);
        if (memoSize < MEMO / 2) {
            memo[h] = k;
            memoSize++;
        }
        last = k;
        return k;
    }

    private String cell(String key) {
        int i = columnOf(key);
        return i < 0 ? null : cellAt(i);
    }

    @Override
    public String text(String key) {
        Key k = key(key);
        if (k.never) {
            return null;
        }
        int i = k.column;
        if (i >= 0) {
            String c = cellAt(i);
            if (c != null) {
                // a plain option's cell with pairs is a map (its pairs are entries); a map entry's cell is a value
                return pairs[i] && !k.entry ? null : c;
            }
        }
        if (k.entry) {
            String m = cellMaps().get(key);
            if (m != null) {
                return m;
            }
        }
        return defaults.text(key);
    }

    /**
     * Groups of keys found given by no column and no option: none of them is ever given in this
     * batch, so asking again costs a comparison (speed seam: the optional inputs a row function
     * checks on every row, such as the --pco2 family; bench/batch-ab.sh).
     */
    private final String[][] neverGiven = new String[4][];

    @Override
    public boolean anyGiven(String[] keys) {
        for (String[] g : neverGiven) {
            if (g == keys) { // NOPMD: identity, the callers pass a constant array
                return false;
            }
        }
        for (String k : keys) {
            if (!key(k).never) {
                return Source.super.anyGiven(keys);
            }
        }
        for (int i = 0; i < neverGiven.length; i++) {
            if (neverGiven[i] == null) {
                neverGiven[i] = keys;
                break;
            }
        }
        return false;
    }

    @Override
    public String unitHint(String key) {
        int i = columnOf(key);
        return i >= 0 && cellAt(i) != null ? hint[i] : null;
    }

    @Override
    public Unit hintUnit(String key, Kind kind) {
        int i = columnOf(key);
        if (i < 0 || hint[i] == null || cellAt(i) == null) {
            return null;
        }
        if (hintKind[i] != kind) { // the header's unit, looked up once per column
            hintUnit[i] = Units.unit(hint[i], kind);
            hintKind[i] = kind;
        }
        return hintUnit[i];
    }

    @Override
    public boolean hasEntries(String prefix) {
        if (!anyPairs && entryColumns.isEmpty()) {
            return defaults.hasEntries(prefix);
        }
        return !entries(prefix).isEmpty();
    }

    @Override
    public List<String> entries(String prefix) {
        List<String> cols = entryColumns.get(prefix);
        Map<String, String> maps = cellMaps();
        List<String> fallback = defaults.entries(prefix);
        if (cols == null && maps.isEmpty()) {
            return fallback;
        }
        List<String> names = new ArrayList<>();
        if (cols != null) {
            for (String name : cols) {
                if (cell(prefix + "." + name) != null) {
                    names.add(name);
                }
            }
        }
        String pre = prefix + ".";
        for (String k : maps.keySet()) {
            if (!k.startsWith(pre)) {
                continue;
            }
            String name = k.substring(pre.length());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : fallback) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private Map<String, String> cellMaps() {
        if (cellMaps == null && !anyPairs) {
            cellMaps = Map.of();
        }
        if (cellMaps == null) {
            Map<String, String> m = Map.of();
            for (int i : plainColumns) {
                String c = cellAt(i);
                if (c != null && c.indexOf('=') >= 0) {
                    if (m.isEmpty()) {
                        m = new LinkedHashMap<>();
                    }
                    for (String part : c.split(",", -1)) {
                        int eq = part.indexOf('=');
                        if (eq <= 0 || part.substring(eq + 1).isBlank()) {
                            throw InputException.of("input.pairs", at(keyOf[i]), c);
                        }
                        m.put(keyOf[i] + "." + part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                    }
                }
            }
            cellMaps = m;
        }
        return cellMaps;
    }

    /**
     * {@inheritDoc}
     *
     * <p>In English whatever the language: text made with it is English, and so stays the same in the
     * error column of machine output; a message of the bundles names the place with {@link #at}.
     */
    @Override
    public String where(String key) {
        return at(key).english();
    }

    /** @return where {@code key} was given ("line 3, column in", "--temp (line 3)"), to be said in any language */
    public Message at(String key) {
        Integer i = column.get(key);
        if (i == null) {
            int dot = key.indexOf('.');
            if (dot > 0 && cell(key.substring(0, dot)) != null) {
                i = column.get(key.substring(0, dot));
            }
        }
        if (i != null && cellAt(i) != null) {
            return Message.of(sweep ? "input.source.sweep_column" : "input.source.column", line, header.get(i));
        }
        return Message.of(sweep ? "input.source.sweep_option" : "input.source.option", defaults.where(key), line);
    }

    /** {@inheritDoc} In English, as {@link #where}; {@link #described} in any language. */
    @Override
    public String describe() {
        return described().english();
    }

    /** @return "line 3: in=140 out=5; --temp 20C", to be said in any language */
    public Message described() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < header.size(); i++) {
            String c = cellAt(i);
            if (c != null) {
                b.append(b.length() == 0 ? "" : " ").append(header.get(i)).append('=').append(c);
            }
        }
        String d = defaults.describe();
        if (b.length() == 0) { // no cell: the options alone
            return d.isEmpty() ? Message.of(sweep ? "input.source.sweep_row" : "input.source.line", line)
                    : Message.of(sweep ? "input.source.sweep_row_options" : "input.source.line_options", line, d);
        }
        if (!d.isEmpty()) {
            b.append("; ").append(d);
        }
        return Message.of(sweep ? "input.source.sweep_row_cells" : "input.source.line_cells", line, b.toString());
    }
}
