package org.echem.units;

import org.echem.lang.Message;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of quantity echem reads, each with its units (case-sensitive; {@code u}, {@code µ} and
 * {@code μ} all mean micro) and the unit a bare number takes.
 */
public enum Kind {
    CONCENTRATION("concentration", "mM"),
    VOLTAGE("voltage", "mV"),
    TEMPERATURE("temperature", "C"),
    CONDUCTANCE("conductance", "nS"),
    CURRENT("current", "pA"),
    PERMEABILITY("permeability", ""),
    CAPACITANCE("specific capacitance", "uF/cm2"),
    LENGTH("length", "um"),
    AREA("area", "um2"),
    VOLUME("volume", "pL"),
    SURFACE_CHARGE("surface charge", "C/m2"),
    PRESSURE("pressure", "mmHg");

    private static final double E = 1.602176634e-19;

    private final String noun;
    private final String defaultSymbol;
    private final Map<String, Unit> units = new LinkedHashMap<>();

    Kind(String noun, String defaultSymbol) {
        this.noun = noun;
        this.defaultSymbol = defaultSymbol;
    }

    static {
        // concentration: SI mol/m³, numerically mM
        CONCENTRATION.add(Unit.of("M", 1000, 1), Unit.of("mM", 1, 1), Unit.of("uM", 1, 1e3),
                Unit.of("nM", 1, 1e6), Unit.of("pM", 1, 1e9), Unit.of("mol/L", 1000, 1),
                Unit.of("mmol/L", 1, 1), Unit.of("umol/L", 1, 1e3), Unit.of("nmol/L", 1, 1e6),
                Unit.of("mol/m3", 1, 1));
        VOLTAGE.add(Unit.of("V", 1, 1), Unit.of("mV", 1, 1e3), Unit.of("uV", 1, 1e6));
        TEMPERATURE.add(new Unit("C", false, false, 1, 1, 273.15),
                new Unit("°C", false, false, 1, 1, 273.15),
                new Unit("degC", false, false, 1, 1, 273.15),
                Unit.of("K", 1, 1),
                new Unit("F", false, false, 5, 9, 273.15 - 32 * 5.0 / 9),
                new Unit("°F", false, false, 5, 9, 273.15 - 32 * 5.0 / 9));
        CONDUCTANCE.add(Unit.of("S", 1, 1), Unit.of("mS", 1, 1e3), Unit.of("uS", 1, 1e6),
                Unit.of("nS", 1, 1e9), Unit.of("pS", 1, 1e12),
                Unit.perArea("S/m2", 1, 1), Unit.perArea("S/cm2", 1e4, 1),
                Unit.perArea("mS/cm2", 10, 1), Unit.perArea("uS/cm2", 1, 100),
                Unit.perArea("pS/um2", 1, 1));
        CURRENT.add(Unit.of("A", 1, 1), Unit.of("mA", 1, 1e3), Unit.of("uA", 1, 1e6),
                Unit.of("nA", 1, 1e9), Unit.of("pA", 1, 1e12),
                Unit.perArea("A/m2", 1, 1), Unit.perArea("A/cm2", 1e4, 1),
                Unit.perArea("mA/cm2", 10, 1), Unit.perArea("uA/cm2", 1, 100),
                Unit.perArea("pA/um2", 1, 1));
        PERMEABILITY.add(new Unit("", false, true, 1, 1, 0), Unit.of("cm/s", 1, 100),
                Unit.of("m/s", 1, 1), Unit.of("um/s", 1, 1e6), Unit.of("nm/s", 1, 1e9));
        CAPACITANCE.add(Unit.of("F/m2", 1, 1), Unit.of("uF/cm2", 1, 100),
                Unit.of("fF/um2", 1, 100), Unit.of("pF/um2", 1, 1));
        LENGTH.add(Unit.of("m", 1, 1), Unit.of("cm", 1, 100), Unit.of("mm", 1, 1e3),
                Unit.of("um", 1, 1e6), Unit.of("nm", 1, 1e9), Unit.of("A", 1, 1e10),
                Unit.of("Å", 1, 1e10));
        AREA.add(Unit.of("m2", 1, 1), Unit.of("cm2", 1, 1e4), Unit.of("mm2", 1, 1e6),
                Unit.of("um2", 1, 1e12), Unit.of("nm2", 1, 1e18), Unit.of("A2", 1, 1e20),
                Unit.of("Å2", 1, 1e20));
        VOLUME.add(Unit.of("m3", 1, 1), Unit.of("L", 1, 1e3), Unit.of("mL", 1, 1e6),
                Unit.of("uL", 1, 1e9), Unit.of("nL", 1, 1e12), Unit.of("pL", 1, 1e15),
                Unit.of("fL", 1, 1e18), Unit.of("um3", 1, 1e18));
        SURFACE_CHARGE.add(Unit.of("C/m2", 1, 1), Unit.of("mC/m2", 1, 1e3),
                Unit.of("uC/cm2", 1, 100), Unit.of("e/nm2", E * 1e18, 1),
                Unit.of("e/A2", E * 1e20, 1), Unit.of("e/Å2", E * 1e20, 1));
        // pressure: SI Pa; one conventional mmHg = 133.322387415 Pa (NIST SP 811, B.8), 1 Torr = 1/760 atm
        PRESSURE.add(Unit.of("mmHg", org.echem.core.Bicarbonate.MMHG, 1), Unit.of("Torr", 101325, 760),
                Unit.of("Pa", 1, 1), Unit.of("kPa", 1000, 1), Unit.of("MPa", 1e6, 1), Unit.of("atm", 101325, 1),
                Unit.of("bar", 1e5, 1));
    }

    private void add(Unit... list) {
        for (Unit u : list) {
            units.put(u.symbol(), u);
        }
    }

    /** @return the unit symbol equal to {@code symbol} but for case, or null */
    String caseInsensitiveMatch(String symbol) {
        for (String s : units.keySet()) {
            if (!s.isEmpty() && s.equalsIgnoreCase(symbol)) {
                return s;
            }
        }
        return null;
    }

    /**
     * A unit typed in lower case where its symbol has capitals ({@code mv} for mV), as students type
     * answers: accepted only when the text is not itself a unit of any kind ({@code nm} is a length,
     * {@code mm} too, so neither is read as nM or mM) and exactly one unit of this kind matches it.
     *
     * @return that unit, or null
     */
    public Unit lowerCaseTyped(String typed) {
        if (typed.isEmpty() || !typed.equals(typed.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        for (Kind k : values()) {
            if (k.unit(typed) != null) {
                return null;
            }
        }
        Unit found = null;
        for (Map.Entry<String, Unit> e : units.entrySet()) {
            if (!e.getKey().isEmpty() && e.getKey().equalsIgnoreCase(typed)) {
                if (found != null && found != e.getValue()) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /** @return what the kind is called in messages, e.g. "concentration" */
    public String noun() {
        return noun;
    }

    /**
     * @return the kind with its article, as messages say it: "a concentration", "an area" (in Chinese
     *     the noun alone); a key {@code units.a.<kind>}
     */
    public org.echem.lang.Message article() {
        return org.echem.lang.Message.of("units.a." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** @return the unit a bare number takes */
    public Unit defaultUnit() {
        return units.get(defaultSymbol);
    }

    /** @return the unit written {@code symbol} (after micro signs and superscripts are folded), or null */
    public Unit unit(String symbol) {
        return units.get(symbol);
    }

    /** @return the units for messages and help, e.g. "M, mM, uM, nM, pM, mol/L, mmol/L" (in the language in use) */
    public String unitList() {
        return units().text();
    }

    /** @return the units for messages and help, to be said in any language */
    public org.echem.lang.Message units() {
        StringBuilder b = new StringBuilder();
        for (String s : units.keySet()) {
            if (s.isEmpty() || s.startsWith("°") || s.contains("Å")) {
                continue;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(s);
        }
        return this == SURFACE_CHARGE ? org.echem.lang.Message.of("units.list.charge_per_count", b.toString())
                : org.echem.lang.Message.literal(b.toString());
    }

    /** @return "mM" or, for permeability, "relative" (in the language in use) */
    public String defaultLabel() {
        return bare().text();
    }

    /** @return "mM" or, for permeability, "relative", to be said in any language */
    public org.echem.lang.Message bare() {
        return defaultSymbol.isEmpty() ? org.echem.lang.Message.of("units.relative")
                : org.echem.lang.Message.literal(defaultSymbol);
    }
}
