package org.echem.units;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Reads a decimal number as {@link Double#parseDouble} does, correctly rounded, taking a short
 * path for the numbers CSV files are made of ({@code 140}, {@code -89.0587}, {@code 1.5e-3}).
 *
 * <p>The short path is Clinger's: with at most 15 significant digits the digits form an integer
 * {@code m < 10^15 < 2^53}, exact as a double, and for a decimal exponent of magnitude at most
 * 22 the power {@code 10^k} is exact too; one IEEE multiplication or division of two exact values
 * is correctly rounded, so {@code m × 10^k} or {@code m / 10^k} is the correctly rounded value of
 * the decimal. Anything else goes to FastDoubleParser, which is also correctly rounded.
 */
final class Decimal {
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p; // 10^22 < 2^53 · 2^22: every one of them is exact
            p *= 10;
        }
    }

    private Decimal() {}

    /**
     * @param s text holding a number from {@code from} to {@code to} (as {@code Units.numberEnd} finds it)
     * @throws NumberFormatException when it is not a number
     */
    static double parse(String s, int from, int to) {
        double x = shortPath(s, from, to);
        return Double.isNaN(x) ? JavaDoubleParser.parseDouble(s, from, to - from) : x;
    }

    /**
     * @return the number in {@code s} from {@code from} to {@code to} when it has at most 15
     *     significant digits and a decimal exponent of magnitude at most 22, correctly rounded;
     *     otherwise NaN (the number is longer or larger, or the text is not a plain number)
     */
    static double shortPath(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long m = 0;
        int significant = 0;
        int scale = 0; // digits after the point
        boolean point = false;
        boolean any = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (m != 0 || c != '0') {
                    significant++;
                }
                m = m * 10 + (c - '0');
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (!any || significant > 15) {
            return Double.NaN;
        }
        int exp = 0;
        if (i < to) {
            char c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean expNegative = false;
            if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                expNegative = s.charAt(i) == '-';
                i++;
            }
            if (i == to || to - i > 3) { // no digits, or so many that the exponent is out of range anyway
                return Double.NaN;
            }
            for (; i < to; i++) {
                c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                exp = exp * 10 + (c - '0');
            }
            if (expNegative) {
                exp = -exp;
            }
        }
        int k = exp - scale;
        if (k < -22 || k > 22) {
            return m == 0 ? (negative ? -0.0 : 0.0) : Double.NaN;
        }
        double x = k >= 0 ? m * POW10[k] : m / POW10[-k];
        return negative ? -x : x;
    }
}
