package org.echem.io;

/**
 * Readable units for people (text output only): a value in pF, pC, pA, nS, mM, pL or µm² moves to
 * the SI prefix that puts it between 1 and 1000 (1 and 10⁶ for an area): 45239 pF is 45.239 nF,
 * 4523900 µm² is 4.5239 mm², 5e-5 mM is 50 nM. Volts, temperatures and compound units (mV, °C,
 * µA/cm², kJ/mol) keep theirs. Machine formats never use this: their units are fixed.
 */
public final class Prefixes {
    private static final String[] PREFIX = {"f", "p", "n", "µ", "m", ""};
    private static final double[] POWER = {1e-15, 1e-12, 1e-9, 1e-6, 1e-3, 1};

    private Prefixes() {}

    /**
     * A unit to print in instead of the field's.
     *
     * @param factor printed value = value × factor
     * @param unit the unit's symbol
     */
    public record Scaled(double factor, String unit) {}

    /** @return the unit {@code unit} with the prefix {@code v} reads best in, or null to keep it */
    public static Scaled of(double v, String unit) {
        String u = unit.replace('u', 'µ').replace("2", "²");
        boolean square = u.endsWith("m²");
        String base;
        int from;
        if (square) {
            base = "m²";
        } else if (u.length() >= 1 && "FCAS".indexOf(u.charAt(u.length() - 1)) >= 0 || u.endsWith("M")
                || u.endsWith("L")) {
            base = u.substring(u.length() - 1);
        } else {
            return null;
        }
        from = prefix(u.substring(0, u.length() - base.length()));
        if (from < 0 || v == 0 || !Double.isFinite(v)) {
            return null;
        }
        int step = 1; // for an area a step is 10⁶ (µm² → mm²)
        double a = Math.abs(v);
        double lo = 1;
        double hi = square ? 1e6 : 1e3;
        int to = from;
        double f = 1;
        int lowest = square ? 2 : 0; // areas in nm², µm², mm², m²
        while (a * f >= hi && to + step < PREFIX.length) {
            to += step;
            f = ratio(from, to, square);
        }
        while (a * f < lo && to - step >= lowest) {
            to -= step;
            f = ratio(from, to, square);
        }
        if (to == from) {
            return null;
        }
        return new Scaled(f, PREFIX[to] + base);
    }

    private static double ratio(int from, int to, boolean square) {
        double r = POWER[from] / POWER[to];
        return square ? r * r : r;
    }

    private static int prefix(String p) {
        for (int i = 0; i < PREFIX.length; i++) {
            if (PREFIX[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    /** @return {@code v unit} for a sentence, in the readable prefix, with the run's precision */
    public static String human(double v, String unit) {
        Scaled s = of(v, unit);
        return s == null ? Numbers.human(v) + " " + unit : Numbers.human(v * s.factor()) + " " + s.unit();
    }
}
