package org.echem.cli;

import java.util.List;
import java.util.Set;

/**
 * One subcommand's row function: named inputs in, result rows out. The same function serves a
 * one-off calculation, every row of a CSV batch and every problem of a homework check.
 */
public interface Calculation {

    /**
     * The result fields, fixed before the first row is computed (a CSV header needs them).
     *
     * @param present the input keys available: options given and CSV columns
     */
    Schema schema(Set<String> present);

    /**
     * Computes the result rows for one set of inputs.
     *
     * @param in the inputs
     * @param out where the rows go, in order
     * @param explain the worked steps, for {@code --explain}
     * @throws InputException for an input that is missing, malformed or outside its domain
     */
    void compute(Inputs in, List<Row> out, Explain explain);
}
