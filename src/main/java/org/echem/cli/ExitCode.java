package org.echem.cli;

/** The exit codes of SPEC §6, listed in {@code echem --help}. */
public enum ExitCode {
    OK(0, "success"),
    INTERNAL(1, "internal error (a bug; a stack trace only with --verbose)"),
    USAGE(2, "usage: unknown, missing or conflicting option, bad value or unit, out of domain"),
    DATA(3, "data: unreadable file, invalid CSV row (with --on-error fail)"),
    INCORRECT(4, "check: at least one answer incorrect"),
    NO_CONVERGENCE(5, "a solver did not converge");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** @return the lines of the exit-code table for help footers */
    public static String[] helpLines() {
        ExitCode[] all = values();
        String[] out = new String[all.length + 1];
        out[0] = "%nExit codes:";
        for (int i = 0; i < all.length; i++) {
            out[i + 1] = "  " + all[i].code + "  " + all[i].meaning;
        }
        return out;
    }
}
