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
import org.echem.lang.Msg;

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
        String name = file.equals("-") ? Msg.text("grading.stdin") : "'" + file + "'";
        CsvInput csv = CsvFiles.reader(CsvFiles.open(file, file.equals("-") ? Msg.text("grading.open.key_stdin")
                : Msg.text("grading.open.key_file", name), stdin), delimiter, name);
        try (csv) {
            List<String> header = csv.next();
            if (header == null) {
                throw new DataException(Msg.text("grading.error.key_empty", name));
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
                throw new DataException(Msg.text(missing.size() == 1 ? "grading.error.key_lacks_column"
                        : "grading.error.key_lacks_columns", name, String.join(", ", missing),
                        String.join(",", written)));
            }
            GradeKey k = new GradeKey(file.equals("-") ? Msg.text(org.echem.lang.Lang.EN, "grading.stdin") : file, keys,
                    defaults);
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
                    throw new DataException(Msg.text("grading.error.key_ragged", name, line, cells.size(),
                            keys.size()));
                }
                String id = cells.get(idCol).strip();
                if (id.isEmpty()) {
                    throw new DataException(Msg.text("grading.error.key_id_empty", name, line));
                }
                String student = stuCol < 0 ? "" : cells.get(stuCol).strip();
                String variant = student.toLowerCase(Locale.ROOT);
                Long before = seen.put(variant + "\u0000" + id, line);
                if (before != null) {
                    throw new DataException(student.isEmpty()
                            ? Msg.text(stuCol < 0 ? "grading.error.key_again" : "grading.error.key_again_students",
                                    name, line, id, before)
                            : Msg.text("grading.error.key_again_for", name, line, id, student, before));
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
                throw new DataException(Msg.text("grading.error.key_no_problems", name));
            }
            return k;
        } catch (CsvInput.Invalid e) {
            throw new DataException(Msg.text("grading.error.key_not_csv", name, e.getMessage()));
        }
    }

    String name() {
        return name;
    }

    /** @return the key's name as messages say it ("standard input" in the language in use) */
    Hint shownName() {
        return name.equals(Msg.text(org.echem.lang.Lang.EN, "grading.stdin")) ? Hint.of("grading.stdin")
                : Hint.literal(name);
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
