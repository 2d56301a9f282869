package org.echem.io;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Opening a CSV input, a file or standard input, with the errors a user can act on. */
public final class CsvFiles {
    private CsvFiles() {}

    /**
     * Opens a CSV input: the file, or {@code stdin} for {@code -}.
     *
     * @param file the path, or {@code -}
     * @param label how messages name it, e.g. {@code --csv 'ions.csv'}
     * @throws DataException when it does not exist or cannot be read
     */
    public static InputStream open(String file, String label, InputStream stdin) {
        if (file.equals("-")) {
            return stdin;
        }
        if (file.isBlank()) { // '' is the working directory: opening it succeeds, reading fails
            throw new DataException(label + ": the file name is empty (an unset shell variable?)");
        }
        java.io.File f = new java.io.File(file); // java.io rather than NIO: its classes are loaded at start-up already
        if (f.isDirectory()) {
            throw new DataException(label + ": is a directory, expected a CSV file");
        }
        if (!f.exists()) {
            if (java.nio.file.Files.isSymbolicLink(f.toPath())) {
                throw new DataException(label + ": a symbolic link that leads nowhere (its target is missing, or"
                        + " links loop)");
            }
            throw new DataException(label + ": no such file");
        }
        if (file.endsWith("/") || file.endsWith(java.io.File.separator)) { // java.io.File drops the slash
            throw new DataException(label + ": is not a directory, though the name ends with '/'");
        }
        try {
            return new FileInputStream(f);
        } catch (IOException | RuntimeException e) {
            throw new DataException(label + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    /** @return the delimiter {@code d} names: , ; or tab ({@code \t}, {@code tab}) */
    public static char separator(String option, String d) {
        if (d.equals(",") || d.equals(";")) {
            return d.charAt(0);
        }
        if (d.equals("\t") || d.equals("\\t") || d.equalsIgnoreCase("tab")) {
            return '\t';
        }
        throw new InputException(option + " '" + d + "': expected ',', ';' or tab (\\t)");
    }

    /**
     * SPEC §7: csv output takes the input's delimiter unless {@code --output-delimiter} names another;
     * tsv is tab; {@code --decimal-comma} needs ; or tab.
     *
     * @return the delimiter of delimited output
     */
    public static char outputSeparator(Format format, String outputDelimiter, boolean decimalComma, char inputSeparator) {
        if (outputDelimiter != null && format != Format.CSV) {
            throw new InputException("--output-delimiter '" + outputDelimiter + "' with --format "
                    + format.name().toLowerCase(java.util.Locale.ROOT) + ": expected csv output (--format csv)");
        }
        char sep = format == Format.TSV ? '\t'
                : outputDelimiter != null ? separator("--output-delimiter", outputDelimiter) : inputSeparator;
        if (decimalComma && (format == Format.JSON || format == Format.TEXT)) {
            throw new InputException("--decimal-comma with --format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + ": expected csv or tsv output with a ';' or tab delimiter");
        }
        if (decimalComma && sep == ',') {
            throw new InputException("--decimal-comma with the output delimiter ',': a decimal comma needs ';' or"
                    + " tab as the delimiter (--output-delimiter ';')");
        }
        return sep;
    }

    /**
     * @param delimiter {@code --delimiter}: , ; or tab ({@code \t}, {@code tab}); null to detect it
     * @param name how messages name the input
     * @return a reader of the records of {@code in} as Batch and check read them
     */
    public static CsvInput reader(InputStream in, String delimiter, String name) {
        char sep = delimiter == null ? 0 : separator("--delimiter", delimiter);
        try {
            return new CsvInput(in, sep);
        } catch (IOException e) {
            throw new DataException("cannot read " + name + ": " + e.getMessage());
        }
    }
}
