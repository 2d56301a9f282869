package org.echem.cli;

import org.junit.jupiter.api.Test;

/** Issue 18: "did you mean" for mistyped options, values and subcommands; {@code echem help [SUB]}. */
class SuggestionsTest {

    private static CliResult at80(String... args) {
        return CliResult.run("", 80, args);
    }

    @Test
    void mistypedOptionsAndValuesGetASuggestion() {
        at80("nernst", "--ion", "K", "--in", "140", "--out", "5", "--tmp", "20").should().exitedWith(2)
                .errContains("unknown option '--tmp' of nernst: did you mean --temp?");
        at80("nernst", "--ion", "K", "--in", "140", "--out", "5", "--format", "jsn").should().exitedWith(2)
                .errContains("did you mean json?");
        at80("nernst", "--ion", "K", "--in", "140", "--out", "5", "--vm", "-70").should().exitedWith(2)
                .errContains("'--vm' of nernst: it is an option of drive");
        at80("drive", "--ion", "K", "--in", "140", "--out", "5", "--v", "-70").should().exitedWith(2)
                .errContains("Unknown options: '--v'");
        at80("nernst", "--csv", "-", "--on-error", "skp").should().exitedWith(2).errContains("did you mean skip?");
        at80("nerst", "--ion", "K").should().exitedWith(2).errContains("did you mean nernst?");
        at80("nernst", "--preset", "squidd", "--ion", "K").should().exitedWith(2).errContains("did you mean squid?");
    }

    @Test
    void helpSubcommand() {
        at80("help").should().succeeded().outContains("Usage: echem", "nernst");
        at80("help", "drive").should().succeeded().outContains("Usage: echem drive");
    }
}
