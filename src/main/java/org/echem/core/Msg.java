package org.echem.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The messages of {@link DomainException} and {@link NoConvergenceException}: sentences from the
 * bundles of {@link org.echem.lang.Msg} in the language in use, numbers to 6 significant digits.
 */
final class Msg {
    private Msg() {}

    /** @return the message {@code key} in the language in use, formatted with {@code args} */
    static String text(String key, Object... args) {
        return org.echem.lang.Msg.text(key, args);
    }

    /**
     * @return the name of a quantity: message {@code what} (a key {@code core.…}) formatted with
     *     {@code arg}, or {@code what} itself, a symbol such as {@code R} or {@code pH}
     */
    static String what(String what, Object arg) {
        if (!what.startsWith("core.")) {
            return what;
        }
        return arg == null ? text(what) : text(what, arg);
    }

    /** @return {@code x} to 6 significant digits, plain notation, trailing zeros dropped */
    static String num(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(x).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double a = Math.abs(x);
        return a >= 1e-4 && a < 1e9 ? b.toPlainString() : b.toString();
    }
}
