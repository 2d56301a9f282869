package org.echem.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echem.io.TextStyle;
import org.echem.lang.Lang;
import org.echem.lang.Msg;

/**
 * {@code echem help glossary}: the terms of the textbook chapter in Chinese and English, and the
 * output fields that hold them. The terms are data, in one place: {@code glossary.tsv} beside this
 * class.
 */
final class Glossary {
    private Glossary() {}

    /**
     * One term: in Chinese and in English, the fields that hold it by subcommand (a subcommand with no
     * fields: the whole command), and the values of those fields it names (may be empty).
     */
    record Entry(String zh, String en, Map<String, List<String>> fields, List<String> values) {
        /** @return where the output holds the term: {@code drive: dmu_kJ_mol, drive_mV; …} */
        String where() {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, List<String>> e : fields.entrySet()) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(e.getKey());
                if (!e.getValue().isEmpty()) {
                    b.append(": ").append(String.join(", ", e.getValue()));
                }
            }
            if (!values.isEmpty()) {
                b.append(" = ").append(String.join(", ", values));
            }
            return b.toString();
        }
    }

    /** @return every term, in the order of the table */
    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try (InputStream s = Glossary.class.getResourceAsStream("glossary.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Map<String, List<String>> fields = new LinkedHashMap<>();
                for (String part : f[2].split(";")) {
                    String[] cf = part.split(":", 2);
                    List<String> names = new ArrayList<>();
                    if (cf.length > 1) {
                        for (String n : cf[1].strip().split(" +")) {
                            names.add(n);
                        }
                    }
                    fields.put(cf[0].strip(), names);
                }
                List<String> values = f.length > 3 && !f[3].isBlank() ? List.of(f[3].strip().split(" +")) : List.of();
                out.add(new Entry(f[0], f[1], fields, values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Prints the glossary: a heading, then an aligned table, the run's language first. */
    static void print(PrintWriter out) {
        boolean zh = Lang.current() == Lang.ZH;
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {Msg.text("glossary.column.term"), Msg.text("glossary.column.other"),
            Msg.text("glossary.column.fields")});
        for (Entry e : entries()) {
            rows.add(new String[] {zh ? e.zh() : e.en(), zh ? e.en() : e.zh(), e.where()});
        }
        int[] width = new int[2];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], TextStyle.width(r[i]));
            }
        }
        int indent = width[0] + 2 + width[1] + 2;
        int columns = TextStyle.current().columns();
        for (String l : TextStyle.wrap(Msg.text("glossary.heading"), columns)) {
            out.println(l);
        }
        out.println();
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                b.append(r[i]).append(" ".repeat(width[i] - TextStyle.width(r[i]) + 2));
            }
            // the fields wrap within the terminal, continued under their column
            List<String> lines = TextStyle.wrap(r[2], Math.max(20, columns - indent), 0);
            out.println(b.append(lines.get(0)));
            for (String l : lines.subList(1, lines.size())) {
                out.println(" ".repeat(indent) + l);
            }
        }
        out.flush();
    }
}
