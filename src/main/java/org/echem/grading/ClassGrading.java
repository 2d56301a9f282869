package org.echem.grading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;
import org.echem.io.DataException;
import org.echem.io.Format;
import org.echem.io.InputException;
import org.echem.io.Stdout;
import org.echem.lang.Msg;
import org.echem.lang.Wide;

/**
 * {@code check --key KEY ANSWERS...} (SPEC §8): the problems and their inputs come only from the
 * teacher's key; an answers file gives {@code id,answer} (and optionally {@code student}). Answer
 * files are read one row at a time; what is kept is per student (a verdict per problem) and per
 * problem (counts for the item analysis), never per answer row.
 */
public final class ClassGrading {
    /** Columns of an answers file that are not the key's inputs. */
    private static final Set<String> OWN = Set.of("id", "answer", "student");
    /** Key columns an answers file may hold with any text (the question as the student copied it). */
    private static final Set<String> TEXT = Set.of("id", "answer", "student", "question");

    /** Where a run's outputs go besides the report. */
    public record Outputs(String gradebook, String itemAnalysis) {}

    private final GradeKey key;
    private final Check check;
    private final Gradebook book;
    private final Consumer<String> warn;
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final int[] counts = new int[Check.Verdict.values().length];
    /** Rows of text a file's table holds at most; more go on in a table of their own. */
    static final int CHUNK = 1000;
    private String current;
    private int chunks;

    /** A student's record: their problems (their variant), a verdict per problem, the file they came from. */
    static final class Student {
        final String name;
        final Map<String, GradeKey.Problem> problems;
        final String file;

        Student(String name, Map<String, GradeKey.Problem> problems, String file) {
            this.name = name;
            this.problems = problems;
            this.file = file;
        }
    }

    private ClassGrading(GradeKey key, Check check, Consumer<String> warn) {
        this.key = key;
        this.check = check;
        this.book = new Gradebook(key);
        this.warn = warn;
    }

    /**
     * Grades every answers file against the key and writes the report, then the gradebook and item
     * analysis files when asked for.
     *
     * @param warn where a file that cannot be graded is reported (stderr), besides its error rows
     * @return the verdict counts over every answer graded
     * @throws DataException when the key cannot be read or holds no problem
     */
    public static Grading.Counts run(String keyFile, List<String> files, InputStream stdin, String delimiter,
            OptionSource defaults, Format format, Integer precision, boolean explain, Stdout out, Outputs outputs,
            Consumer<String> warn) throws IOException {
        long dashes = files.stream().filter("-"::equals).count();
        if (dashes > 1 || (dashes == 1 && keyFile.equals("-"))) {
            throw new InputException(dashes > 1 ? Msg.text("grading.error.stdin_times", dashes)
                    : Msg.text("grading.error.stdin_key_and_answers"));
        }
        for (String[] o : new String[][] {{"--gradebook", outputs.gradebook()}, {"--item-analysis",
            outputs.itemAnalysis()}}) {
            if (o[1] != null) {
                writable(o[0], o[1], keyFile, files);
            }
        }
        GradeKey key = GradeKey.read(keyFile, stdin, delimiter, defaults);
        ClassGrading g = new ClassGrading(key, new Check(key.source(), explain && format == Format.TEXT, true).english(format != Format.TEXT), warn);
        Headers headers = Headers.scan(files, stdin, delimiter, key);
        CheckReport report = CheckReport.ofClass(format, out, precision, headers.passedNames());
        for (String f : files) {
            g.file(f, headers, delimiter, stdin, report);
        }
        Grading.Counts c = new Grading.Counts(g.counts[0], g.counts[1], g.counts[2]);
        if (c.total() == 0) {
            throw new DataException(Msg.text("grading.error.no_answers"));
        }
        if (report instanceof CheckReport.Text) {
            ((CheckReport.Text) report).classEnd(Msg.text(g.students.size() == 1 ? "grading.class_summary.one"
                    : "grading.class_summary", c.summary(), g.students.size()), g.book.shortForm(),
                    g.book.itemsShortForm());
        } else {
            report.end(c.summary());
        }
        if (outputs.gradebook() != null) {
            Gradebook.write(outputs.gradebook(), "--gradebook", g.book.gradebookCsv());
        }
        if (outputs.itemAnalysis() != null) {
            Gradebook.write(outputs.itemAnalysis(), "--item-analysis", g.book.itemsCsv());
        }
        return c;
    }

    /** Rejects an output file that is one of the inputs or cannot be written, before anything is graded. */
    private static void writable(String option, String file, String keyFile, List<String> files) {
        java.io.File f = new java.io.File(file);
        if (file.isBlank() || file.equals("-")) {
            throw new InputException(Msg.text("grading.error.output_name", option, file));
        }
        List<String> inputs = new ArrayList<>(files);
        inputs.add(keyFile);
        for (String in : inputs) {
            if (!in.equals("-") && same(f, new java.io.File(in))) {
                throw new InputException(Msg.text("grading.error.output_overwrites", option, file));
            }
        }
        java.io.File parent = f.getAbsoluteFile().getParentFile();
        if (f.isDirectory() || parent == null || !parent.isDirectory()) {
            throw new DataException(Msg.text(f.isDirectory() ? "grading.error.output_directory"
                    : "grading.error.output_no_directory", option, file));
        }
    }

    private static boolean same(java.io.File a, java.io.File b) {
        try {
            return a.getCanonicalFile().equals(b.getCanonicalFile());
        } catch (IOException e) {
            return a.getAbsoluteFile().equals(b.getAbsoluteFile());
        }
    }

    /** @return the student an answers file stands for: its name without directories and extension */
    static String stem(String file) {
        if (file.equals("-")) {
            return "stdin";
        }
        String n = new java.io.File(file).getName();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void file(String file, Headers headers, String delimiter, InputStream stdin, CheckReport report)
            throws IOException {
        Hint shown = file.equals("-") ? Hint.of("grading.stdin") : Hint.literal(file);
        String stem = stem(file);
        current = shown.text();
        chunks = 0;
        List<Student> here = new ArrayList<>();
        Hint broken = headers.problem(file);
        CsvInput csv = null;
        try {
            csv = broken != null ? null : headers.open(file, stdin, delimiter);
            List<String> header = csv == null ? null : headers.header(file);
            if (header != null) {
                broken = rows(csv, file, shown, stem, Grading.keys(header), headers, here, report);
            }
        } catch (CsvInput.Invalid e) {
            broken = Hint.of("grading.error.not_csv", shown, e.getMessage());
        } catch (IOException e) {
            broken = Hint.of("grading.error.cannot_read", shown, e.getMessage());
        } catch (DataException e) {
            broken = Hint.literal(e.getMessage());
        } finally {
            if (csv != null) {
                try {
                    csv.close();
                } catch (IOException e) {
                    // the rows were read; nothing to report
                }
            }
        }
        if (broken != null) {
            warn.accept("check: " + broken.text());
            if (here.isEmpty()) {
                student(stem, file, here);
            }
        }
        for (Student s : here) {
            if (s.problems == null) {
                continue;
            }
            for (GradeKey.Problem p : s.problems.values()) {
                if (book.verdict(s.name, p) == null) {
                    Check.Graded g = broken != null
                            ? new Check.Graded(p.id(), p.quantity(), null, null, null, "", null, Check.Verdict.ERROR,
                                    broken, List.of())
                            : keyErrors(check.grade(p.cells(), p.line(), new Check.Answer(null, null, shown)));
                    record(s, p, g, false, report, headers.passed(s.name, null, null));
                }
            }
        }
        if (report instanceof CheckReport.Text) {
            int[] c = book.fileCounts(here);
            String who = here.isEmpty() ? stem : here.size() == 1 ? here.get(0).name
                    : Msg.text("grading.students", here.size());
            String n = shown.text();
            ((CheckReport.Text) report).block(chunks > 0 ? Msg.text("grading.continued", n)
                    : Msg.text("grading.file_title", who, n), Msg.text("grading.file_summary", who,
                    new Grading.Counts(c[0], c[1], c[2]).summaryOrNone()));
        }
    }

    /** @return why the rest of the file could not be read, or null when it was read to the end */
    private Hint rows(CsvInput csv, String file, Hint name, String stem, List<String> keys, Headers headers,
            List<Student> here, CheckReport report) throws IOException {
        int idCol = Grading.column(keys, "id");
        int ansCol = Grading.column(keys, "answer");
        int stuCol = Grading.column(keys, "student");
        String hint = Grading.unitHint(keys, ansCol);
        List<int[]> compared = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = base(keys.get(i));
            int kc = key.column(k);
            if (!TEXT.contains(k) && (kc >= 0 || isInput(k))) {
                compared.add(new int[] {i, kc});
            }
        }
        List<String> cells;
        while ((cells = csv.next()) != null) {
            long line = csv.line();
            if (cells.size() == 1 && cells.get(0).isBlank() && keys.size() > 1 || blank(cells)) {
                continue;
            }
            String who = stuCol >= 0 && stuCol < cells.size() && !cells.get(stuCol).isBlank()
                    ? cells.get(stuCol).strip() : stem;
            String id = idCol < cells.size() ? cells.get(idCol).strip() : "";
            String text = ansCol < cells.size() && !cells.get(ansCol).isBlank() ? cells.get(ansCol) : null;
            List<String> passed = headers.passed(who, keys, cells);
            Student s = student(who, file, here);
            if (cells.size() != keys.size()) {
                error(s, who, id, Hint.of("grading.error.answers_ragged", name, line, cells.size(), keys.size()),
                        text, report, passed);
                continue;
            }
            if (s == null) {
                Student first = students.get(who);
                error(null, who, id, Hint.of("grading.error.graded_already", name, line, who, first.file), text,
                        report, passed);
                continue;
            }
            if (s.problems == null) {
                error(s, who, id, Hint.of("grading.error.no_variant", name, line, who, key.variantNames()), text,
                        report, passed);
                continue;
            }
            if (id.isEmpty()) {
                error(s, who, id, Hint.of("grading.error.answer_id_empty", name, line, String.join(", ", ids(s))),
                        text, report, passed);
                continue;
            }
            GradeKey.Problem p = s.problems.get(id);
            if (p == null) {
                error(s, who, id, key.hasVariants()
                        ? Hint.of("grading.error.unknown_id_for", name, line, id, who, String.join(", ", ids(s)))
                        : Hint.of("grading.error.unknown_id", name, line, id, String.join(", ", ids(s))),
                        text, report, passed);
                continue;
            }
            if (book.verdict(s.name, p) != null) {
                error(s, who, id, Hint.of("grading.error.twice", name, line, id, who), text, report, passed);
                continue;
            }
            Check.Graded g = keyErrors(check.grade(p.cells(), p.line(),
                    new Check.Answer(text, hint, Hint.of("grading.where.answer", name, line, keys.get(ansCol)))));
            List<Hint> differ = new ArrayList<>();
            for (int[] c : compared) {
                String given = cells.get(c[0]);
                String expected = c[1] < 0 ? "" : p.cells().get(c[1]);
                if (!given.isBlank() && !same(keys.get(c[0]), given, expected)) {
                    differ.add(expected.isBlank() ? Hint.of("grading.differ.empty", keys.get(c[0]), given.strip())
                            : Hint.of("grading.differ.item", keys.get(c[0]), given.strip(), expected.strip()));
                }
            }
            if (!differ.isEmpty()) {
                Hint flag = Hint.of("check.hint.differ", Hint.list(differ));
                g = new Check.Graded(g.id(), g.quantity(), g.expected(), g.answer(), g.error(), g.unit(), g.tolerance(),
                        g.verdict(), g.hint().isEmpty() ? flag : Hint.of("check.hint.and_differ", g.hint(), flag),
                        g.explain());
            }
            record(s, p, g, text != null, report, passed);
        }
        return null;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> ids(Student s) {
        List<String> ids = new ArrayList<>(s.problems.keySet());
        return ids.size() <= 12 ? ids : List.of(String.join(", ", ids.subList(0, 12)), "…");
    }

    /** An error in the key's own problem names the key, so that it is not taken for the student's. */
    private Check.Graded keyErrors(Check.Graded g) {
        if (g.verdict() != Check.Verdict.ERROR) {
            return g;
        }
        return new Check.Graded(g.id(), g.quantity(), null, null, null, "", null, Check.Verdict.ERROR,
                Hint.of("grading.error.in_key", key.shownName(), g.hint()), List.of());
    }

    /**
     * @return whether an answers file's input cell {@code given} says what the key's {@code expected}
     *     says: the same text, spaces aside and full-width forms read as ASCII; for an ion, the same ion
     *     ({@code 钾} is K)
     */
    static boolean same(String column, String given, String expected) {
        if (squeeze(given).equals(squeeze(expected))) {
            return true;
        }
        String c = base(column);
        if (c.equals("ion") || c.equals("select")) {
            try {
                return org.echem.core.Ion.parse(Wide.narrow(given).strip(), null).name()
                        .equals(org.echem.core.Ion.parse(Wide.narrow(expected).strip(), null).name());
            } catch (RuntimeException e) {
                return false;
            }
        }
        return false;
    }

    private static String squeeze(String text) {
        String s = Wide.narrow(text);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c == '\u2212' ? '-' : c);
            }
        }
        return b.toString();
    }

    private static Set<String> inputKeys;

    /** @return whether {@code key} names a problem's input ({@code in}, {@code in.K}, {@code tolerance}, …) */
    static synchronized boolean isInput(String key) {
        if (inputKeys == null) {
            Set<String> k = new java.util.HashSet<>(List.of("command", "quantity", "tolerance", "select"));
            for (org.echem.calc.Subcommand s : org.echem.calc.Subcommand.values()) {
                if (s.calculates()) {
                    for (org.echem.calc.Input in : s.calculation().declaration().inputs()) {
                        k.add(in.key());
                    }
                }
            }
            inputKeys = k;
        }
        int dot = key.indexOf('.');
        return inputKeys.contains(dot > 0 ? key.substring(0, dot) : key);
    }

    private static String base(String key) {
        int us = key.indexOf('_');
        return us < 0 ? key : key.substring(0, us);
    }

    /**
     * @return the record of student {@code who} (new, from this file), or null when an earlier file
     *     held that student
     */
    private Student student(String who, String file, List<Student> here) {
        Student s = students.get(who);
        if (s == null) {
            s = new Student(who, key.problemsOf(who), file);
            students.put(who, s);
            book.add(s);
            here.add(s);
            return s;
        }
        return s.file.equals(file) ? s : null;
    }

    private void error(Student s, String who, String id, Hint message, String text, CheckReport report,
            List<String> passed) throws IOException {
        Check.Graded g = new Check.Graded(id, "", null, text == null ? null : text.strip(), null, "", null,
                Check.Verdict.ERROR, message, List.of());
        counts[g.verdict().ordinal()]++;
        book.error(s == null ? students.get(who) : s);
        report.row(g, passed);
        chunk(report);
    }

    private void record(Student s, GradeKey.Problem p, Check.Graded g, boolean answered, CheckReport report,
            List<String> passed) throws IOException {
        counts[g.verdict().ordinal()]++;
        book.record(s, p, g, answered);
        report.row(g, passed);
        chunk(report);
    }

    /** Text: a table per {@value #CHUNK} rows of one file, so that memory does not grow with its rows. */
    private void chunk(CheckReport report) {
        if (report instanceof CheckReport.Text && ((CheckReport.Text) report).pending() >= CHUNK) {
            ((CheckReport.Text) report).chunk(chunks++ == 0 ? current : Msg.text("grading.continued", current));
        }
    }

    /**
     * The answer files' headers, read before any row: the columns passed through to the output are
     * {@code student} and every column that is neither the key's nor {@code id}/{@code answer}, in
     * the order first seen. Standard input is read once, so its reader stays open until its turn.
     */
    static final class Headers {
        private final List<String> passedKeys = new ArrayList<>();
        private final List<String> passedNames = new ArrayList<>();
        private final Map<String, Hint> problems = new HashMap<>();
        private final Map<String, List<String>> headers = new HashMap<>();
        private CsvInput stdinReader;

        static Headers scan(List<String> files, InputStream stdin, String delimiter, GradeKey key) {
            Headers h = new Headers();
            h.passedKeys.add("student");
            h.passedNames.add("student");
            for (String f : files) {
                if (h.headers.containsKey(f) || h.problems.containsKey(f)) {
                    continue;
                }
                Hint shown = f.equals("-") ? Hint.of("grading.stdin") : Hint.literal(f);
                String name = shown.text();
                CsvInput csv = null;
                try {
                    csv = CsvFiles.reader(CsvFiles.open(f, Msg.text("grading.open.answers", name), stdin), delimiter,
                            name);
                    List<String> header = csv.next();
                    if (header == null) {
                        h.problems.put(f, Hint.of("grading.error.answers_empty", shown));
                        continue;
                    }
                    header = new ArrayList<>(header);
                    List<String> keys = Grading.keys(header);
                    List<String> missing = new ArrayList<>();
                    for (String c : List.of("id", "answer")) {
                        if (Grading.column(keys, c) < 0) {
                            missing.add(c);
                        }
                    }
                    if (!missing.isEmpty()) {
                        h.problems.put(f, Hint.of(missing.size() == 1 ? "grading.error.answers_lacks_column"
                                : "grading.error.answers_lacks_columns", shown, String.join(", ", missing),
                                String.join(",", header)));
                        continue;
                    }
                    h.headers.put(f, header);
                    for (int i = 0; i < keys.size(); i++) {
                        String k = keys.get(i).toLowerCase(Locale.ROOT);
                        if (!OWN.contains(base(k)) && key.column(base(keys.get(i))) < 0 && !isInput(base(keys.get(i)))
                                && !h.passedKeys.contains(k)) {
                            h.passedKeys.add(k);
                            h.passedNames.add(header.get(i).strip());
                        }
                    }
                } catch (DataException e) {
                    h.problems.put(f, Hint.literal(e.getMessage()));
                } catch (CsvInput.Invalid e) {
                    h.problems.put(f, Hint.of("grading.error.not_csv", shown, e.getMessage()));
                } catch (IOException e) {
                    h.problems.put(f, Hint.of("grading.error.cannot_read", shown, e.getMessage()));
                } finally {
                    if (f.equals("-")) {
                        h.stdinReader = csv;
                    } else if (csv != null) {
                        try {
                            csv.close();
                        } catch (IOException e) {
                            // its header was read
                        }
                    }
                }
            }
            return h;
        }

        List<String> passedNames() {
            return passedNames;
        }

        Hint problem(String file) {
            return problems.get(file);
        }

        List<String> header(String file) {
            return headers.get(file);
        }

        /** @return a reader of {@code file} positioned after its header */
        CsvInput open(String file, InputStream stdin, String delimiter) throws IOException {
            if (file.equals("-")) {
                CsvInput r = stdinReader;
                stdinReader = null;
                if (r == null) {
                    throw new DataException(Msg.text("grading.error.stdin_read"));
                }
                return r;
            }
            String name = file;
            CsvInput csv = CsvFiles.reader(CsvFiles.open(file, Msg.text("grading.open.answers", name), stdin), delimiter,
                    name);
            if (csv.next() == null) {
                csv.close();
                throw new DataException(Msg.text("grading.error.changed", name));
            }
            return csv;
        }

        /** @return the passed-through cells of a row: the student, then the extra columns (empty when absent) */
        List<String> passed(String student, List<String> keys, List<String> cells) {
            List<String> out = new ArrayList<>(passedKeys.size());
            out.add(student);
            for (int i = 1; i < passedKeys.size(); i++) {
                String v = "";
                if (keys != null) {
                    for (int j = 0; j < keys.size() && j < cells.size(); j++) {
                        if (keys.get(j).equalsIgnoreCase(passedKeys.get(i))) {
                            v = cells.get(j);
                            break;
                        }
                    }
                }
                out.add(v);
            }
            return out;
        }
    }
}
