package org.echem.batch;

/**
 * How a batch runs, as the command line gave it.
 *
 * @param csv the input: a file name, or {@code -} for standard input
 * @param delimiter {@code --delimiter}, or null to detect it from the header
 * @param precision decimals of numbers, or null for the shortest exact text
 * @param onError what a row that cannot be computed does
 * @param outputDelimiter {@code --output-delimiter}, or null for the input's (csv output)
 * @param decimalComma {@code --decimal-comma}: numbers written with a decimal comma (with ; or tab only)
 * @param digits {@code --digits}: significant digits of numbers without {@code --precision}
 * @param threads {@code --threads}: workers for a CSV file; 0 for one per processor
 */
public record Settings(String csv, String delimiter, Integer precision, OnError onError, String outputDelimiter,
        boolean decimalComma, int digits, int threads) {
    public Settings(String csv, String delimiter, Integer precision, OnError onError) {
        this(csv, delimiter, precision, onError, null, false, org.echem.io.Numbers.DEFAULT_DIGITS, 0);
    }
}
