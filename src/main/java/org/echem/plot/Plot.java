package org.echem.plot;

import java.util.List;

/**
 * What to draw: lines of points, the axis labels, and whether x is on a log scale.
 *
 * @param xLabel the x axis's label, e.g. "vm (mV)"
 * @param yLabel the y axis's label
 * @param logX whether x is on a log10 axis (every x then > 0)
 * @param series the lines, each with at least one point
 */
public record Plot(String xLabel, String yLabel, boolean logX, List<Series> series) {

    /**
     * @return a column name as an axis label, its unit in parentheses: {@code vm_mV} → "vm (mV)",
     *     {@code I_uA_cm2} → "I (µA/cm²)", {@code c_out_mM} → "c_out (mM)", {@code temp_C} → "temp (°C)"
     */
    public static String label(String column) {
        String[] t = column.strip().split("_", -1);
        int first = t.length; // the first token of the unit: the trailing run of unit-like tokens
        while (first > 1 && unit(t[first - 1])) {
            first--;
        }
        if (t.length > 3 && t[t.length - 2].equals("per") && unit(t[t.length - 3])) {
            return String.join("_", java.util.Arrays.copyOf(t, t.length - 3)) + " (" + t[t.length - 3] + "/"
                    + t[t.length - 1] + ")"; // slope_mV_per_decade
        }
        if (first == t.length) {
            return column.strip();
        }
        StringBuilder name = new StringBuilder(t[0]);
        for (int i = 1; i < first; i++) {
            name.append('_').append(t[i]);
        }
        StringBuilder u = new StringBuilder();
        for (int i = first; i < t.length; i++) {
            u.append(i == first ? "" : "/").append(pretty(t[i], name.toString()));
        }
        return name + " (" + u + ")";
    }

    private static boolean unit(String t) {
        return t.matches("(?:[fpnuµmck]|M|G)?(?:V|M|A|S|F|C|K|s|L|g|m|mol|Pa|Osm|Hz|J|W|m2|m3|cm2|cm|cm3|Ohm|Ω)2?"
                + "|mOsm|mmHg|kJ|mol|decade|pct|%|degC|°C|A2|nm2|um2|uA|pA|nA|cm/s|m/s");
    }

    private static String pretty(String u, String name) {
        if (u.equals("C") && name.toLowerCase(java.util.Locale.ROOT).startsWith("temp")) {
            return "°C";
        }
        String p = u.startsWith("u") && u.length() > 1 ? "µ" + u.substring(1) : u;
        if (p.endsWith("2") && p.length() > 1 && Character.isLetter(p.charAt(p.length() - 2))) {
            p = p.substring(0, p.length() - 1) + "²";
        } else if (p.endsWith("3") && p.length() > 1 && Character.isLetter(p.charAt(p.length() - 2))) {
            p = p.substring(0, p.length() - 1) + "³";
        }
        return p;
    }
}
