package org.echem.calc;

import org.echem.io.InputException;
import org.echem.lang.Message;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echem.core.ConstantSet;
import org.echem.core.DomainException;
import org.echem.core.Ion;
import org.echem.units.Kind;
import org.echem.units.Quantity;
import org.echem.units.Unit;
import org.echem.units.UnitException;
import org.echem.units.Units;

/**
 * Typed, validated access to a calculation's named inputs. Every calculation reads its inputs
 * only through here, so a one-off run and every CSV row are parsed and checked the same way, and
 * every message names the option (or line and column), the value and what was expected.
 */
public final class Inputs {
    /** The default temperature of every subcommand, 37 °C. */
    public static final String DEFAULT_TEMP = "37C";
    static final double DEFAULT_TEMP_K = Units.parse(DEFAULT_TEMP, Kind.TEMPERATURE).si();

    private final Source source;
    private ConstantSet constants;
    private double temperature = Double.NaN;
    private boolean temperatureRead;

    public Inputs(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    /** @return whether {@code key} was given */
    public boolean has(String key) {
        return source.text(key) != null;
    }

    /** @return the text of {@code key}, or null */
    public String text(String key) {
        return source.text(key);
    }

    /** @return the text of a required input */
    public String required(String key, String what) {
        String t = source.text(key);
        if (t == null) {
            throw InputException.of("input.missing", at(key), what);
        }
        return t;
    }

    /** {@link #required(String, String)} with {@code what} to be said in the language of the message. */
    public String required(String key, Message what) {
        String t = source.text(key);
        if (t == null) {
            throw InputException.of("input.missing", at(key), what);
        }
        return t;
    }

    /**
     * @return where {@code key} was given ("--in", "line 3, column in"), to be said in any language: a
     *     message of the bundles names the place with this ({@code source().where} is English)
     */
    public Message at(String key) {
        return source instanceof RowSource ? ((RowSource) source).at(key) : Message.literal(source.where(key));
    }

    /** @return an error naming {@code key} and its value */
    public InputException bad(String key, String message) {
        return bad(key, Message.literal(message));
    }

    /** {@link #bad(String, String)} with a message to be said in any language (machine output says it in English). */
    public InputException bad(String key, Message message) {
        String t = source.text(key);
        return t == null ? InputException.of("input.at", at(key), message)
                : InputException.of("input.bad", at(key), t, message);
    }

    /** @return the value of {@code key} as a quantity of {@code kind}, or null when absent */
    public Quantity quantity(String key, Kind kind) {
        String t = source.text(key);
        if (t == null) {
            return null;
        }
        try {
            if (kind == Kind.CONCENTRATION && Units.isPh(t)) {
                Ion ion = ionOf(key);
                return Units.concentration(t, ion != null && ion.name().equals("H"), ion == null ? null : ion.label(),
                        source.hintUnit(key, kind));
            }
            return Units.parse(t, kind, source.hintUnit(key, kind));
        } catch (UnitException e) {
            throw InputException.of("input.at", at(key), e.message());
        }
    }

    /**
     * @return the ion a concentration input is of: the entry's name for a map key ({@code in.H}),
     *     else the one of {@code --ion}; null when none can be told
     */
    private Ion ionOf(String key) {
        int dot = key.indexOf('.');
        try {
            if (dot >= 0) {
                return Ion.parse(key.substring(dot + 1), null);
            }
            return ionOrNull();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @return the SI value of a required input of {@code kind} */
    public double value(String key, Kind kind) {
        Quantity q = quantity(key, kind);
        if (q == null) {
            throw InputException.of("input.missing", at(key), Units.expecting(kind));
        }
        return q.si();
    }

    /** @return a required concentration in mol/m³ (mM), &gt; 0 */
    public double concentration(String key) {
        return positive(key, Kind.CONCENTRATION);
    }

    /** @return a required value of {@code kind}, finite and &gt; 0 */
    public double positive(String key, Kind kind) {
        double v = value(key, kind);
        if (v > 0) {
            return v;
        }
        throw bad(key, Message.of("input.positive", kind.article()));
    }

    /** @return a required value of {@code kind}, ≥ 0 */
    public double nonNegative(String key, Kind kind) {
        double v = value(key, kind);
        if (v >= 0) {
            return v;
        }
        throw bad(key, Message.of("input.non_negative", kind.article()));
    }

    /** @return a required voltage in V */
    public double voltage(String key) {
        return value(key, Kind.VOLTAGE);
    }

    /**
     * @param expected what a valid value looks like, for the error message ("a pH such as 7.2")
     * @return a required plain number (no unit), finite
     */
    public double number(String key, String expected) {
        String t = source.text(key);
        if (t == null) {
            throw InputException.of("input.missing", at(key), expected);
        }
        try {
            return Units.number(t);
        } catch (UnitException | NumberFormatException e) {
            throw bad(key, Message.of("input.expected", expected));
        }
    }

    /** @return a required integer */
    public int integer(String key) {
        String t = source.text(key);
        if (t == null) {
            throw InputException.of("input.missing", at(key), Message.of("input.a_whole_number"));
        }
        return parseInt(key, t);
    }

    /** What {@link #plainInt} gives for a text that is not a few plain digits. */
    static final int NOT_PLAIN = Integer.MIN_VALUE;

    /** @return {@code t} when it is a few plain digits, maybe after a minus (1, -1, 2); else {@link #NOT_PLAIN} */
    static int plainInt(String t) {
        int n = t.length();
        if (n == 0 || n >= 10) {
            return NOT_PLAIN;
        }
        boolean negative = t.charAt(0) == '-';
        int i = negative ? 1 : 0;
        int v = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_PLAIN;
            }
            v = v * 10 + (c - '0');
        }
        return n > (negative ? 1 : 0) ? (negative ? -v : v) : NOT_PLAIN;
    }

    private int parseInt(String key, String t) {
        int plain = plainInt(t); // the common case, read here
        if (plain != NOT_PLAIN) {
            return plain;
        }
        try {
            String s = t.indexOf('+') < 0 && t.indexOf(' ') < 0 ? t : t.strip().replace("+", "");
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw bad(key, Message.of("input.whole_number"));
        }
    }

    /** @return the temperature in K: {@code temp}, or 37 °C; &gt; 0 K */
    public double temperature() {
        temperatureRead = true;
        if (Double.isNaN(temperature)) {
            String t = source.text(Input.TEMP.key());
            String preset = t == null && has(Input.PRESET) ? Presets.temperature(text(Input.PRESET)) : null;
            double k;
            if (t == null && preset == null) {
                k = DEFAULT_TEMP_K;
            } else if (t == null) {
                k = Units.parse(preset, Kind.TEMPERATURE).si(); // the preset's usual temperature
            } else {
                k = value(Input.TEMP.key(), Kind.TEMPERATURE);
                if (!(k > 0)) {
                    throw bad(Input.TEMP.key(), Message.of("input.absolute_zero"));
                }
                if (!Double.isFinite(constants().gasConstant() * k)) {
                    throw bad(Input.TEMP.key(), Message.of("input.rt_overflows"));
                }
            }
            temperature = k;
        }
        return temperature;
    }

    /** Records a temperature that was solved for, so that the output names the one used. */
    public void solvedTemperature(double kelvin) {
        temperatureRead = true;
        temperature = kelvin;
    }

    /** @return whether the calculation has asked for the temperature (text output names it only then) */
    public boolean temperatureRead() {
        return temperatureRead;
    }

    /** @return the constants set: {@code constants}, or codata2018 */
    public ConstantSet constants() {
        if (constants == null) {
            String t = source.text(Input.CONSTANTS.key());
            if (t == null) {
                constants = ConstantSet.CODATA2018;
            } else {
                constants = ConstantSet.named(t.strip());
                if (constants == null) {
                    throw bad(Input.CONSTANTS.key(), Message.of("input.constants"));
                }
            }
        }
        return constants;
    }

    /** @return the ion of {@code ion} (and {@code z}); with neither, null */
    public Ion ionOrNull() {
        String name = source.text(Input.ION.key());
        String zText = source.text(Input.Z.key());
        Integer z = zText == null ? null : parseInt(Input.Z.key(), zText);
        if (name == null && z == null) {
            return null;
        }
        if (z != null && z == 0) {
            throw bad(Input.Z.key(), Message.of("input.valence_zero"));
        }
        try {
            return Ion.parse(name == null ? "" : name, z);
        } catch (DomainException e) {
            throw InputException.of("input.at", at(name == null ? Input.Z.key() : Input.ION.key()), e.getMessage());
        }
    }

    /** @return the ion of {@code ion} (and {@code z}), required */
    public Ion ion() {
        Ion ion = ionOrNull();
        if (ion == null) {
            throw InputException.of("input.ion_missing", at(Input.ION.key()));
        }
        return ion;
    }

    /** @return an ion named in a map ({@code in.Na}); an unknown name must carry its charge */
    public Ion ionNamed(String key, String name) {
        try {
            return Ion.parse(name, null);
        } catch (DomainException e) {
            throw InputException.of("input.at", at(key), e.getMessage());
        }
    }

    /** @return the entries of map option {@code prefix} (K → "140mM"), in input order */
    public Map<String, String> map(String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : source.entries(prefix)) {
            m.put(name, source.text(prefix + "." + name));
        }
        return m;
    }

    /** @return whether map option {@code prefix} has any entry */
    public boolean hasMap(String prefix) {
        return source.hasEntries(prefix);
    }

    /** @return the names given in map option {@code prefix} */
    public List<String> entries(String prefix) {
        return source.entries(prefix);
    }

    /** Throws when both a single value and a map were given for {@code key}. */
    public void notBoth(String key) {
        if (has(key) && hasMap(key)) {
            throw bad(key, Message.of("input.not_both"));
        }
    }

    /** @return the exception turned into an input error naming {@code key} */
    public InputException domain(String key, DomainException e) {
        return bad(key, e.getMessage());
    }

    // The same, by declared input: row functions name their inputs by these constants (a misspelt
    // key does not compile); the String forms serve map entries (in.K) and keys computed at run time.

    /** @return whether {@code in} was given */
    public boolean has(Input in) {
        return has(in.key());
    }

    /** @return the keys of {@code inputs}, for {@link #hasAny}: make it once, in a constant */
    public static String[] keys(Input... inputs) {
        String[] k = new String[inputs.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = inputs[i].key();
        }
        return k;
    }

    /** @return whether any of the inputs whose {@link #keys} are {@code keys} is given */
    public boolean hasAny(String[] keys) {
        return source.anyGiven(keys);
    }

    /** @return the text of {@code in}, or null */
    public String text(Input in) {
        return text(in.key());
    }

    /** @return an error naming {@code in} and its value */
    public InputException bad(Input in, String message) {
        return bad(in.key(), message);
    }

    /** @return the value of {@code in} as a quantity of {@code kind}, or null when absent */
    public Quantity quantity(Input in, Kind kind) {
        return quantity(in.key(), kind);
    }

    /** @return the SI value of a required input of {@code kind} */
    public double value(Input in, Kind kind) {
        return value(in.key(), kind);
    }

    /** @return a required concentration in mol/m³ (mM), &gt; 0 */
    public double concentration(Input in) {
        return concentration(in.key());
    }

    /** @return a required value of {@code kind}, finite and &gt; 0 */
    public double positive(Input in, Kind kind) {
        return positive(in.key(), kind);
    }

    /** @return a required value of {@code kind}, ≥ 0 */
    public double nonNegative(Input in, Kind kind) {
        return nonNegative(in.key(), kind);
    }

    /** @return a required voltage in V */
    public double voltage(Input in) {
        return voltage(in.key());
    }

    /** @return a required integer */
    public int integer(Input in) {
        return integer(in.key());
    }

    /** @return the entries of map option {@code in} (K → "140mM"), in input order */
    public Map<String, String> map(Input in) {
        return map(in.key());
    }

    /** @return whether map option {@code in} has any entry */
    public boolean hasMap(Input in) {
        return hasMap(in.key());
    }

    /** @return the names given in map option {@code in} */
    public List<String> entries(Input in) {
        return entries(in.key());
    }

    /** Throws when both a single value and a map were given for {@code in}. */
    public void notBoth(Input in) {
        notBoth(in.key());
    }

    /** @return the exception turned into an input error naming {@code in} */
    public InputException domain(Input in, DomainException e) {
        return domain(in.key(), e);
    }
}
