package org.echem.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The row function of each calculating subcommand, by name: for {@code check}, which grades any of them. */
final class Calculations {
    private static final Map<String, Supplier<Calculation>> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("nernst", NernstCalc::new);
        BY_NAME.put("drive", DriveCalc::new);
        BY_NAME.put("current", CurrentCalc::new);
        BY_NAME.put("ghk", GhkCalc::new);
        BY_NAME.put("pump", PumpCalc::new);
        BY_NAME.put("surface", SurfaceCalc::new);
        BY_NAME.put("charge", ChargeCalc::new);
    }

    /** The subcommands that have a row function, in help order. */
    static final List<String> NAMES = List.copyOf(BY_NAME.keySet());

    private Calculations() {}

    /** @return the row function of {@code subcommand}, or null when there is none */
    static Calculation named(String subcommand) {
        Supplier<Calculation> s = BY_NAME.get(subcommand);
        return s == null ? null : s.get();
    }
}
