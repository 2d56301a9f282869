package org.echem.grading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;
import org.echem.io.DataException;

/**
 * A teacher's key (SPEC §8): the problems with their inputs (§5 columns; answers optional). A
 * {@code student} column makes variants: a row naming a student is that student's problem; rows
 * without one are everyone's who has no row of their own.
 */
final class GradeKey {
    /**
     * One problem of the key.
     *
     * @param id its id
     * @param index its position among the ids of the whole key (one gradebook column per id)
     * @param quantity the field graded, as written
     * @param cells its cells, the answer, student and question blanked (they are not inputs)
     * @param line its line in the key
     */
    record Problem(String id, int index, String quantity, List<String> cells, long line) {}

    private final String name;
    private final List<String> keys;
    private final RowSource source;
    private final Map<String, Map<String, Problem>> variants = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> quantities = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> variantNames = new ArrayList<>();

    private GradeKey(String name, List<String> keys, OptionSource defaults) {
        this.name = name;
        this.keys = keys;
        this.source = new RowSource(keys, defaults);
    }

    static GradeKey read(String file, InputStream stdin, String delimiter, OptionSource defaults) throws IOException {
        String name = file.equals("-") ? "standard input" : "'" + file + "'";
        CsvInput csv = CsvFiles.reader(CsvFiles.open(file, "check: --key " + (file.equals("-") ? "standard input"
                : "file " + name), stdin), delimiter, name);
        try (csv) {
            List<String> header = csv.next();
            if (header == null) {
                throw new DataException("--key " + name + " is empty: expected a header line such as "
                        + "id,command,ion,in,out,quantity,answer");
            }
            List<String> written = new ArrayList<>(header);
            List<String> keys = Grading.keys(written);
            List<String> missing = new ArrayList<>();
            for (String c : List.of("id", "command", "quantity")) {
                if (Grading.column(keys, c) < 0) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new DataException("--key " + name + ": the header lacks the column"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; a key needs"
                        + " id,command,quantity and the command's input columns (answer, tolerance, select and"
                        + " student are optional); header: " + String.join(",", written));
            }
            GradeKey k = new GradeKey(file.equals("-") ? "standard input" : file, keys, defaults);
            int idCol = Grading.column(keys, "id");
            int qCol = Grading.column(keys, "quantity");
            int stuCol = Grading.column(keys, "student");
            List<Integer> blanked = new ArrayList<>();
            for (String c : List.of("answer", "student", "question")) {
                if (Grading.column(keys, c) >= 0) {
                    blanked.add(Grading.column(keys, c));
                }
            }
            Map<String, Long> seen = new HashMap<>();
            List<String> cells;
            while ((cells = csv.next()) != null) {
                long line = csv.line();
                if (cells.size() == 1 && cells.get(0).isBlank() && keys.size() > 1) {
                    continue;
                }
                if (cells.size() != keys.size()) {
                    throw new DataException("--key " + name + " line " + line + " has " + cells.size()
                            + " fields, the header " + keys.size() + " (a ragged row; quote fields that hold the"
                            + " delimiter)");
                }
                String id = cells.get(idCol).strip();
                if (id.isEmpty()) {
                    throw new DataException("--key " + name + " line " + line + ", column id is empty: expected the"
                            + " problem's id");
                }
                String student = stuCol < 0 ? "" : cells.get(stuCol).strip();
                String variant = student.toLowerCase(Locale.ROOT);
                Long before = seen.put(variant + "\u0000" + id, line);
                if (before != null) {
                    throw new DataException("--key " + name + " line " + line + ": problem " + id + " appears again"
                            + (student.isEmpty() ? "" : " for student " + student) + " (first on line " + before
                            + "); expected one row per problem" + (stuCol < 0 ? "" : " and student"));
                }
                Integer ix = k.index.get(id);
                if (ix == null) {
                    ix = k.ids.size();
                    k.index.put(id, ix);
                    k.ids.add(id);
                    k.quantities.add(cells.get(qCol).strip());
                }
                List<String> copy = new ArrayList<>(cells);
                for (int b : blanked) {
                    copy.set(b, "");
                }
                if (!k.variants.containsKey(variant)) {
                    k.variants.put(variant, new LinkedHashMap<>());
                    if (!student.isEmpty()) {
                        k.variantNames.add(student);
                    }
                }
                k.variants.get(variant).put(id, new Problem(id, ix, cells.get(qCol).strip(), copy, line));
            }
            if (k.ids.isEmpty()) {
                throw new DataException("--key " + name + " holds no problems: expected a row per problem after the"
                        + " header");
            }
            return k;
        } catch (CsvInput.Invalid e) {
            throw new DataException("--key " + name + ": not valid CSV: " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    RowSource source() {
        return source;
    }

    /** @return the index of the key's column whose key (before any unit) is {@code base}, or -1 */
    int column(String base) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            int us = k.indexOf('_');
            if ((us < 0 ? k : k.substring(0, us)).equals(base)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the problems of {@code student}: their own variant, else the rows without a student; null if none */
    Map<String, Problem> problemsOf(String student) {
        Map<String, Problem> own = variants.get(student.strip().toLowerCase(Locale.ROOT));
        return own != null ? own : variants.get("");
    }

    boolean hasVariants() {
        return !variantNames.isEmpty();
    }

    String variantNames() {
        List<String> n = variantNames.size() <= 12 ? variantNames : variantNames.subList(0, 12);
        return String.join(", ", n) + (variantNames.size() > 12 ? ", …" : "");
    }

    List<String> ids() {
        return ids;
    }

    List<String> quantities() {
        return quantities;
    }
}
