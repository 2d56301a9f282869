package org.echem.core;

/**
 * Argument checks written so that NaN fails them: each test is phrased as the valid case
 * ({@code if (x > 0) return}), and everything else, NaN included, throws.
 *
 * <p>{@code what} names the quantity: a message key ({@code core.what.…}, formatted with {@code arg}
 * in the language in use) or a symbol written as it is ({@code "R"}, {@code "pH"}). It is looked up only
 * when the check fails, so the checks cost nothing on the batch path.
 */
public final class Require {
    private Require() {}

    /** @return {@code x} when it is finite and strictly positive */
    public static double positive(double x, String what) {
        return positive(x, what, null);
    }

    /** @return {@code x} when it is finite and strictly positive; {@code what} is formatted with {@code arg} */
    public static double positive(double x, String what, Object arg) {
        if (x > 0 && x < Double.POSITIVE_INFINITY) {
            return x;
        }
        throw new DomainException(Msg.text("core.require.positive", Msg.what(what, arg), String.valueOf(x)));
    }

    /** @return {@code x} when it is finite and not negative */
    public static double nonNegative(double x, String what) {
        return nonNegative(x, what, null);
    }

    /** @return {@code x} when it is finite and not negative; {@code what} is formatted with {@code arg} */
    public static double nonNegative(double x, String what, Object arg) {
        if (x >= 0 && x < Double.POSITIVE_INFINITY) {
            return x;
        }
        throw new DomainException(Msg.text("core.require.nonNegative", Msg.what(what, arg), String.valueOf(x)));
    }

    /** @return {@code x} when it is finite */
    public static double finite(double x, String what) {
        if (Double.isFinite(x)) {
            return x;
        }
        throw new DomainException(Msg.text("core.require.finite", Msg.what(what, null), String.valueOf(x)));
    }

    /** @return {@code z} when it is not zero */
    public static int nonZero(int z, String what) {
        return nonZero(z, what, null);
    }

    /** @return {@code z} when it is not zero; {@code what} is formatted with {@code arg} */
    public static int nonZero(int z, String what, Object arg) {
        if (z != 0) {
            return z;
        }
        throw new DomainException(Msg.text("core.require.nonZero", Msg.what(what, arg)));
    }

    /** @return {@code x}, which the caller computed, when it is finite; otherwise the law has no answer here */
    public static double finiteResult(double x, String what) {
        return finiteResult(x, what, null);
    }

    /** As {@link #finiteResult(double, String)}, {@code what} formatted with {@code arg}. */
    public static double finiteResult(double x, String what, Object arg) {
        if (Double.isFinite(x)) {
            return x;
        }
        // the message names no NaN or Infinity: it may end up in an output cell (--on-error mark)
        throw new DomainException(Msg.text(Double.isNaN(x) ? "core.require.undefined" : "core.require.overflow",
                Msg.what(what, arg)));
    }
}
