package org.echem.io;

import org.echem.units.Kind;
import org.echem.units.Unit;
import org.echem.units.Units;

/**
 * An output field of SPEC §3: its machine name ({@code E_mV}), and how a core SI value becomes the
 * number printed in it. Calculations set SI values; the field converts them. Text output shows
 * {@code label} and {@code unit}. A field printed in a unit of the unit tables keeps that unit and
 * its kind, so that nothing has to guess them back from the name ({@code check} reads answers in it).
 *
 * @param name the machine name, e.g. {@code E_mV}
 * @param label the name for people, e.g. {@code E}
 * @param unit the unit for people, e.g. {@code mV}; empty for none
 * @param scale SI value × scale = printed value (for numbers)
 * @param offset added after scaling (temperatures)
 * @param kind the kind of quantity printed, or null (words, counts, units outside the tables)
 * @param measure the unit of {@code kind} the numbers are printed in, or null
 */
public record Field(String name, String label, String unit, double scale, double offset, Kind kind, Unit measure) {

    /** A field printed in {@code symbol}, a unit of {@code kind} (for example mV of VOLTAGE). */
    public static Field of(String name, String label, Kind kind, String symbol) {
        Unit u = Units.unit(symbol, kind);
        double scale = u.div() / u.mul();
        return new Field(name, label, symbol, scale, -u.offset() * scale, kind, u);
    }

    /** A field printed as it is computed: words, integers, dimensionless numbers. */
    public static Field plain(String name, String label) {
        return new Field(name, label, "", 1, 0, null, null);
    }

    /** A number printed after multiplying by {@code scale}, shown with {@code unit}, a unit outside the tables. */
    public static Field scaled(String name, String label, String unit, double scale) {
        return new Field(name, label, unit, scale, 0, null, null);
    }

    /** @return this field shown with another unit label in text (the number and its unit are unchanged) */
    public Field withUnit(String shown) {
        return new Field(name, label, shown, scale, offset, kind, measure);
    }

    /** @return the printed number of an SI value */
    public double out(double si) {
        return si * scale + offset;
    }
}
