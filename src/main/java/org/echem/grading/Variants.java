package org.echem.grading;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;
import org.echem.io.DataException;
import org.echem.io.Numbers;
import org.echem.lang.Msg;

/**
 * {@code check make} (SPEC §8): per-student variants of a template. The template is a key whose
 * input cells may hold a range, {@code LO..HI[:STEP][UNIT]} ({@code 100..160:5mM}: one of 100, 105,
 * …, 160 mM, each equally likely; without a step, the finest decimal place of the bounds: {@code 1..2.5}
 * steps by 0.1). Each student's values come from a generator seeded by {@code --seed} and the
 * student's name only, so the same seed gives the same files, and adding a student to the roster
 * changes nobody else's sheet. {@code {col}} in a question is replaced by that column's value.
 *
 * <p>Writes {@code DIR/key.csv} (a {@code student} column first, the answers computed) and, per
 * student, {@code DIR/sheets/NAME.csv} (the same columns, the answer empty: the file to hand in)
 * and {@code DIR/sheets/NAME.md} (the sheet to read).
 */
public final class Variants {
    private static final Pattern RANGE = Pattern.compile(
            "^\\s*([+\\-\u2212]?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*([+\\-\u2212]?\\d+(?:\\.\\d+)?)"
                    + "\\s*(?::\\s*(\\d+(?:\\.\\d+)?))?\\s*([^\\d\\s:.+\\-][^:]*)?$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private Variants() {}

    /** What was written. */
    public record Made(int students, int problems, String key, String sheets) {}

    /** A range of a template cell. */
    record Range(BigDecimal lo, BigDecimal step, long count, String unit) {
        String draw(SplittableRandom r) {
            long k = count == 1 ? 0 : r.nextLong(count);
            return lo.add(step.multiply(BigDecimal.valueOf(k))).stripTrailingZeros().toPlainString()
                    .replace("E", "e") + unit;
        }
    }

    /**
     * @return the range written in {@code cell}, or null when it holds none
     * @throws DataException naming {@code where} when it is a range that cannot be drawn from
     */
    static Range range(String cell, String where) {
        Matcher m = RANGE.matcher(cell);
        if (!m.matches()) {
            if (cell.contains("..")) {
                throw new DataException(Msg.text("grading.make.not_a_range", where, cell));
            }
            return null;
        }
        BigDecimal lo = new BigDecimal(m.group(1).replace('\u2212', '-'));
        BigDecimal hi = new BigDecimal(m.group(2).replace('\u2212', '-'));
        BigDecimal step = m.group(3) != null ? new BigDecimal(m.group(3))
                : BigDecimal.ONE.movePointLeft(Math.max(0, Math.max(lo.scale(), hi.scale())));
        if (hi.compareTo(lo) < 0) {
            throw new DataException(Msg.text("grading.make.range_reversed", where, cell));
        }
        if (step.signum() <= 0) {
            throw new DataException(Msg.text("grading.make.step_zero", where, cell));
        }
        BigInteger n = hi.subtract(lo).divideToIntegralValue(step).toBigInteger().add(BigInteger.ONE);
        if (n.bitLength() > 62) {
            throw new DataException(Msg.text("grading.make.too_many_steps", where, cell));
        }
        String unit = m.group(4) == null ? "" : m.group(4).strip();
        return new Range(lo, step, n.longValue(), unit);
    }

    /**
     * Writes the variants of {@code template} for every student of {@code roster} into {@code dir}.
     *
     * @throws DataException for an unreadable template or roster, a bad range, a problem that cannot
     *     be computed with the values drawn, or a directory that cannot be written
     */
    public static Made make(String template, String roster, long seed, String dir, InputStream stdin, String delimiter,
            OptionSource defaults) throws IOException {
        List<String> students = roster(roster, stdin, delimiter);
        String tname = "--key '" + template + "'";
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CsvInput csv = CsvFiles.reader(CsvFiles.open(template, Msg.text("grading.make.open", tname), stdin),
                delimiter, tname)) {
            header = csv.next();
            if (header == null) {
                throw new DataException(Msg.text("grading.make.template_empty", tname));
            }
            header = new ArrayList<>(header);
            List<String> cells;
            while ((cells = csv.next()) != null) {
                if (cells.size() == 1 && cells.get(0).isBlank() && header.size() > 1) {
                    continue;
                }
                if (cells.size() != header.size()) {
                    throw new DataException(Msg.text("grading.make.ragged", tname, csv.line(), cells.size(),
                            header.size()));
                }
                rows.add(new ArrayList<>(cells));
                lines.add(csv.line());
            }
        } catch (CsvInput.Invalid e) {
            throw new DataException(Msg.text("grading.error.not_csv", tname, e.getMessage()));
        }
        List<String> keys = Grading.keys(header);
        for (String c : List.of("id", "command", "quantity")) {
            if (Grading.column(keys, c) < 0) {
                throw new DataException(Msg.text("grading.make.lacks_column", tname, c, String.join(",", header)));
            }
        }
        if (rows.isEmpty()) {
            throw new DataException(Msg.text("grading.error.no_problems", tname));
        }
        if (Grading.column(keys, "student") >= 0) {
            throw new DataException(Msg.text("grading.make.student_column", tname));
        }
        // the key's columns: student first, then the template's; an answer column at the end if it has none
        List<String> outHeader = new ArrayList<>();
        outHeader.add("student");
        outHeader.addAll(header);
        int answer = Grading.column(keys, "answer");
        if (answer < 0) {
            outHeader.add("answer");
        }
        int answerOut = answer < 0 ? outHeader.size() - 1 : answer + 1;
        int question = Grading.column(keys, "question");
        Range[][] ranges = new Range[rows.size()][header.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String base = keys.get(c).split("_", 2)[0];
                if (!ClassGrading.isInput(base) || base.equals("command") || base.equals("quantity")) {
                    continue;
                }
                ranges[r][c] = range(rows.get(r).get(c), Msg.text("grading.where.answer", tname, lines.get(r),
                        header.get(c)));
            }
        }
        List<String> outKeys = Grading.keys(outHeader);
        Check check = new Check(new RowSource(outKeys, defaults), false, true);
        File out = new File(dir);
        File sheets = new File(out, "sheets");
        if (!sheets.isDirectory() && !sheets.mkdirs()) {
            throw new DataException(Msg.text("grading.make.cannot_create", dir, sheets.getPath()));
        }
        StringBuilder key = new StringBuilder(line(outHeader));
        Map<String, String> files = new HashMap<>();
        for (String student : students) {
            String file = fileName(student);
            String other = files.put(file.toLowerCase(Locale.ROOT), student);
            if (other != null) {
                throw new DataException(Msg.text("grading.make.same_sheet", roster, other, student, file));
            }
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ student.hashCode());
            StringBuilder sheet = new StringBuilder(line(outHeader));
            StringBuilder md = new StringBuilder("# Problem sheet: ").append(student).append("\n\n")
                    .append("Answer each problem in the `answer` column of `").append(file).append(".csv` (a number"
                            + " with or without its unit, or a word such as influx) and hand that file in.\n"
                            + "Default temperature 37 °C; V_m = V_in − V_out.\n\n");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = new ArrayList<>();
                row.add(student);
                Map<String, String> drawn = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String v = ranges[r][c] == null ? rows.get(r).get(c) : ranges[r][c].draw(random);
                    row.add(v);
                    drawn.put(keys.get(c).toLowerCase(Locale.ROOT), v);
                }
                if (answer < 0) {
                    row.add("");
                }
                if (question >= 0) {
                    row.set(question + 1, fill(row.get(question + 1), drawn));
                }
                row.set(answerOut, "");
                List<String> problem = new ArrayList<>(row);
                if (question >= 0) {
                    problem.set(question + 1, ""); // text, not an input
                }
                Check.Graded g = check.grade(problem, lines.get(r), new Check.Answer(null, null, Hint.literal("answer")));
                if (g.verdict() == Check.Verdict.ERROR || g.expected() == null) {
                    throw new DataException(Msg.text("grading.make.cannot_compute", tname, lines.get(r), student, seed,
                            g.hint().text()));
                }
                sheet.append(line(row));
                md.append(markdown(header, keys, row, g));
                Object e = g.expected();
                row.set(answerOut, e instanceof Double ? Numbers.shortest((Double) e) : e.toString());
                key.append(line(row));
            }
            write(new File(sheets, file + ".csv"), sheet.toString());
            write(new File(sheets, file + ".md"), md.toString());
        }
        File keyFile = new File(out, "key.csv");
        write(keyFile, key.toString());
        return new Made(students.size(), rows.size(), keyFile.getPath(), sheets.getPath());
    }

    private static String markdown(List<String> header, List<String> keys, List<String> row, Check.Graded g) {
        StringBuilder b = new StringBuilder("## Problem ").append(row.get(1 + Grading.column(keys, "id"))).append("\n\n");
        int q = Grading.column(keys, "question");
        if (q >= 0 && !row.get(q + 1).isBlank()) {
            b.append(row.get(q + 1).strip()).append("\n\n");
        }
        StringBuilder given = new StringBuilder();
        for (int c = 0; c < header.size(); c++) {
            String base = keys.get(c).split("_", 2)[0];
            String v = row.get(c + 1);
            if (v.isBlank() || !ClassGrading.isInput(base) || List.of("command", "quantity", "tolerance", "select")
                    .contains(base)) {
                continue;
            }
            given.append("- ").append(header.get(c).strip()).append(": ").append(v.strip()).append('\n');
        }
        if (given.length() > 0) {
            b.append("Given:\n\n").append(given).append('\n');
        }
        b.append("Find: `").append(g.quantity()).append('`');
        if (!g.unit().isEmpty()) {
            b.append(" (in ").append(g.unit()).append(')');
        }
        return b.append("\n\n").toString();
    }

    /** @return {@code text} with every {@code {col}} replaced by that column's value */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1).strip().toLowerCase(Locale.ROOT));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** @return a file name for {@code student}: letters, digits, {@code - _ .} kept, anything else {@code _} */
    static String fileName(String student) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < student.length(); i++) {
            char c = student.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || (c == '.' && i > 0) ? c : '_');
        }
        return b.toString();
    }

    /** @return the students of the roster: its {@code student} column (else its first), in order, each once */
    static List<String> roster(String roster, InputStream stdin, String delimiter) throws IOException {
        String name = "--roster '" + roster + "'";
        List<String> students = new ArrayList<>();
        try (CsvInput csv = CsvFiles.reader(CsvFiles.open(roster, Msg.text("grading.make.open", name), stdin), delimiter,
                name)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new DataException(Msg.text("grading.make.roster_empty", name));
            }
            int col = Math.max(0, Grading.column(Grading.keys(new ArrayList<>(header)), "student"));
            List<String> cells;
            while ((cells = csv.next()) != null) {
                String s = col < cells.size() ? cells.get(col).strip() : "";
                if (s.isEmpty()) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    throw new DataException(Msg.text("grading.make.name_empty", name, csv.line(), header.get(col)));
                }
                if (students.contains(s)) {
                    throw new DataException(Msg.text("grading.make.listed_twice", name, csv.line(), s));
                }
                students.add(s);
            }
        } catch (CsvInput.Invalid e) {
            throw new DataException(Msg.text("grading.error.not_csv", name, e.getMessage()));
        }
        if (students.isEmpty()) {
            throw new DataException(Msg.text("grading.make.no_students", name));
        }
        return students;
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(Gradebook.csv(cells.get(i)));
        }
        return b.append('\n').toString();
    }

    private static void write(File f, String content) {
        try (OutputStream o = new FileOutputStream(f)) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataException(Msg.text("grading.make.cannot_write", f.getPath(), e.getMessage()));
        }
    }
}
