package org.echem.cli;

import org.junit.jupiter.api.Test;

/** Failures {@link FuzzTest} found, each with the input that broke it (reduced), named for what broke. */
class FuzzRegressionTest {

    /** {@code check ''}: the empty path is the working directory; opening it worked, reading it threw (exit 1). */
    @Test
    void emptyFileNameIsADirectoryNotAnInternalError() {
        CliResult.run("check", "").should().exitedWith(3).errContains("the file name is empty");
        CliResult.run("nernst", "--csv", "").should().exitedWith(3).errContains("--csv ''", "the file name is empty");
        CliResult.run("nernst", "--csv", ".").should().exitedWith(3).errContains("is a directory");
    }

    /** {@code ghk --perm Na=}: an entry without a value was listed but had no text (NullPointerException, exit 1). */
    @Test
    void mapEntryWithoutAValueIsAUsageError() {
        CliResult.run("ghk", "--perm", "Na=", "--preset", "squid", "--vm", "0.5C/m2").should().exitedWith(2)
                .errContains("--perm 'Na='", "Na has no value");
        CliResult.run("nernst", "--in", "K=140,Na=", "--out", "K=5,Na=145").should().exitedWith(2)
                .errContains("Na has no value");
    }

    /** A CSV cell {@code K=140,Na=} in a map column: the same, per row. */
    @Test
    void csvMapCellEntryWithoutAValueIsARowError() {
        CliResult.runWithStdin("in,out\nK=140,Na=,K=5\n", "nernst", "--csv", "-").should().exitedWith(3);
        CliResult.runWithStdin("in,out\n\"K=140,Na=\",\"K=5,Na=145\"\n", "nernst", "--csv", "-").should()
                .exitedWith(3).errContains("line 2", "column in");
    }

    /**
     * {@code ghk --csv -} with a pair in a map entry's column ({@code perm.K} = {@code Ca=100nM}): the entry was
     * listed but its text read as absent (NullPointerException, exit 1). Now the cell is the value, and a bad one.
     */
    @Test
    void pairsInAMapEntryColumnAreABadValueNotAnInternalError() {
        CliResult.runWithStdin("perm.K,id\r\nCa=100nM,|\r\n", "ghk", "--csv", "-", "--vm", "-1").should()
                .exitedWith(3).errContains("line 2", "perm.K", "Ca=100nM");
    }
}
