package org.echem.cli;

import java.util.List;

/** The row function of each calculating subcommand, by name: for {@code check}, which grades any of them. */
final class Calculations {
    private Calculations() {}

    /** The subcommands that have a row function, in help order. */
    static final List<String> NAMES = List.of("nernst", "drive", "current", "ghk", "pump", "surface", "charge");

    /** @return the row function of {@code subcommand}, or null when there is none */
    static Calculation named(String subcommand) {
        switch (subcommand) {
            case "nernst":
                return new NernstCalc();
            case "drive":
                return new DriveCalc();
            case "pump":
                return new PumpCalc();
            case "charge":
                return new ChargeCalc();
            case "surface":
                return new SurfaceCalc();
            case "current":
                return new CurrentCalc();
            case "ghk":
                return new GhkCalc();
            default:
                return null;
        }
    }
}
