package org.echem.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers in the messages of {@link DomainException}: 6 significant digits, no trailing zeros. */
final class Msg {
    private Msg() {}

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
