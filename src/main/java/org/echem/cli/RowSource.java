package org.echem.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of one CSV row: a column per option ({@code in}, {@code vm}), map entries as
 * {@code in.K}, a unit for bare numbers after an underscore ({@code in_uM}); a cell of a map option
 * may hold pairs ({@code K=140,Na=15}). Absent or empty cells fall back to the command line.
 */
public final class RowSource implements Source {
    private final OptionSource defaults;
    private final List<String> header;
    private final Map<String, Integer> column = new HashMap<>();
    private final String[] hint;
    private final Map<String, List<String>> entryColumns = new HashMap<>();
    private List<String> cells = List.of();
    private long line;
    private Map<String, String> cellMaps;

    public RowSource(List<String> header, OptionSource defaults) {
        this.header = header;
        this.defaults = defaults;
        this.hint = new String[header.size()];
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            int us = name.indexOf('_');
            String key = us < 0 ? name : name.substring(0, us);
            hint[i] = us < 0 ? null : name.substring(us + 1);
            if (!column.containsKey(key)) {
                column.put(key, i);
                int dot = key.indexOf('.');
                if (dot > 0) {
                    entryColumns.computeIfAbsent(key.substring(0, dot), k -> new ArrayList<>())
                            .add(key.substring(dot + 1));
                }
            }
        }
    }

    /** @return the input keys the header provides */
    public java.util.Set<String> keys() {
        return column.keySet();
    }

    /** Points this source at the next row. */
    public void setRow(List<String> cells, long line) {
        this.cells = cells;
        this.line = line;
        this.cellMaps = null;
    }

    private String cell(String key) {
        Integer i = column.get(key);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String c = cells.get(i);
        return c.isBlank() ? null : c;
    }

    @Override
    public String text(String key) {
        String c = cell(key);
        if (c != null) {
            if (c.indexOf('=') >= 0) {
                return null; // a map cell: its pairs are entries
            }
            return c;
        }
        if (key.indexOf('.') > 0) {
            String m = cellMaps().get(key);
            if (m != null) {
                return m;
            }
        }
        return defaults.text(key);
    }

    @Override
    public String unitHint(String key) {
        if (cell(key) != null) {
            return hint[column.get(key)];
        }
        return null;
    }

    @Override
    public List<String> entries(String prefix) {
        List<String> names = new ArrayList<>();
        List<String> cols = entryColumns.get(prefix);
        if (cols != null) {
            for (String name : cols) {
                if (cell(prefix + "." + name) != null) {
                    names.add(name);
                }
            }
        }
        String pre = prefix + ".";
        for (String k : cellMaps().keySet()) {
            if (!k.startsWith(pre)) {
                continue;
            }
            String name = k.substring(pre.length());
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : defaults.entries(prefix)) {
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private Map<String, String> cellMaps() {
        if (cellMaps == null) {
            cellMaps = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> e : column.entrySet()) {
                String c = cell(e.getKey());
                if (c != null && c.indexOf('=') >= 0 && e.getKey().indexOf('.') < 0) {
                    for (String part : c.split(",", -1)) {
                        int eq = part.indexOf('=');
                        if (eq <= 0) {
                            throw new InputException(where(e.getKey()) + " '" + c
                                    + "': expected NAME=VALUE pairs separated by commas, such as K=140,Na=15");
                        }
                        cellMaps.put(e.getKey() + "." + part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                    }
                }
            }
        }
        return cellMaps;
    }

    @Override
    public String where(String key) {
        Integer i = column.get(key);
        if (i == null) {
            int dot = key.indexOf('.');
            if (dot > 0 && column.containsKey(key.substring(0, dot)) && cell(key.substring(0, dot)) != null) {
                i = column.get(key.substring(0, dot));
            }
        }
        if (i != null && i < cells.size() && !cells.get(i).isBlank()) {
            return "line " + line + ", column " + header.get(i);
        }
        return defaults.where(key) + " (line " + line + ")";
    }
}
