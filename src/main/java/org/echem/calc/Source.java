package org.echem.calc;

import org.echem.units.Kind;
import org.echem.units.Unit;
import org.echem.units.Units;

import java.util.List;

/**
 * Where a calculation's named inputs come from: the command line's options, or a CSV row laid
 * over them. Keys are long option names without dashes ({@code in}, {@code vm}); map entries are
 * {@code in.K}, {@code perm.Na}.
 */
public interface Source {
    /** @return the text given for {@code key}, or null when it is absent or empty */
    String text(String key);

    /** @return the unit a bare number of {@code key} takes (a CSV header's {@code in_uM}), or null */
    String unitHint(String key);

    /**
     * @return the unit a bare number of {@code key} takes, as a unit of {@code kind}, or null
     * @throws org.echem.units.UnitException when the hint is not a unit of {@code kind}
     */
    default org.echem.units.Unit hintUnit(String key, org.echem.units.Kind kind) {
        String hint = unitHint(key);
        return hint == null ? null : org.echem.units.Units.unit(hint, kind);
    }

    /** @return the names after {@code prefix.} of the map entries present, in input order */
    List<String> entries(String prefix);

    /** @return whether map option {@code prefix} has an entry: {@code !entries(prefix).isEmpty()}, maybe faster */
    default boolean hasEntries(String prefix) {
        return !entries(prefix).isEmpty();
    }

    /**
     * @return whether any of {@code keys} is given: {@code text(k) != null} for some key, maybe faster
     *     (a batch knows once which keys no column and no option gives)
     */
    default boolean anyGiven(String[] keys) {
        for (String k : keys) {
            if (text(k) != null) {
                return true;
            }
        }
        return false;
    }

    /** @return how to name {@code key} in a message: {@code --in} or {@code line 3, column in} */
    String where(String key);

    /** @return the inputs given, for a message about all of them: {@code --conc 1e308 --ion K} */
    String describe();
}
