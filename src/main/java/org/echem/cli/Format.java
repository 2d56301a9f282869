package org.echem.cli;

import java.util.Locale;

/** The output formats of {@code --format}. */
public enum Format {
    TEXT, CSV, TSV, JSON;

    /** picocli converter: case-insensitive, with the accepted names in the message. */
    public static Format parse(String s) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        throw new picocli.CommandLine.TypeConversionException(
                "'" + s + "' is not a format, expected text, csv, tsv or json");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
