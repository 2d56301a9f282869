package org.echem.calc;

import org.echem.units.Kind;

/**
 * A named input of a row function: the long option {@code --in} on the command line, the column
 * {@code in} (or {@code in.K}, {@code in_uM}) of a CSV, the key a {@link Source} is asked for.
 * Row functions read their inputs only through these constants, so a misspelt key does not compile;
 * a subcommand's declaration lists the ones it takes, each with its help text.
 *
 * @param key the option's long name without dashes, also the CSV column name
 * @param label the help text's value label, e.g. {@code <conc>}
 * @param kind the kind of quantity a bare number is read as, or null (words, integers, plain numbers)
 * @param shape how the option takes values
 * @param description the help text, in which {@code {units}} stands for the list of accepted units
 *     and the bare-number default, {@code {bare}} for the bare-number default alone
 */
public record Input(String key, String label, Kind kind, Shape shape, String description) {

    /** How an option takes its values. */
    public enum Shape {
        /** One value. */
        VALUE,
        /** One value, or NAME=VALUE pairs, repeatable: {@code --in K=140,Na=15}. */
        MAP,
        /** No value: present or not. */
        FLAG
    }

    public static final Input ION = of("ion", "<ion>", null);
    public static final Input Z = of("z", "<z>", null);
    public static final Input IN = of("in", "<conc>", Kind.CONCENTRATION);
    public static final Input OUT = of("out", "<conc>", Kind.CONCENTRATION);
    public static final Input PRESET = of("preset", "<name>", null);
    public static final Input E = of("e", "<volt>", Kind.VOLTAGE);
    public static final Input VM = of("vm", "<volt>", Kind.VOLTAGE);
    public static final Input TEMP = of("temp", "<temp>", Kind.TEMPERATURE);
    public static final Input CONSTANTS = of("constants", "<set>", null);
    public static final Input G = of("g", "<cond>", Kind.CONDUCTANCE);
    public static final Input I = of("i", "<current>", Kind.CURRENT);
    public static final Input PERM = of("perm", "<perm>", Kind.PERMEABILITY);
    public static final Input VREV = of("vrev", "<volt>", Kind.VOLTAGE);
    public static final Input SOLVE_PERM = of("solve-perm", "<ion>", null);
    public static final Input RATIO = of("ratio", "<n:m>", null);
    public static final Input BLOCK = of("block", "", null);
    public static final Input PUMP_CURRENT = of("pump-current", "<current>", Kind.CURRENT);
    public static final Input G_TOTAL = of("g-total", "<cond>", Kind.CONDUCTANCE);
    public static final Input SIGMA = of("sigma", "<charge>", Kind.SURFACE_CHARGE);
    public static final Input PSI0 = of("psi0", "<volt>", Kind.VOLTAGE);
    public static final Input SALT = of("salt", "<conc>", Kind.CONCENTRATION);
    public static final Input SALT_Z = of("salt-z", "<z>", null);
    public static final Input ELECTROLYTE = of("electrolyte", "<ion=conc>", Kind.CONCENTRATION);
    public static final Input EPSILON = of("epsilon", "<number>", null);
    public static final Input CONC = of("conc", "<conc>", Kind.CONCENTRATION);
    public static final Input PSI_IN = of("psi-in", "<volt>", Kind.VOLTAGE);
    public static final Input PSI_OUT = of("psi-out", "<volt>", Kind.VOLTAGE);
    public static final Input SIGMA_IN = of("sigma-in", "<charge>", Kind.SURFACE_CHARGE);
    public static final Input SIGMA_OUT = of("sigma-out", "<charge>", Kind.SURFACE_CHARGE);
    public static final Input SALT_IN = of("salt-in", "<conc>", Kind.CONCENTRATION);
    public static final Input SALT_OUT = of("salt-out", "<conc>", Kind.CONCENTRATION);
    public static final Input DV = of("dv", "<volt>", Kind.VOLTAGE);
    public static final Input FROM = of("from", "<volt>", Kind.VOLTAGE);
    public static final Input TO = of("to", "<volt>", Kind.VOLTAGE);
    public static final Input RADIUS = of("radius", "<length>", Kind.LENGTH);
    public static final Input AREA = of("area", "<area>", Kind.AREA);
    public static final Input VOLUME = of("volume", "<volume>", Kind.VOLUME);
    public static final Input CM = of("cm", "<spec-cap>", Kind.CAPACITANCE);
    public static final Input PH_IN = of("ph-in", "<pH>", null);
    public static final Input PH_OUT = of("ph-out", "<pH>", null);
    public static final Input STOICH = of("stoich", "<ion=n>", null);
    public static final Input NAME = of("name", "<name>", null);
    public static final Input DG_ATP = of("dg-atp", "<kJ/mol>", null);
    public static final Input SOLVE = of("solve", "<ion>", null);
    public static final Input PCO2 = of("pco2", "<pressure>", Kind.PRESSURE);
    public static final Input PK = of("pk", "<pK'>", null);
    public static final Input CO2_SOLUBILITY = of("co2-solubility", "<mM/mmHg>", null);
    public static final Input PIPETTE = of("pipette", "<ion=conc>", Kind.CONCENTRATION);
    public static final Input BATH = of("bath", "<ion=conc>", Kind.CONCENTRATION);
    public static final Input METHOD = of("method", "<method>", null);
    public static final Input MOBILITY = of("mobility", "<ion=u>", null);
    public static final Input BALANCE = of("balance", "<ion>", null);
    public static final Input VM_MEASURED = of("vm-measured", "<volt>", Kind.VOLTAGE);
    public static final Input IMPERMEANT = of("impermeant", "<ion=conc>", Kind.CONCENTRATION);
    public static final Input VOLUMES = of("volumes", "<in:out>", Kind.VOLUME);
    public static final Input FIXED_CHARGE = of("fixed-charge", "<conc>", Kind.CONCENTRATION);
    public static final Input MODEL = of("model", "<model>", null);
    public static final Input IONIC_STRENGTH = of("ionic-strength", "<conc>", Kind.CONCENTRATION);
    public static final Input ACTIVITY = of("activity", "<model>", null);
    public static final Input IONIC_STRENGTH_IN = of("ionic-strength-in", "<conc>", Kind.CONCENTRATION);
    public static final Input IONIC_STRENGTH_OUT = of("ionic-strength-out", "<conc>", Kind.CONCENTRATION);

    private static Input of(String key, String label, Kind kind) {
        return new Input(key, label, kind, Shape.VALUE, "");
    }

    /** @return this input as an option with one value, described by {@code text} */
    public Input value(String text) {
        return new Input(key, label, kind, Shape.VALUE, text);
    }

    /** @return this input as an option that takes one value or NAME=VALUE pairs, described by {@code text} */
    public Input map(String text) {
        return new Input(key, label, kind, Shape.MAP, text);
    }

    /** @return this input as an option without a value, described by {@code text} */
    public Input flag(String text) {
        return new Input(key, label, kind, Shape.FLAG, text);
    }

    /** @return the command-line option, e.g. {@code --in} */
    public String option() {
        return "--" + key;
    }

    /** @return the key of the map entry {@code name}: {@code in.K} */
    public String entry(String name) {
        return key + "." + name;
    }

    /** @return the help text with its unit placeholders filled in from {@link #kind} */
    public String help() {
        if (kind == null) {
            return description;
        }
        if (description.indexOf('{') < 0) {
            return description;
        }
        return fill(fill(description, "{units}", org.echem.lang.Msg.help("input.help.units", kind.unitList(),
                kind.defaultLabel())), "{bare}", org.echem.lang.Msg.help("input.help.bare", kind.defaultLabel()));
    }

    /** @return {@code text} with {@code token} replaced; a full-width parenthesis takes the space before it too */
    private static String fill(String text, String token, String with) {
        String t = with.startsWith("\uFF08") ? text.replace(" " + token, with) : text;
        return t.replace(token, with);
    }
}
