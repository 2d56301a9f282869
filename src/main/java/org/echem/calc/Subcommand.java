package org.echem.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * Every subcommand of echem, declared once, in help order: its name, its one-line summary and, for
 * a calculating one, its row function (which carries the rest of its declaration). The command
 * line, {@code check}'s list of gradable commands and the tests that iterate over subcommands all
 * read this list. To add a subcommand, see docs/design.md.
 */
public enum Subcommand {
    NERNST("nernst", "Equilibrium (Nernst) potential of one or several ions; inverse solves."),
    DRIVE("drive", "Driving force V_m - E, flux direction, Ussing ratio, free energy."),
    CURRENT("current", "Ohmic currents I = g(V_m - E), several channels, chord potential."),
    GHK("ghk", "Goldman-Hodgkin-Katz reversal potential and current densities."),
    PUMP("pump", "Na/K pump electrogenicity (Mullins-Noda) and what a pump block does."),
    SURFACE("surface", "Gouy-Chapman / Grahame surface potential, Debye length, corrections."),
    CHARGE("charge", "Charge, and ions moved, to change V_m across the membrane capacitor."),
    PMF("pmf", "Proton motive force: V_m - E_H from pH inside and out, and Δμ̃ of H+."),
    TRANSPORT("transport", "Coupled transporters (NCX, Na/K-ATPase, KCC2, ...): ΔG, E_rev, direction."),
    LJP("ljp", "Liquid junction potential of a patch pipette against the bath; corrected V_m."),
    DONNAN("donnan", "Gibbs-Donnan equilibrium: potential, concentrations, osmotic imbalance."),
    ACTIVITY("activity", "Activity coefficients (Davies, extended Debye-Hueckel, limiting law)."),
    CHECK("check", "Grade a CSV of homework answers and name the likely mistakes."),
    IONS("ions", "The built-in ions and their valences; presets with their sources."),
    PLOT("plot", "Plot columns of a CSV: an SVG or PNG file, or in the terminal."),
    GENERATE_COMPLETION("generate-completion",
            "Print a bash/zsh completion script: source <(echem generate-completion).");

    private final String command;
    private final String summary;

    Subcommand(String command, String summary) {
        this.command = command;
        this.summary = summary;
    }

    /** @return the name typed on the command line, e.g. {@code nernst} */
    public String command() {
        return command;
    }

    /** @return the one-line summary shown in {@code echem --help} */
    public String summary() {
        return summary;
    }

    /**
     * @return a new row function of this subcommand, or null for one that calculates nothing
     *     ({@code check}, {@code ions}, {@code generate-completion}). A switch rather than a
     *     constructor reference: a lambda's first use costs start-up time.
     */
    public Calculation calculation() {
        switch (this) {
            case NERNST:
                return new NernstCalc();
            case DRIVE:
                return new DriveCalc();
            case CURRENT:
                return new CurrentCalc();
            case GHK:
                return new GhkCalc();
            case PUMP:
                return new PumpCalc();
            case SURFACE:
                return new SurfaceCalc();
            case CHARGE:
                return new ChargeCalc();
            case PMF:
                return new PmfCalc();
            case TRANSPORT:
                return new TransportCalc();
            case LJP:
                return new LjpCalc();
            case DONNAN:
                return new DonnanCalc();
            case ACTIVITY:
                return new ActivityCalc();
            default:
                return null;
        }
    }

    /** @return whether this subcommand has a row function (and so a CSV batch mode and check problems) */
    public boolean calculates() {
        return calculation() != null;
    }

    /** @return the subcommand typed as {@code name}, or null */
    public static Subcommand named(String name) {
        for (Subcommand s : values()) {
            if (s.command.equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** @return the names of the subcommands that calculate, in help order */
    public static List<String> calculating() {
        List<String> names = new ArrayList<>();
        for (Subcommand s : values()) {
            if (s.calculates()) {
                names.add(s.command);
            }
        }
        return names;
    }
}
