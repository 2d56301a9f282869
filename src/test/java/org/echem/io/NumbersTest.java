package org.echem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest
    @CsvSource({"1, 1", "-1300, -1300", "-89.05869403673188, -89.05869403673188", "2.5e-5, 2.5e-5",
        "1e-4, 1e-4", "0.001, 0.001", "1e22, 1e22", "0, 0"})
    void shortest(double x, String text) {
        assertThat(Numbers.shortest(x)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"-89.05869403673188, 4, -89.0587", "0.00004, 4, 0.0000", "-0.00004, 4, 0.0000",
        "1.5, 0, 2", "2.5, 0, 2", "0.125, 2, 0.12", "1.03125, 4, 1.0312", "-0.5, 0, 0", "123456789.123, 2, 123456789.12", "1e20, 1, 100000000000000000000.0"})
    void fixed(double x, int decimals, String text) {
        assertThat(Numbers.fixed(x, decimals)).isEqualTo(text);
    }

    @Property(tries = 2000, seed = "42")
    void fixedEqualsExactHalfEvenRounding(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x,
            @ForAll @IntRange(min = 0, max = 8) int d) {
        assertThat(Numbers.fixed(x, d)).isEqualTo(exact(x, d));
    }

    /** Scaled values beyond an int (digits written in long arithmetic), up to the 2^52 of the fast path. */
    @Property(tries = 3000, seed = "42")
    void fixedWritesLargeScaledValues(@ForAll @DoubleRange(min = -4e15, max = 4e15) double scaled,
            @ForAll @IntRange(min = 0, max = 15) int d) {
        double x = scaled / Math.pow(10, d);
        assertThat(Numbers.fixed(x, d)).as("%s at %d decimals", x, d).isEqualTo(exact(x, d));
    }

    @Property(tries = 2000, seed = "42")
    void integersAsLongToString(@ForAll long v) {
        Utf8Buffer b = new Utf8Buffer(4);
        Numbers.integer(b, v);
        assertThat(b.toString()).isEqualTo(Long.toString(v));
    }

    /**
     * Near-ties, where a cheap rounding goes wrong: decimals written with one digit more than kept,
     * ending in 5 ({@code 9.13745} at 4 decimals, never exactly a tie in binary), and exact binary
     * ties ({@code k/2^m}, such as 2.5 or 1.03125).
     */
    @Property(tries = 5000, seed = "7")
    void fixedRoundsNearTiesAsTheExactValue(@ForAll @IntRange(min = -2_000_000, max = 2_000_000) int n,
            @ForAll @IntRange(min = 0, max = 8) int d, @ForAll @IntRange(min = 0, max = 12) int m) {
        double decimalTie = Double.parseDouble(new BigDecimal(n).scaleByPowerOfTen(-d - 1).toPlainString() + "5");
        double binaryTie = Math.scalb((double) n, -m);
        for (double x : new double[] {decimalTie, binaryTie, -decimalTie}) {
            assertThat(Numbers.fixed(x, d)).as("%s at %d decimals", x, d).isEqualTo(exact(x, d));
        }
    }

    /** @return x rounded half-to-even at d decimals, exactly (BigDecimal), without a sign on zero */
    private static String exact(double x, int d) {
        String exact = new BigDecimal(x).setScale(d, RoundingMode.HALF_EVEN).toPlainString();
        return exact.startsWith("-") && new BigDecimal(exact).signum() == 0 ? exact.substring(1) : exact;
    }

    @Property(tries = 1000, seed = "42")
    void shortestRoundTrips(@ForAll double x) {
        if (Double.isFinite(x)) {
            assertThat(Double.parseDouble(Numbers.shortest(x))).isEqualTo(x);
        }
    }

    @Test
    void human() {
        assertThat(Numbers.human(-89.05869403673188)).isEqualTo("-89.059");
        assertThat(Numbers.human(2.2209149263418944e-5)).isEqualTo("2.2209e-5");
        assertThat(Numbers.human(140)).isEqualTo("140");
    }
}
