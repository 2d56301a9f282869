package org.echem.calc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated tables shipped with echem (presets, solutions): one place that reads them. */
final class Tables {
    private Tables() {}

    /** @return the rows of resource {@code name}, split at tabs; blank lines and # comments left out */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream s = Tables.class.getResourceAsStream(name);
                BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
