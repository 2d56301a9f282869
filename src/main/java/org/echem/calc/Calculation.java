package org.echem.calc;

import java.util.List;
import java.util.Set;
import org.echem.core.ConstantSet;
import org.echem.io.InputException;
import org.echem.io.Numbers;
import org.echem.io.Row;
import org.echem.io.Schema;

/**
 * One subcommand's row function: named inputs in, result rows out. The same function serves a
 * one-off calculation, every row of a CSV batch and every problem of a homework check.
 */
public interface Calculation {

    /** @return the subcommand's help text and inputs */
    Declaration declaration();

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
     * @throws org.echem.io.InputException for an input that is missing, malformed or outside its domain
     */
    void compute(Inputs in, List<Row> out, Explain explain);

    /**
     * A batch's short path for this calculation's plainest rows, or null (the default): none.
     * Speed seam (docs/performance.md, "A short path for plain rows"): a kernel gives exactly the
     * rows {@link #run} gives, byte for byte in every format ({@code KernelTest}); anything it does
     * not take, it leaves to the row function. Deleting it changes no output.
     *
     * @param keys the input keys a batch gives: its CSV columns and the options
     */
    default Kernel kernel(Set<String> keys) {
        return null;
    }

    /** The row function of a calculation's plainest rows (see {@link #kernel}). */
    @FunctionalInterface
    interface Kernel {
        /**
         * @return whether it computed the row into {@code out}, as {@link #run} would; false, with
         *     {@code out} untouched, for a row it does not take (a unit, a blank cell, a bad value):
         *     the row function then computes it, or says what is wrong with it
         */
        boolean row(RowSource src, List<Row> out);
    }

    /** Runs {@code calc} on {@code in} and records on each row the temperature and constants it used. */
    static void run(Calculation calc, Inputs in, List<Row> rows, Explain ex) {
        try {
            calc.compute(in, rows, ex);
        } catch (Numbers.NotFinite e) { // an intermediate value of the explanation or a note overflowed
            throw InputException.of("input.overflow", in.source() instanceof RowSource
                    ? ((RowSource) in.source()).described() : org.echem.lang.Message.literal(in.source().describe()));
        }
        if (!rows.isEmpty()) {
            boolean usesT = in.temperatureRead();
            double t = in.temperature();
            ConstantSet k = in.constants();
            String preset = in.has(Input.PRESET) ? Presets.note(in.text(Input.PRESET), in.has(Input.TEMP) || !usesT) : null;
            for (Row r : rows) {
                r.at(t, k);
                if (!usesT) {
                    r.temperatureFree();
                }
            }
            if (preset != null) {
                rows.get(rows.size() - 1).note(preset);
            }
        }
    }
}
