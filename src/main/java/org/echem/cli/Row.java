package org.echem.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One result row: a value per field of its schema (a Double already converted to the field's
 * unit, a String, an Integer, or null for none), and notes for people that only text output shows.
 */
public final class Row {
    private final Schema schema;
    private final Object[] values;
    private List<String> notes;
    private int cursor;

    public Row(Schema schema) {
        this.schema = schema;
        this.values = new Object[schema.size()];
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
        values[i] = schema.field(i).out(si);
        return this;
    }

    /** Sets a field to a word, an integer or a number that needs no conversion. */
    public Row set(String field, Object value) {
        values[index(field)] = value;
        return this;
    }

    public Object get(int i) {
        return values[i];
    }

    public Object get(String field) {
        return values[schema.indexOf(field)];
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
