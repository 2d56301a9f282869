package org.echem.io;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for output, always in {@link java.util.Locale#ROOT} style (a point, no grouping).
 *
 * <ul>
 *   <li>{@link #shortest}: the shortest text that reads back as the same double
 *       ({@code -89.05974}, {@code 1}, {@code 2.5e-5});</li>
 *   <li>{@link #fixed}: a fixed number of decimals, rounded half-to-even on the exact binary value
 *       (as C's and Python's {@code %.4f} do);</li>
 *   <li>{@link #human}: 5 significant digits for people, trailing zeros dropped.</li>
 * </ul>
 */
public final class Numbers {
    /** 10^i, i = 0 … 18, as longs and as doubles (each exact: 10^18 = 2^18·5^18 and 5^18 &lt; 2^53). */
    private static final long[] LONG_POW10 = new long[19];
    private static final double[] POW10 = new double[19];
    /** 0.5·10^-i: a non-zero value below it prints as zero at i decimals. */
    private static final double[] HALF_UNIT = new double[19];
    /** The two ASCII digits of 0 … 99. */
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        long p = 1;
        for (int i = 0; i < LONG_POW10.length; i++) {
            LONG_POW10[i] = p;
            POW10[i] = p;
            HALF_UNIT[i] = 0.5 / p;
            p *= 10;
        }
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private Numbers() {}

    /** @return the shortest round-tripping text of {@code x}: no ".0", a lower-case exponent */
    public static String shortest(double x) {
        if (x == (long) x && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        // Schubfach (Giulietti 2018), as Java 19+'s Double.toString: Java 17's is not always the
        // shortest (1e23 gave 9.999999999999999e22), and the digits must not depend on the JDK
        String s = DoubleToDecimal.toString(x);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /** Significant digits of machine formats by default: enough for any measurement, too few for binary noise. */
    public static final int DEFAULT_DIGITS = 15;

    /**
     * Appends {@code x} for a machine format: with {@code digits} 17, the shortest round-trip text
     * ({@link #shortest}); with fewer, the exact binary value rounded half-even to that many
     * significant digits and written as {@link #shortest} writes it, trailing zeros dropped
     * ({@code 0.30000000000000004} → {@code 0.3} at 15).
     */
    public static void machine(Utf8Buffer out, double x, int digits) {
        out.append(machine(x, digits));
    }

    /** @return {@code x} as {@link #machine(Utf8Buffer, double, int)} writes it */
    public static String machine(double x, int digits) {
        String s = shortest(x);
        if (digits >= 17 || significantDigits(s) <= digits) {
            return s;
        }
        if (!Double.isFinite(x)) {
            throw new NotFinite();
        }
        double y = new BigDecimal(x).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN)).doubleValue();
        if (Double.isInfinite(y)) { // next to Double.MAX_VALUE, rounding up leaves the doubles
            y = new BigDecimal(x).round(new java.math.MathContext(digits, RoundingMode.DOWN)).doubleValue();
        }
        return shortest(y);
    }

    /** @return the number of significant digits of a number written by {@link #shortest} */
    static int significantDigits(String s) {
        int n = 0;
        int lastNonZero = 0;
        boolean started = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e') {
                break;
            }
            if (c >= '0' && c <= '9') {
                if (c != '0' || started) {
                    started = true;
                    n++;
                    if (c != '0') {
                        lastNonZero = n;
                    }
                }
            }
        }
        return lastNonZero;
    }

    /** @return whether {@code s} is a number in JSON's grammar, exactly as written ({@code -0.5}, {@code 1e-4}; not {@code +1}, {@code .5}, {@code 01}) */
    public static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else if (s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
        } else {
            return false;
        }
        if (i < n && s.charAt(i) == '.') {
            int d = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int d = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == d) {
                return false;
            }
        }
        return i == n;
    }

    /** Appends {@code x} with exactly {@code decimals} decimals (0 to 18) to {@code out}. */
    public static void fixed(Utf8Buffer out, double x, int decimals) {
        double p = POW10[decimals];
        double scaled = x * p;
        if (Math.abs(scaled) < 0x1p52) {
            appendScaled(out, roundHalfEven(x, p, scaled), decimals); // -0.00001 prints as 0.0000
            return;
        }
        String exact = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        out.append(exact.startsWith("-") && isZero(exact) ? exact.substring(1) : exact);
    }

    /**
     * Rounds the exact product {@code x·p} half-to-even, where {@code p} is a power of ten (exact as a
     * double) and {@code scaled} is the product as computed, below 2^52 in magnitude. The product's
     * rounding error {@code err = fma(x, p, -scaled)} is exact, so {@code scaled + err} is the exact
     * product. Its fraction {@code f = scaled - floor(scaled)} is exact too and a multiple of
     * ulp(scaled) ≥ 2|err|: unless {@code f} is exactly one half, {@code err} cannot carry the product
     * across the half, and rounding {@code scaled} is right; at exactly one half the sign of
     * {@code err} decides, and only a zero {@code err} is a true tie (to even).
     */
    static long roundHalfEven(double x, double p, double scaled) {
        double floor = Math.floor(scaled);
        if (scaled - floor != 0.5) {
            return (long) Math.rint(scaled);
        }
        double err = Math.fma(x, p, -scaled);
        long down = (long) floor;
        if (err > 0) {
            return down + 1;
        }
        if (err < 0) {
            return down;
        }
        return down + (down & 1);
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code x} with {@code decimals} decimals, except a non-zero value that would print as
     * zero (2.2e-5 at 3 decimals): that one keeps {@code decimals} significant digits in scientific
     * notation ({@code 2.22e-5}), so that no small quantity is wiped out by the rounding.
     */
    public static void fixedOrSmall(Utf8Buffer out, double x, int decimals) {
        if (x != 0 && Math.abs(x) < HALF_UNIT[decimals]) {
            out.append(significant(x, Math.max(1, decimals), true));
            return;
        }
        fixed(out, x, decimals);
    }

    /** @return {@code x} with exactly {@code decimals} decimals */
    public static String fixed(double x, int decimals) {
        Utf8Buffer b = new Utf8Buffer(24);
        fixed(b, x, decimals);
        return b.toString();
    }

    /** Appends the integer {@code v}. */
    public static void integer(Utf8Buffer out, long v) {
        if (v == Long.MIN_VALUE) {
            out.append(Long.toString(v));
            return;
        }
        appendScaled(out, v, 0);
    }

    /** Writes {@code v / 10^decimals} straight into the buffer's bytes, two digits at a time. */
    private static void appendScaled(Utf8Buffer out, long v, int decimals) {
        boolean negative = v < 0;
        long u = negative ? -v : v;
        int digits = decimals + 1; // at least one before the point: 0.0012, not .0012
        while (digits < LONG_POW10.length && u >= LONG_POW10[digits]) {
            digits++;
        }
        int len = digits + (decimals > 0 ? 1 : 0) + (negative ? 1 : 0);
        byte[] b = out.room(len);
        int end = out.size + len;
        if (negative) {
            b[out.size] = '-';
        }
        if (decimals > 0) {
            int point = end - decimals - 1;
            b[point] = '.';
            digitsInto(b, point, digitsInto(b, end, u, decimals), digits - decimals);
        } else {
            digitsInto(b, end, u, digits);
        }
        out.size = end;
    }

    /**
     * Writes the last {@code count} digits of {@code u} (zero-padded) so that they end before
     * {@code end}. Divisions by constants only, which the JIT turns into multiplications.
     *
     * @return {@code u} without those digits ({@code u / 10^count})
     */
    private static long digitsInto(byte[] b, int end, long u, int count) {
        int p = end;
        int left = count;
        while (u > Integer.MAX_VALUE && left >= 2) {
            long q = u / 100;
            int r = (int) (u - q * 100);
            b[--p] = ONES[r];
            b[--p] = TENS[r];
            u = q;
            left -= 2;
        }
        if (u > Integer.MAX_VALUE) { // no digit, or one, left to write of a long
            if (left == 0) {
                return u;
            }
            long q = u / 10;
            b[--p] = (byte) ('0' + (u - q * 10));
            return q;
        }
        int v = (int) u; // the rest in int arithmetic, which divides faster
        while (left >= 2) {
            int q = v / 100;
            int r = v - q * 100;
            b[--p] = ONES[r];
            b[--p] = TENS[r];
            v = q;
            left -= 2;
        }
        if (left == 1) {
            int q = v / 10;
            b[--p] = (byte) ('0' + v - q * 10);
            v = q;
        }
        return v;
    }

    /**
     * @return {@code x} for people: to 5 significant digits, plain between 1e-4 and 1e9, trailing zeros
     *     dropped; or with the decimals of this run's {@code --precision} in text ({@link TextStyle})
     */
    public static String human(double x) {
        Integer p = TextStyle.current().precision();
        if (p == null) {
            return significant(x, 5);
        }
        if (!Double.isFinite(x)) {
            throw new NotFinite();
        }
        Utf8Buffer b = new Utf8Buffer(24);
        fixedOrSmall(b, x, p);
        return b.toString();
    }

    /** @return {@code x} to {@code digits} significant digits, trailing zeros dropped */
    public static String significant(double x, int digits) {
        return significant(x, digits, false);
    }

    private static String significant(double x, int digits, boolean keepZeros) {
        if (x == 0) {
            return "0";
        }
        if (!Double.isFinite(x)) {
            throw new NotFinite();
        }
        BigDecimal b = new BigDecimal(x).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN));
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e9 && !keepZeros) {
            String s = b.stripTrailingZeros().toPlainString();
            return s;
        }
        String s = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", x);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.indexOf('.') >= 0 && !keepZeros) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + "e" + Integer.parseInt(s.substring(e + 1));
    }

    /**
     * A number to print for people that is not finite: an intermediate value of a calculation
     * overflowed. The calculation layer turns it into an input error naming the inputs.
     */
    public static final class NotFinite extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        NotFinite() {
            super("a value to print is not finite");
        }
    }
}
