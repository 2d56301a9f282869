package org.echem.io;

import org.echem.lang.Message;

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
            throw DataException.of("io.file.empty_name", label);
        }
        java.io.File f = new java.io.File(file); // java.io rather than NIO: its classes are loaded at start-up already
        if (f.isDirectory()) {
            throw DataException.of("io.file.directory", label);
        }
        if (!f.exists()) {
            if (java.nio.file.Files.isSymbolicLink(f.toPath())) {
                throw DataException.of("io.file.dangling", label);
            }
            throw DataException.of("io.file.missing", label);
        }
        if (file.endsWith("/") || file.endsWith(java.io.File.separator)) { // java.io.File drops the slash
            throw DataException.of("io.file.slash", label);
        }
        try {
            return new FileInputStream(f);
        } catch (IOException | RuntimeException e) {
            throw DataException.of("io.file.unreadable", label, e.getMessage());
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
        throw InputException.of("io.delimiter", option, d);
    }

    /**
     * SPEC §7: csv output takes the input's delimiter unless {@code --output-delimiter} names another;
     * tsv is tab; {@code --decimal-comma} needs ; or tab.
     *
     * @return the delimiter of delimited output
     */
    public static char outputSeparator(Format format, String outputDelimiter, boolean decimalComma, char inputSeparator) {
        if (outputDelimiter != null && format != Format.CSV) {
            throw InputException.of("io.output_delimiter", outputDelimiter, format.name().toLowerCase(java.util.Locale.ROOT));
        }
        char sep = format == Format.TSV ? '\t'
                : outputDelimiter != null ? separator("--output-delimiter", outputDelimiter) : inputSeparator;
        if (decimalComma && (format == Format.JSON || format == Format.TEXT)) {
            throw InputException.of("io.decimal_comma_format", format.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (decimalComma && sep == ',') {
            throw InputException.of("io.decimal_comma_delimiter");
        }
        return sep;
    }

    /**
     * @param delimiter {@code --delimiter}: , ; or tab ({@code \t}, {@code tab}); null to detect it
     * @param name how messages name the input
     * @return a reader of the records of {@code in} as Batch and check read them
     */
    public static CsvInput reader(InputStream in, String delimiter, String name) {
        return reader(in, delimiter, Message.literal(name));
    }

    /** {@link #reader(InputStream, String, String)} with a name to be said in any language ("standard input"). */
    public static CsvInput reader(InputStream in, String delimiter, Message name) {
        char sep = delimiter == null ? 0 : separator("--delimiter", delimiter);
        try {
            return new CsvInput(in, sep);
        } catch (IOException e) {
            throw DataException.of("io.cannot_read", name, e.getMessage());
        }
    }
}
