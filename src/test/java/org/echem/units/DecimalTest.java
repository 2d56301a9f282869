package org.echem.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The short path of number reading must give the very double the JDK gives, bit for bit. */
class DecimalTest {
    @ParameterizedTest
    @ValueSource(strings = {"140", "-89.0587", "0.000123", "1e-4", "1.5E+3", "-0", "0.0", "+7", "1.", ".5",
        "9007199254740993", "123456789012345", "1234567890123456", "0.1", "0.3", "2.2250738585072014e-308",
        "4.9e-324", "1.7976931348623157e308", "1e22", "1e23", "8.41e21", "123456789012345e-22", "99999999999999.99"})
    void knownCases(String s) {
        assertThat(Decimal.parse(s, 0, s.length())).isEqualTo(Double.parseDouble(s));
        assertThat(Double.doubleToRawLongBits(Decimal.parse(s, 0, s.length())))
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @Property(tries = 20000, seed = "42")
    void sameAsTheJdk(@ForAll boolean negative, @ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long whole,
            @ForAll @IntRange(min = 0, max = 18) int wholeDigits, @ForAll @LongRange(min = 0, max = 999_999_999_999L) long frac,
            @ForAll @IntRange(min = -1, max = 12) int fracDigits, @ForAll @IntRange(min = -40, max = 40) int exp,
            @ForAll boolean withExp) {
        String w = Long.toString(whole);
        w = w.substring(0, Math.min(w.length(), Math.max(1, wholeDigits)));
        String f = fracDigits < 0 ? "" : "." + String.format("%012d", frac).substring(0, fracDigits);
        String s = (negative ? "-" : "") + w + f + (withExp ? "e" + exp : "");
        assertThat(Double.doubleToRawLongBits(Decimal.parse(s, 0, s.length())))
                .as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    @Property(tries = 2000, seed = "7")
    void readsAPartOfTheText(@ForAll @IntRange(min = 0, max = 1_000_000) int n, @ForAll @IntRange(min = 0, max = 6) int d) {
        String num = new java.math.BigDecimal(n).scaleByPowerOfTen(-d).toPlainString();
        String s = "x" + num + "mM";
        assertThat(Decimal.parse(s, 1, 1 + num.length())).isEqualTo(Double.parseDouble(num));
    }

    /** The short path takes the numbers it can do exactly, and gives the JDK's double for each. */
    @ParameterizedTest
    @ValueSource(strings = {"140", "-89.0587", "+7", "0.000123", "1e-4", "1.5E+3", "2.5e-5", "123456789012345",
        "-999999999999999", "0.123456789012345", "1e22", "1e-22", "123456789012345e7", "12345678901234.5e-8",
        "0", "-0", "0.0e-300", "0e999", "1.", ".5", "007", "0.000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000001e100"})
    void shortPathTakes(String s) {
        assertThat(Double.doubleToRawLongBits(Decimal.shortPath(s, 0, s.length())))
                .as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }

    /** Too many digits, an exponent too large, or not a plain number: left to the full parser. */
    @ParameterizedTest
    @ValueSource(strings = {"1234567890123456", "0.1234567890123456", "1e23", "1e-23", "123456789012345e23",
        "1.5e1000", "1e", "1e+", "1e-", "1x", "1e5x", "1.2.3", "", "-", ".", "e5", "abc", "1e0500"})
    void shortPathDeclines(String s) {
        assertThat(Decimal.shortPath(s, 0, s.length())).as(s).isNaN();
    }

    @Property(tries = 5000, seed = "3")
    void shortPathIsExactOrDeclines(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long m,
            @ForAll @IntRange(min = -30, max = 30) int exp, @ForAll boolean negative) {
        String s = (negative ? "-" : "") + m + "e" + exp;
        double x = Decimal.shortPath(s, 0, s.length());
        boolean exact = Long.toString(m).replaceFirst("^0+(?=.)", "").length() <= 15 && Math.abs(exp) <= 22;
        if (exact || m == 0) {
            assertThat(Double.doubleToRawLongBits(x)).as(s).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } else {
            assertThat(x).as(s).isNaN();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e5", "abc"})
    void notANumber(String s) {
        assertThatThrownBy(() -> Decimal.parse(s, 0, s.length())).isInstanceOf(NumberFormatException.class);
    }
}
