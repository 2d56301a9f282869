package org.echem.io;

import java.util.Locale;

/** The output formats of {@code --format}. */
public enum Format {
    TEXT, CSV, TSV, JSON;

    /**
     * @return the format named {@code s}, ignoring case
     * @throws IllegalArgumentException naming the accepted names
     */
    public static Format parse(String s) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(s.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException(org.echem.lang.Msg.text("io.format", s,
                Suggest.didYouMean(s, java.util.List.of("text", "csv", "tsv", "json"))));
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
