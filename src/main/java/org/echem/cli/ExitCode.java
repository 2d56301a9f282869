package org.echem.cli;

/** The exit codes of SPEC §6, listed in {@code echem --help}. */
public enum ExitCode {
    OK(0),
    INTERNAL(1),
    USAGE(2),
    DATA(3),
    INCORRECT(4),
    NO_CONVERGENCE(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** @return what the code means, in the language in use */
    public String meaning() {
        return org.echem.lang.Msg.help("help.exit." + code);
    }

    /** @return the lines of the exit-code table for help footers */
    public static String[] helpLines() {
        ExitCode[] all = values();
        String[] out = new String[all.length + 1];
        out[0] = "%n" + org.echem.lang.Msg.help("help.exit_codes");
        for (int i = 0; i < all.length; i++) {
            out[i + 1] = "  " + all[i].code + "  " + all[i].meaning();
        }
        return out;
    }
}
