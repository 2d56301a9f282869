package org.echem.core;

/**
 * Argument checks written so that NaN fails them: each test is phrased as the valid case
 * ({@code if (x > 0) return}), and everything else, NaN included, throws.
 */
public final class Require {
    private Require() {}

    /** @return {@code x} when it is finite and strictly positive */
    public static double positive(double x, String what) {
        if (x > 0 && x < Double.POSITIVE_INFINITY) {
            return x;
        }
        throw new DomainException(what + " must be a finite number > 0, got " + x);
    }

    /** @return {@code x} when it is finite and not negative */
    public static double nonNegative(double x, String what) {
        if (x >= 0 && x < Double.POSITIVE_INFINITY) {
            return x;
        }
        throw new DomainException(what + " must be a finite number ≥ 0, got " + x);
    }

    /** @return {@code x} when it is finite */
    public static double finite(double x, String what) {
        if (Double.isFinite(x)) {
            return x;
        }
        throw new DomainException(what + " must be a finite number, got " + x);
    }

    /** @return {@code z} when it is not zero */
    public static int nonZero(int z, String what) {
        if (z != 0) {
            return z;
        }
        throw new DomainException(what + " must not be 0");
    }

    /** @return {@code x}, which the caller computed, when it is finite; otherwise the law has no answer here */
    public static double finiteResult(double x, String what) {
        if (Double.isFinite(x)) {
            return x;
        }
        // the message names no NaN or Infinity: it may end up in an output cell (--on-error mark)
        throw new DomainException(what + " is out of range (" + (Double.isNaN(x) ? "undefined for these values"
                : "its magnitude would exceed 1.8e308") + ")");
    }
}
