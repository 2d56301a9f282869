package org.echem.grading;

import org.echem.calc.Calculation;
import org.echem.calc.Explain;
import org.echem.calc.Inputs;
import org.echem.calc.Source;
import org.echem.io.Field;
import org.echem.io.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echem.core.ConstantSet;
import org.echem.core.Ion;
import org.echem.io.Numbers;
import org.echem.units.Kind;

/**
 * Names the likely mistake behind a wrong answer (SPEC §5). Each candidate mistake is tried in a
 * fixed order, and a hint is given only when the answer, so corrected, falls within the tolerance:
 *
 * <ol>
 *   <li>sign flipped (−answer fits; a word: the opposite direction), or in/out swapped (recomputed
 *       with inside and outside exchanged);</li>
 *   <li>log10 used where ln belongs (answer × ln 10 fits, or recomputed at T/ln 10, which scales
 *       every RT/F by 1/ln 10), or the reverse (answer ÷ ln 10);</li>
 *   <li>wrong valence (answer ÷ z fits: computed with z = +1; answer × z fits: divided by z
 *       twice; or recomputed with z = +1 or −1);</li>
 *   <li>V vs mV (answer × 1000 or ÷ 1000 fits);</li>
 *   <li>°C used as K (recomputed with T = the Celsius value in K, e.g. 37 K);</li>
 *   <li>textbook constants (recomputed with the other constants set);</li>
 *   <li>temperature left at another default (recomputed at 37, 25 or 20 °C).</li>
 * </ol>
 *
 * <p>Recomputations run the problem's own {@link Calculation} on a {@link ModifiedSource}. A
 * recomputed value counts only when it differs from the correct one by more than the tolerance
 * (a mistake that does not change the result explains nothing); one that fails gives no hint.
 */
public final class Hints {
    private static final double LN10 = Math.log(10);
    private static final Map<String, String> OPPOSITE = Map.of("influx", "efflux", "efflux", "influx",
            "inward", "outward", "outward", "inward", "depolarizing", "hyperpolarizing",
            "hyperpolarizing", "depolarizing", "positive", "negative", "negative", "positive");

    private final Calculation calc;
    private final Source src;
    private final String select;
    private final int index;
    private final String quantity;
    private final Check.Tolerance tol;
    private final Field field;
    private final Kind kind;

    /**
     * @param src the problem's inputs
     * @param select the problem's {@code select}, or null
     * @param index the position of the graded row among the calculation's rows
     * @param tol the tolerance (null for words)
     */
    Hints(Calculation calc, Source src, String select, int index, String quantity, Check.Tolerance tol, Field field,
            Kind kind) {
        this.calc = calc;
        this.src = src;
        this.select = select;
        this.index = index;
        this.quantity = quantity;
        this.tol = tol;
        this.field = field;
        this.kind = kind;
    }

    /** @return the likely mistake behind {@code answer} (wrong) for {@code expected}, or null */
    Hint find(double expected, double answer, Row row) {
        boolean sign = expected != 0 && fits(-answer, expected);
        boolean swap = recomputedFits(ModifiedSource.swapped(src), expected, answer);
        if (sign || swap) {
            return Hint.of(sign && swap ? "check.hint.sign_or_swap" : sign ? "check.hint.sign" : "check.hint.swap");
        }
        if (fits(answer * LN10, expected)) {
            return Hint.of("check.hint.log10");
        }
        if (fits(answer / LN10, expected)) {
            return Hint.of("check.hint.ln");
        }
        Double t = temperature();
        if (t != null && recomputedFits(ModifiedSource.with(src, "temp", kelvin(t / LN10)), expected, answer)) {
            return Hint.of("check.hint.log10");
        }
        Integer z = valence(row);
        if (z != null && Math.abs(z) != 1) {
            if (fits(answer / z, expected)) {
                return Hint.of("check.hint.valence", Ion.signed(1), Ion.signed(z));
            }
            if (fits(answer * z, expected)) {
                return Hint.of("check.hint.valence_twice", Ion.signed(z));
            }
        }
        Hint v = valenceRecomputed(z, expected, answer);
        if (v != null) {
            return v;
        }
        if (!field.unit().isEmpty() && (fits(answer * 1000, expected) || fits(answer / 1000, expected))) {
            return Hint.of(kind == Kind.VOLTAGE ? "check.hint.v_mv" : "check.hint.prefix");
        }
        return recomputations(t, expected, answer);
    }

    /** @return the likely mistake behind the word {@code answer} for {@code expected}, or null */
    Hint findWord(String expected, String answer) {
        String a = answer.strip();
        boolean sign = expected.equalsIgnoreCase(OPPOSITE.get(a.toLowerCase(java.util.Locale.ROOT)));
        boolean swap = recomputedFits(ModifiedSource.swapped(src), expected, a);
        if (sign || swap) {
            return Hint.of(sign && swap ? "check.hint.sign_or_swap" : sign ? "check.hint.sign" : "check.hint.swap");
        }
        Double t = temperature();
        if (t != null && recomputedFits(ModifiedSource.with(src, "temp", kelvin(t / LN10)), expected, a)) {
            return Hint.of("check.hint.log10");
        }
        Hint v = valenceRecomputed(null, expected, a);
        if (v != null) {
            return v;
        }
        return recomputations(t, expected, a);
    }

    /** °C used as K, the other constants set, another default temperature. */
    private Hint recomputations(Double t, Object expected, Object answer) {
        if (t != null && t - 273.15 > 0) {
            String asKelvin = kelvin(t - 273.15);
            if (recomputedFits(ModifiedSource.with(src, "temp", asKelvin), expected, answer)) {
                return Hint.of("check.hint.celsius_as_kelvin", Numbers.human(t - 273.15));
            }
        }
        ConstantSet k = constants();
        if (k != null) {
            ConstantSet other = k == ConstantSet.TEXTBOOK ? ConstantSet.CODATA2018 : ConstantSet.TEXTBOOK;
            if (recomputedFits(ModifiedSource.with(src, "constants", other.name()), expected, answer)) {
                return Hint.of(other == ConstantSet.TEXTBOOK ? "check.hint.textbook" : "check.hint.codata");
            }
        }
        if (t != null) {
            for (int c : new int[] {37, 25, 20}) {
                if (Math.abs(t - (c + 273.15)) > 1e-6
                        && recomputedFits(ModifiedSource.with(src, "temp", c + "C"), expected, answer)) {
                    return Hint.of("check.hint.temperature", c, Numbers.human(t - 273.15));
                }
            }
        }
        return null;
    }

    /** Recomputes with z = +1 or −1 in place of the problem's valence (a single ion given by ion/z). */
    private Hint valenceRecomputed(Integer zRow, Object expected, Object answer) {
        if (!(src.text("ion") != null || src.text("z") != null) || !src.entries("in").isEmpty()
                || !src.entries("out").isEmpty()) {
            return null;
        }
        Integer z = zRow;
        if (z == null) {
            try {
                Ion ion = new Inputs(src).ionOrNull();
                z = ion == null ? null : ion.z();
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (z == null) {
            return null;
        }
        for (int w : new int[] {1, -1}) {
            if (w != z && recomputedFits(ModifiedSource.with(src, "ion", null).and("z", Integer.toString(w)),
                    expected, answer)) {
                return Hint.of("check.hint.valence", Ion.signed(w), Ion.signed(z));
            }
        }
        return null;
    }

    private boolean fits(double corrected, double expected) {
        return tol.accepts(corrected, expected);
    }

    /**
     * @return whether the problem recomputed on {@code modified} gives {@code answer} (within the
     *     tolerance of the recomputed value) and differs from {@code expected} by more than it
     */
    private boolean recomputedFits(Source modified, Object expected, Object answer) {
        Object v = recompute(modified);
        if (v instanceof Number && expected instanceof Number && answer instanceof Number) {
            double r = ((Number) v).doubleValue();
            double e = ((Number) expected).doubleValue();
            return tol.accepts(((Number) answer).doubleValue(), r) && !tol.accepts(r, e) && !tol.accepts(e, r);
        }
        if (v instanceof String && expected instanceof String && answer instanceof String) {
            String word = ((String) v).strip();
            return word.equalsIgnoreCase((String) answer) && !word.equalsIgnoreCase((String) expected);
        }
        return false;
    }

    /** @return the graded quantity computed on {@code modified}, or null when that fails */
    private Object recompute(Source modified) {
        List<Row> rows = new ArrayList<>(4);
        try {
            calc.compute(new Inputs(modified), rows, Explain.NONE);
        } catch (RuntimeException e) {
            return null; // the modified problem has no answer: no hint from it
        }
        Row row = null;
        if (rows.size() == 1) {
            row = rows.get(0);
        } else if (select != null) {
            int i = Check.selected(rows, select);
            row = i >= 0 ? rows.get(i) : null;
        }
        if (row == null && index < rows.size()) {
            row = rows.get(index);
        }
        return row == null || !row.schema().has(quantity) ? null : row.get(quantity);
    }

    private Double temperature() {
        try {
            return new Inputs(src).temperature();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ConstantSet constants() {
        try {
            return new Inputs(src).constants();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer valence(Row row) {
        if (row.schema().has("z") && row.get("z") instanceof Number) {
            return ((Number) row.get("z")).intValue();
        }
        return null;
    }

    private static String kelvin(double k) {
        return Numbers.shortest(k) + "K";
    }
}
