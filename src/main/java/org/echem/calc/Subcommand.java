package org.echem.calc;

import java.util.ArrayList;
import java.util.List;

/**
 * Every subcommand of echem, declared once, in help order: its name, its one-line summary (in the
 * bundles: {@code help.summary.NAME}) and, for a calculating one, its row function (which carries
 * the rest of its declaration). The command
 * line, {@code check}'s list of gradable commands and the tests that iterate over subcommands all
 * read this list. To add a subcommand, see docs/design.md.
 */
public enum Subcommand {
    NERNST("nernst"),
    DRIVE("drive"),
    CURRENT("current"),
    GHK("ghk"),
    PUMP("pump"),
    SURFACE("surface"),
    CHARGE("charge"),
    PMF("pmf"),
    TRANSPORT("transport"),
    LJP("ljp"),
    DONNAN("donnan"),
    ACTIVITY("activity"),
    CHECK("check"),
    IONS("ions"),
    PLOT("plot"),
    GENERATE_COMPLETION("generate-completion");

    private final String command;

    Subcommand(String command) {
        this.command = command;
    }

    /** @return the name typed on the command line, e.g. {@code nernst} */
    public String command() {
        return command;
    }

    /** @return the one-line summary shown in {@code echem --help}, in the language in use */
    public String summary() {
        return org.echem.lang.Msg.help("help.summary." + command);
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
