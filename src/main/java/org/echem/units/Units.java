package org.echem.units;

import org.echem.lang.Message;

/**
 * Parses a value with an optional unit: {@code 140mM}, {@code 140 mM}, {@code -70mV},
 * {@code 1e-4 mM}, {@code 37C}, {@code 2.5µM}, {@code 1e/250A2}. A bare number takes the kind's
 * default unit (or the one given by the caller, such as a CSV header's {@code in_uM}).
 */
public final class Units {
    private Units() {}

    /** Parses {@code text} as a value of {@code kind}, a bare number taking the kind's default unit. */
    public static Quantity parse(String text, Kind kind) {
        return parse(text, kind, null);
    }

    /**
     * Parses {@code text} as a value of {@code kind}.
     *
     * @param bareUnit the unit of a bare number, or null for the kind's default
     * @throws UnitException naming the text and the accepted units when it is not such a value
     */
    public static Quantity parse(String text, Kind kind, Unit bareUnit) {
        double plain = plainSi(text, kind, bareUnit);
        if (plain == plain) {
            return new Quantity(plain, bareUnit != null ? bareUnit : kind.defaultUnit());
        }
        String s = org.echem.lang.Wide.narrow(text).strip(); // －７０ｍＶ as -70mV
        if (!s.isEmpty() && s.charAt(0) == '\u2212') {
            s = '-' + s.substring(1);
        }
        int end = numberEnd(s);
        if (end == 0) {
            throw notANumber(text, kind);
        }
        double x;
        try {
            x = Decimal.parse(s, 0, end);
        } catch (NumberFormatException ex) {
            throw notANumber(text, kind);
        }
        if (!Double.isFinite(x)) {
            throw UnitException.of("units.too_large", text);
        }
        Unit unit;
        if (end == s.length()) {
            unit = bareUnit != null ? bareUnit : kind.defaultUnit();
        } else {
            unit = unitOf(s.substring(end).strip(), kind, text);
        }
        double si = unit.toSi(x);
        if (!Double.isFinite(si)) {
            throw UnitException.of("units.too_large", text);
        }
        return new Quantity(si, unit);
    }

    /**
     * The short path of {@link #parse}: a text that is a plain number and nothing else (a CSV cell
     * mostly is), in the unit of a bare number.
     *
     * @param bareUnit the unit of a bare number, or null for the kind's default
     * @return its value in SI units, finite; NaN when the text is anything else (then {@link #parse}
     *     reads it, or says what is wrong with it)
     */
    public static double plainSi(String text, Kind kind, Unit bareUnit) {
        double plain = Decimal.shortPath(text, 0, text.length());
        if (plain != plain) {
            return Double.NaN;
        }
        double si = (bareUnit != null ? bareUnit : kind.defaultUnit()).toSi(plain);
        return Double.isFinite(si) ? si : Double.NaN;
    }

    /**
     * Parses a concentration that may be written as a pH ({@code pH7.2}, {@code pH 7.2}, = 10^−7.2 M,
     * SPEC §7): the one place where a concentration of a known ion is read.
     *
     * @param hydrogen whether the concentration is that of H⁺, the only ion a pH may stand for
     * @param ion the ion's name for the message when it is not H⁺ (may be null: "this ion")
     * @param bareUnit the unit of a bare number, or null for mM
     * @throws UnitException naming the text when it is not a concentration, or a pH for another ion
     */
    public static Quantity concentration(String text, boolean hydrogen, String ion, Unit bareUnit) {
        if (!isPh(text)) {
            return parse(text, Kind.CONCENTRATION, bareUnit);
        }
        if (!hydrogen) {
            throw UnitException.of("units.ph_other_ion", text,
                    ion == null ? org.echem.lang.Message.of("units.this_ion") : ion, expecting(Kind.CONCENTRATION));
        }
        String rest = text.strip().substring(2);
        double ph;
        try {
            ph = number(rest);
        } catch (UnitException | NumberFormatException e) {
            throw UnitException.of("units.not_ph", text);
        }
        try {
            return new Quantity(org.echem.core.Ph.concentration(ph), Kind.CONCENTRATION.unit("M"));
        } catch (org.echem.core.DomainException e) {
            throw UnitException.of("units.quoted", text, e.getMessage());
        }
    }

    /** @return whether {@code text} is written as a pH: it starts with {@code pH} (any case) */
    public static boolean isPh(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && text.charAt(i) == ' ') {
            i++;
        }
        return i + 1 < n && (text.charAt(i) == 'p' || text.charAt(i) == 'P')
                && (text.charAt(i + 1) == 'H' || text.charAt(i + 1) == 'h');
    }

    /**
     * Parses a plain number without a unit ({@code 78.5}, {@code -1.5e-3}, {@code 1.5}).
     *
     * @return the number, finite
     * @throws UnitException naming the text when it is not a finite plain number
     */
    public static double number(String text) {
        String s = org.echem.lang.Wide.narrow(text).strip();
        if (!s.isEmpty() && s.charAt(0) == '\u2212') {
            s = '-' + s.substring(1);
        }
        int end = numberEnd(s);
        if (end == 0 || end != s.length()) {
            throw UnitException.of("units.not_plain", text);
        }
        double x = Decimal.parse(s, 0, end);
        if (!Double.isFinite(x)) {
            throw UnitException.of("units.too_large", text);
        }
        return x;
    }

    /**
     * Looks up a unit written on its own, as in a CSV header {@code in_uM}.
     *
     * @throws UnitException when {@code symbol} is not a unit of {@code kind}
     */
    public static Unit unit(String symbol, Kind kind) {
        Unit u = kind.unit(symbol); // the common case, a unit written plainly
        if (u != null && !symbol.isEmpty()) {
            return u;
        }
        return unitOf(symbol.strip(), kind, symbol);
    }

    private static Unit unitOf(String written, Kind kind, String text) {
        String symbol = fold(written);
        Unit u = kind.unit(symbol);
        if (u != null && !symbol.isEmpty()) {
            return u;
        }
        if (kind == Kind.SURFACE_CHARGE && symbol.startsWith("e/")) {
            Unit perCount = chargePerArea(symbol, text);
            if (perCount != null) {
                return perCount;
            }
        }
        for (Kind other : Kind.values()) {
            Unit v = other.unit(symbol);
            if (other != kind && v != null && !symbol.isEmpty()) {
                throw UnitException.of("units.other_kind", text, other.article(), written, expecting(kind));
            }
        }
        String near = kind.caseInsensitiveMatch(symbol);
        if (near != null) {
            throw UnitException.of("units.unknown_unit_case", text, written, expecting(kind), near);
        }
        throw UnitException.of("units.unknown_unit", text, written, expecting(kind));
    }

    /** {@code e/250A2}: one elementary charge per 250 Å²; the count may be omitted ({@code e/nm2}). */
    private static Unit chargePerArea(String symbol, String text) {
        String rest = symbol.substring(2);
        int end = numberEnd(rest);
        double count = 1;
        if (end > 0) {
            try {
                count = Double.parseDouble(rest.substring(0, end));
            } catch (NumberFormatException ex) {
                return null;
            }
        }
        Unit area = Kind.AREA.unit(rest.substring(end).strip());
        if (area == null || !(count > 0 && count < Double.POSITIVE_INFINITY)) {
            return null;
        }
        double perM2 = area.toSi(count);
        return new Unit(symbol, false, false, 1.602176634e-19, perM2, 0);
    }

    /** Folds the micro signs µ (U+00B5) and μ (U+03BC) to u, and ² ³ to 2 3. */
    static String fold(String symbol) {
        if (symbol.indexOf('µ') < 0 && symbol.indexOf('μ') < 0 && symbol.indexOf('²') < 0
                && symbol.indexOf('³') < 0) {
            return symbol;
        }
        return symbol.replace('µ', 'u').replace('μ', 'u').replace('²', '2').replace('³', '3');
    }

    /** @return "a concentration (M, mM, …; a bare number is mM)", in the language in use */
    public static String expected(Kind kind) {
        return expecting(kind).text();
    }

    /** @return "a concentration (M, mM, …; a bare number is mM)", to be said in any language */
    public static org.echem.lang.Message expecting(Kind kind) {
        return kind.bare().key() != null // "relative", a word rather than a unit
                ? org.echem.lang.Message.of("units.expected_relative", kind.article(), kind.units())
                : org.echem.lang.Message.of("units.expected", kind.article(), kind.units(), kind.bare());
    }

    private static UnitException notANumber(String text, Kind kind) {
        return UnitException.of("units.not_number", text, expecting(kind));
    }

    /**
     * The length of the leading number: sign, digits, point, digits, and an exponent only when
     * digits follow the {@code e} (so {@code 1e/250A2} reads as 1 followed by {@code e/250A2}).
     */
    static int numberEnd(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return 0;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }
}
