package org.echem.grading;

import org.echem.calc.Calculation;
import org.echem.calc.Subcommand;
import org.echem.calc.Explain;
import org.echem.calc.Inputs;
import org.echem.calc.RowSource;
import org.echem.io.Field;
import org.echem.io.InputException;
import org.echem.io.Row;
import org.echem.io.Schema;
import org.echem.lang.Lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.core.NoConvergenceException;
import org.echem.io.Numbers;
import org.echem.units.Kind;
import org.echem.units.Quantity;
import org.echem.units.Unit;
import org.echem.units.UnitException;
import org.echem.units.Units;

/**
 * SPEC §5: grades one homework problem. The problem row is a {@link RowSource} over the command
 * line's defaults, exactly as a {@code --csv} batch row; the expected value comes from the named
 * subcommand's {@link Calculation} (no second code path), the answer is read in the unit of the
 * quantity's field, and a wrong answer gets a {@link Hints hint} where one fits.
 */
public final class Check {
    /** The columns every check file needs. */
    static final List<String> REQUIRED = List.of("id", "command", "quantity", "answer");

    /** The outcome of one problem. */
    enum Verdict {
        CORRECT, INCORRECT, ERROR;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One graded problem.
     *
     * @param id the problem's id as written
     * @param quantity the field graded, e.g. {@code E_mV}
     * @param expected the value computed (a Double or Integer in the field's unit, or a word); null for an error
     * @param answer the answer read (a Double in the field's unit, or a word as written); null when absent
     * @param error answer − expected in the field's unit, or null
     * @param unit the field's unit for people ({@code mV}); empty for none
     * @param tolerance the absolute tolerance around {@code expected} in the field's unit, or null
     * @param verdict correct, incorrect or error
     * @param hint the likely mistake, the message of an invalid row, or {@link Hint#NONE}
     * @param explain the worked solution (with {@code --explain}, for an incorrect answer), else empty
     */
    record Graded(String id, String quantity, Object expected, Object answer, Double error, String unit,
            Double tolerance, Verdict verdict, Hint hint, List<String> explain) {}

    /**
     * A problem that cannot be graded, its message kept as a {@link Hint} (English in machine formats,
     * the language in use in text and on stderr).
     */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Hint hint;

        Rejected(Hint hint) {
            super(null, null, false, false);
            this.hint = hint;
        }

        Hint hint() {
            return hint;
        }

        @Override
        public String getMessage() {
            return hint.text();
        }
    }

    /** @return the message of {@code e} as a hint: its own when it is {@link Rejected}, else its text */
    static Hint hintOf(RuntimeException e) {
        return e instanceof Rejected ? ((Rejected) e).hint() : Hint.literal(e.getMessage());
    }

    /**
     * A tolerance: relative ({@code 1%}) or absolute in the field's unit ({@code 0.5mV}).
     *
     * @param relative whether {@code value} is a fraction of the expected value
     * @param value the fraction, or the absolute tolerance in the field's unit; ≥ 0
     */
    record Tolerance(boolean relative, double value) {
        /** @return the absolute tolerance around {@code expected} */
        double around(double expected) {
            return relative ? value * Math.abs(expected) : value;
        }

        /** @return whether {@code x} is within the tolerance of {@code expected} (with round-off slack) */
        boolean accepts(double x, double expected) {
            double lim = around(expected);
            return Math.abs(x - expected) <= lim + 1e-9 * Math.max(lim, Math.abs(expected) * 1e-3) + 1e-300;
        }
    }

    private final RowSource src;
    private final boolean explain;
    private final boolean decimalComma;
    private boolean english;
    private long line;

    /**
     * @param src the problem rows, over the command line's defaults (which hold {@code tolerance})
     * @param explain whether to record the worked solution of every problem
     */
    Check(RowSource src, boolean explain) {
        this(src, explain, false);
    }

    /** @param decimalComma whether an answer {@code -89,06} is read as -89.06 ({@code check --key}) */
    Check(RowSource src, boolean explain, boolean decimalComma) {
        this.src = src;
        this.explain = explain;
        this.decimalComma = decimalComma;
    }

    /**
     * A student's answer, kept apart from the problem's cells (an answer such as {@code E = -89 mV}
     * is not an input and must not be read as {@code NAME=VALUE} pairs).
     *
     * @param text the answer as written, or null when absent or blank
     * @param unitHint the unit of bare answers from the column's header ({@code answer_V}), or null
     * @param where how messages name its cell, e.g. "line 3, column answer"
     */
    record Answer(String text, String unitHint, Hint where) {}

    private Answer answer;

    /**
     * For csv, tsv and JSON: grades in English whatever the language of the run, so that a message
     * made elsewhere (a unit's, a calculation's) that ends up in a row's {@code hint} is the same in
     * every language (SPEC §9). The text report keeps the language of the run.
     *
     * @return this
     */
    Check english(boolean machine) {
        this.english = machine;
        return this;
    }

    /**
     * Grades the problem in {@code cells}, found on {@code line}, against {@code answer} (the row's
     * own answer cell is not read); never throws for a bad row.
     */
    Graded grade(List<String> cells, long line, Answer answer) {
        if (!english || Lang.current() == Lang.EN) {
            return gradeIn(cells, line, answer);
        }
        return Lang.on(Lang.EN, () -> gradeIn(cells, line, answer));
    }

    private Graded gradeIn(List<String> cells, long line, Answer answer) {
        src.setRow(cells, line);
        this.line = line;
        this.answer = answer;
        String id = strip(src.text("id"));
        String quantity = strip(src.text("quantity"));
        try {
            if (id == null) {
                throw new Rejected(Hint.of("check.error.id_empty", line));
            }
            String command = required("command", Hint.of("check.what.command",
                    String.join(", ", Subcommand.calculating())));
            Subcommand sub = Subcommand.named(command.toLowerCase(Locale.ROOT));
            Calculation calc = sub == null ? null : sub.calculation();
            if (calc == null) {
                throw new Rejected(Hint.of("check.error.unknown_command", src.where("command"), command,
                        String.join(", ", Subcommand.calculating())));
            }
            quantity = required("quantity", Hint.of("check.what.quantity"));
            Explain ex = explain ? Explain.recording() : Explain.NONE;
            MarkedRows rows = new MarkedRows(ex);
            try {
                calc.compute(new Inputs(src), rows, ex);
            } catch (DomainException | NoConvergenceException e) {
                throw new Rejected(Hint.of("check.error.line", line, e.getMessage()));
            }
            String select = strip(src.text("select"));
            int index = pick(rows, select, command, line);
            Row row = rows.get(index);
            Schema schema = row.schema();
            if (!schema.has(quantity)) {
                List<String> names = new ArrayList<>();
                for (Field f : schema.fields()) {
                    names.add(f.name());
                }
                throw new Rejected(Hint.of("check.error.not_a_result", src.where("quantity"), quantity, command,
                        String.join(", ", names)));
            }
            Object expected = row.get(quantity);
            if (expected == null) {
                throw new Rejected(Hint.of("check.error.no_value", src.where("quantity"), quantity, command));
            }
            Field field = schema.field(schema.indexOf(quantity));
            Kind kind = kindOf(field);
            String answerText = strip(answer.text());
            String asWritten = answerText;
            if (answerText != null) {
                answerText = Answers.normalize(answerText, decimalComma);
            }
            List<String> steps = rows.steps(index);
            if (expected instanceof String) {
                return word(id, quantity, (String) expected, answerText, asWritten, new Hints(calc, src, select, index, quantity,
                        null, field, kind), steps);
            }
            double exp = ((Number) expected).doubleValue();
            Tolerance tol = tolerance(field, kind);
            Double tolAbs = tol.around(exp);
            if (answerText == null) {
                return new Graded(id, quantity, expected, null, null, field.unit(), tolAbs, Verdict.INCORRECT,
                        Hint.of("check.hint.no_answer"), steps);
            }
            double ans;
            try {
                ans = read("answer", answerText, field, kind, false);
            } catch (InputException | Rejected e) {
                return new Graded(id, quantity, expected, asWritten, null, field.unit(), tolAbs, Verdict.INCORRECT,
                        Hint.of("check.hint.unreadable", hintOf(e)), steps);
            }
            if (tol.accepts(ans, exp)) {
                return new Graded(id, quantity, expected, ans, ans - exp, field.unit(), tolAbs, Verdict.CORRECT,
                        Hint.NONE, List.of());
            }
            Hints hints = new Hints(calc, src, select, index, quantity, tol, field, kind);
            Hint hint = hints.find(exp, ans, row);
            return new Graded(id, quantity, expected, ans, ans - exp, field.unit(), tolAbs, Verdict.INCORRECT,
                    hint == null ? Hint.NONE : hint, steps);
        } catch (InputException | Rejected e) {
            Hint msg = hintOf(e);
            String en = msg.en();
            if (!en.startsWith("line ") && !en.contains("(line ")) {
                msg = Hint.of("check.error.line", line, msg);
            }
            return new Graded(id == null ? "" : id, quantity == null ? "" : quantity, null, null, null, "", null,
                    Verdict.ERROR, msg, List.of());
        }
    }

    private Graded word(String id, String quantity, String expected, String answer, String asWritten, Hints hints,
            List<String> steps) {
        if (answer == null) {
            return new Graded(id, quantity, expected, null, null, "", null, Verdict.INCORRECT,
                    Hint.of("check.hint.no_answer"), steps);
        }
        if (answer.equalsIgnoreCase(expected.strip())) {
            return new Graded(id, quantity, expected, asWritten, null, "", null, Verdict.CORRECT, Hint.NONE,
                    List.of());
        }
        Hint hint = hints.findWord(expected, answer);
        return new Graded(id, quantity, expected, asWritten, null, "", null, Verdict.INCORRECT,
                hint == null ? Hint.NONE : hint, steps);
    }

    /**
     * The result rows, each marked with the number of worked steps recorded when it was added, so
     * that {@code --explain} shows the steps of the graded row only (calculations record a row's
     * steps before adding it).
     */
    private static final class MarkedRows extends ArrayList<Row> {
        private static final long serialVersionUID = 1L;
        private final transient Explain ex;
        private final List<Integer> marks = new ArrayList<>(4);

        MarkedRows(Explain ex) {
            super(4);
            this.ex = ex;
        }

        @Override
        public boolean add(Row r) {
            marks.add(ex.lines().size());
            return super.add(r);
        }

        @Override
        public boolean addAll(java.util.Collection<? extends Row> rs) {
            for (Row r : rs) {
                add(r);
            }
            return !rs.isEmpty();
        }

        /** @return the steps recorded for row {@code i}; all of them when that cannot be told */
        List<String> steps(int i) {
            List<String> all = ex.lines();
            if (size() <= 1 || marks.size() != size()) {
                return all;
            }
            int from = i == 0 ? 0 : marks.get(i - 1);
            int to = i == size() - 1 ? all.size() : marks.get(i);
            return from < to ? all.subList(from, to) : all;
        }
    }

    private String required(String key, Hint what) {
        String t = strip(src.text(key));
        if (t == null) {
            throw new Rejected(REQUIRED.contains(key) ? Hint.of("check.error.column_empty", line, key, what)
                    : Hint.of("check.error.missing", src.where(key), what));
        }
        return t;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The row to grade: the one whose {@code ion} or {@code channel} is {@code select}, or the only one.
     *
     * @return its index in {@code rows}
     */
    private int pick(List<Row> rows, String select, String command, long line) {
        if (select != null) {
            int i = selected(rows, select);
            if (i >= 0) {
                return i;
            }
            throw new Rejected(Hint.of("check.error.no_row", src.where("select"), select, command,
                    String.join(", ", names(rows))));
        }
        if (rows.size() == 1) {
            return 0;
        }
        throw new Rejected(Hint.of("check.error.several_rows", line, command, rows.size(),
                String.join(", ", names(rows))));
    }

    /** @return the index of the row whose ion or channel is {@code select}, or -1 */
    static int selected(List<Row> rows, String select) {
        String canonical = null;
        try {
            canonical = Ion.parse(select, null).name();
        } catch (DomainException e) {
            // not an ion name: compare as written
        }
        for (int i = 0; i < rows.size(); i++) {
            String n = name(rows.get(i));
            if (n != null && (n.equalsIgnoreCase(select) || n.equals(canonical))) {
                return i;
            }
        }
        return -1;
    }

    private static String name(Row r) {
        for (String key : List.of("ion", "channel")) {
            if (r.schema().has(key) && r.get(key) != null) {
                return r.get(key).toString();
            }
        }
        return null;
    }

    private static List<String> names(List<Row> rows) {
        List<String> n = new ArrayList<>();
        for (Row r : rows) {
            String s = name(r);
            n.add(s == null ? "?" : s);
        }
        return n;
    }

    /** @return the tolerance of this row: its {@code tolerance} cell, else {@code --tolerance} */
    private Tolerance tolerance(Field field, Kind kind) {
        String t = required("tolerance", Hint.of("check.what.tolerance", "1%"));
        if (t.endsWith("%")) {
            double pct = plain("tolerance", t.substring(0, t.length() - 1), t);
            if (!(pct >= 0)) {
                throw new Rejected(Hint.of("check.error.tolerance_negative", src.where("tolerance"), t));
            }
            return new Tolerance(true, pct / 100);
        }
        double abs = read("tolerance", t, field, kind, true);
        if (!(abs >= 0)) {
            throw new Rejected(Hint.of("check.error.tolerance_negative", src.where("tolerance"), t));
        }
        return new Tolerance(false, abs);
    }

    /**
     * Reads a value for {@code field} in the field's unit: a bare number takes the field's unit (or
     * the column header's, {@code answer_V}); a unit of the field's kind is converted.
     *
     * @param difference read a difference (a tolerance): a temperature scale's offset does not apply
     */
    private double read(String key, String text, Field field, Kind kind, boolean difference) {
        double v = readAny(key, text, field, kind, difference);
        if (Double.isFinite(v)) {
            return v;
        }
        throw new Rejected(field.unit().isEmpty() ? Hint.of("check.error.out_of_range", where(key), text)
                : Hint.of("check.error.out_of_range_in", where(key), text, field.unit()));
    }

    private double readAny(String key, String text, Field field, Kind kind, boolean difference) {
        String t = text.strip();
        if (!field.unit().isEmpty() && t.endsWith(field.unit())
                && (kind == null || kind.unit(field.unit()) == null)) {
            t = t.substring(0, t.length() - field.unit().length()); // the field's own label, e.g. kJ/mol
        }
        if (kind == null) {
            return plain(key, t, text);
        }
        try {
            String hint = key.equals("answer") ? answer.unitHint() : src.unitHint(key);
            Unit bare = hint != null ? Units.unit(hint, kind) : unitOf(field, kind);
            Quantity q;
            try {
                q = Units.parse(t, kind, bare);
            } catch (UnitException e) {
                q = key.equals("answer") ? lowerCaseUnit(t, kind) : null;
                if (q == null) {
                    throw e;
                }
            }
            if (difference) {
                return (q.si() - q.unit().toSi(0)) * field.scale();
            }
            return field.out(q.si());
        } catch (UnitException e) {
            throw new Rejected(Hint.of("check.error.unit", where(key), e.getMessage()));
        }
    }

    /** @return {@code t} read with its lower-case unit taken as the one unit of {@code kind} it can mean ({@code mv}), or null */
    private static Quantity lowerCaseUnit(String t, Kind kind) {
        int end = t.length();
        while (end > 0 && Character.isLetter(t.charAt(end - 1))) {
            end--;
        }
        if (end == t.length() || end == 0) {
            return null;
        }
        Unit u = kind.lowerCaseTyped(t.substring(end));
        if (u == null) {
            return null;
        }
        try {
            return Units.parse(t.substring(0, end).strip() + u.symbol(), kind);
        } catch (UnitException e) {
            return null;
        }
    }

    private Hint where(String key) {
        return key.equals("answer") ? answer.where() : Hint.literal(src.where(key));
    }

    private double plain(String key, String number, String text) {
        try {
            return Units.number(number);
        } catch (UnitException e) {
            throw new Rejected(Hint.of("check.error.not_a_number", where(key), text));
        }
    }

    /**
     * @return the kind whose unit the field is printed in (so that answers may carry any unit of
     *     it), or null for words, plain numbers and units outside the tables (kJ/mol)
     */
    static Kind kindOf(Field f) {
        return f.kind();
    }

    /** @return the unit of {@code kind} the field's numbers are in, or null if it has none of that kind */
    static Unit unitOf(Field f, Kind kind) {
        return f.kind() == kind ? f.measure() : null;
    }

    /** @return a number for people, with {@code precision} decimals when given */
    static String show(double x, Integer precision) {
        return precision == null ? Numbers.human(x) : Numbers.fixed(x, precision);
    }
}
