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

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "e5", "abc"})
    void notANumber(String s) {
        assertThatThrownBy(() -> Decimal.parse(s, 0, s.length())).isInstanceOf(NumberFormatException.class);
    }
}
