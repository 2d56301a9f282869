package org.echem.io;

import org.echem.core.ConstantSet;

import java.util.ArrayList;
import java.util.List;

/**
 * One result row: a value per field of its schema (a Double already converted to the field's
 * unit, a String, an Integer, or null for none), and notes for people that only text output shows.
 */
public final class Row {
    private final Schema schema;
    private final Object[] values;
    /** Numbers set from SI values, unboxed; their slot in {@link #values} holds {@link #NUMBER}. */
    private final double[] numbers;
    private static final Object NUMBER = new Object();
    private List<String> notes;
    private int cursor;
    private double temperature = Double.NaN;
    private org.echem.core.ConstantSet constants;
    private boolean[] solved;
    private boolean temperatureFree;

    public Row(Schema schema) {
        this.schema = schema;
        this.values = new Object[schema.size()];
        this.numbers = new double[schema.size()];
    }

    public Schema schema() {
        return schema;
    }

    /**
     * The position of {@code field}. Calculations mostly set fields in schema order with the same
     * string constants the schema was built from, so the next position is tried first, by identity.
     */
    private int index(String field) {
        int c = cursor;
        if (c < values.length && schema.field(c).name() == field) { // NOPMD: identity is the fast path
            cursor = c + 1;
            return c;
        }
        int i = schema.indexOf(field);
        cursor = i + 1;
        return i;
    }

    /** Sets a numeric field from its SI value (converted to the field's unit). */
    public Row si(String field, double si) {
        int i = index(field);
        numbers[i] = finite(field, schema.field(i).out(si));
        values[i] = NUMBER;
        return this;
    }

    /**
     * The last line of defence of SPEC §6: no NaN or Infinity is ever printed. A law that checks its
     * domain never gets here; an input too large or small for a unit conversion does.
     */
    private static double finite(String field, double v) {
        if (Double.isFinite(v)) {
            return v;
        }
        throw InputException.of("io.not_finite", field, v);
    }

    /** Records the temperature (K) and constants the row was computed with, for JSON and text output. */
    public Row at(double kelvin, org.echem.core.ConstantSet set) {
        this.temperature = kelvin;
        this.constants = set;
        return this;
    }

    /** @return the temperature in K the row was computed at, or NaN when not recorded */
    public double temperature() {
        return temperature;
    }

    /** @return the constants set the row was computed with, or null */
    public org.echem.core.ConstantSet constants() {
        return constants;
    }

    /** Sets a field to a word, an integer or a number that needs no conversion. */
    public Row set(String field, Object value) {
        if (value instanceof Double) {
            finite(field, (Double) value);
        }
        values[index(field)] = value;
        return this;
    }

    /** @return the value of field {@code i}: a Double, String, Integer, or null */
    public Object get(int i) {
        Object v = values[i];
        return v == NUMBER ? Double.valueOf(numbers[i]) : v;
    }

    public Object get(String field) {
        return get(schema.indexOf(field));
    }

    /** @return whether field {@code i} holds a number set from an SI value ({@link #number}) */
    public boolean isNumber(int i) {
        return values[i] == NUMBER;
    }

    /** @return the number in field {@code i}, when {@link #isNumber} */
    public double number(int i) {
        return numbers[i];
    }

    /** Marks {@code field} as solved for (from the other inputs): text output says so. */
    public Row solved(String field) {
        if (solved == null) {
            solved = new boolean[values.length];
        }
        solved[schema.indexOf(field)] = true;
        return this;
    }

    /** @return whether field {@code i} was solved for */
    public boolean isSolved(int i) {
        return solved != null && solved[i];
    }

    /** Records that the result does not depend on the temperature: text output names none. */
    public Row temperatureFree() {
        temperatureFree = true;
        return this;
    }

    /** @return whether the result depends on the temperature it records (text output names it) */
    public boolean dependsOnTemperature() {
        return !temperatureFree;
    }

    /** Adds a sentence for the text output only. */
    public Row note(String sentence) {
        if (notes == null) {
            notes = new ArrayList<>(2);
        }
        notes.add(sentence);
        return this;
    }

    public List<String> notes() {
        return notes == null ? List.of() : notes;
    }
}
