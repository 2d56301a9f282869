package org.echem.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ordered result fields of a calculation. */
public final class Schema {
    private final List<Field> fields;
    private final Field[] array;
    private final Map<String, Integer> index = new HashMap<>();

    public Schema(List<Field> fields) {
        this.fields = List.copyOf(fields);
        this.array = this.fields.toArray(new Field[0]);
        for (int i = 0; i < this.fields.size(); i++) {
            index.put(this.fields.get(i).name(), i);
        }
    }

    public static Schema of(Field... fields) {
        return new Schema(List.of(fields));
    }

    public List<Field> fields() {
        return fields;
    }

    public int size() {
        return array.length;
    }

    public Field field(int i) {
        return array[i];
    }

    /** @return the position of the named field */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no field " + name + " in " + fields);
        }
        return i;
    }

    public boolean has(String name) {
        return index.containsKey(name);
    }
}
