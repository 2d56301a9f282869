package org.echem.grading;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.echem.io.DataException;
import org.echem.io.Numbers;
import org.echem.lang.Msg;

/**
 * The class's results (SPEC §8): per student the verdict counts and a verdict per problem id (the
 * gradebook), per problem id how many answered, the share correct and the most common hint (the item
 * analysis). Memory: one small record per student and per problem, none per answer row.
 */
final class Gradebook {
    private final GradeKey key;
    private final Map<String, Entry> students = new LinkedHashMap<>();
    private final Item[] items;

    /** A student's row. */
    private static final class Entry {
        final int[] counts = new int[3];
        final byte[] verdicts;
        final int problems;

        Entry(int ids, int problems) {
            verdicts = new byte[ids];
            this.problems = problems;
        }
    }

    /** A problem's row. */
    private static final class Item {
        int graded;
        int answered;
        int correct;
        final Map<String, Integer> hints = new LinkedHashMap<>();
        /** The hint of each key of {@link #hints}, to be said in the language in use. */
        final Map<String, Hint> said = new java.util.HashMap<>();
    }

    Gradebook(GradeKey key) {
        this.key = key;
        items = new Item[key.ids().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new Item();
        }
    }

    void add(ClassGrading.Student s) {
        students.put(s.name, new Entry(items.length, s.problems == null ? 0 : s.problems.size()));
    }

    /** @return the verdict {@code student} got for {@code p}, or null when not graded yet */
    Check.Verdict verdict(String student, GradeKey.Problem p) {
        Entry e = students.get(student);
        byte v = e == null ? 0 : e.verdicts[p.index()];
        return v == 0 ? null : Check.Verdict.values()[v - 1];
    }

    void record(ClassGrading.Student s, GradeKey.Problem p, Check.Graded g, boolean answered) {
        Entry e = students.get(s.name);
        e.verdicts[p.index()] = (byte) (g.verdict().ordinal() + 1);
        e.counts[g.verdict().ordinal()]++;
        Item it = items[p.index()];
        it.graded++;
        if (answered) {
            it.answered++;
        }
        if (g.verdict() == Check.Verdict.CORRECT) {
            it.correct++;
        } else {
            Hint k = kind(g);
            String en = k.isEmpty() ? NONE : k.en();
            if (it.hints.merge(en, 1, Integer::sum) == 1) {
                it.said.put(en, k);
            }
        }
    }

    /** An answer row that is itself invalid (an unknown id, a ragged row): an error of the student's. */
    void error(ClassGrading.Student s) {
        if (s != null) {
            students.get(s.name).counts[Check.Verdict.ERROR.ordinal()]++;
        }
    }

    /** The key of an answer without a hint among the counted hints. */
    private static final String NONE = "(none)";

    /**
     * @return the hint as counted: without the row's particulars (the text of an unreadable answer,
     *     line numbers, the inputs that differ); {@link Hint#NONE} for none
     */
    static Hint kind(Check.Graded g) {
        if (g.verdict() == Check.Verdict.ERROR) {
            return Hint.of("grading.kind.error");
        }
        Hint h = g.hint();
        if (h.is("check.hint.and_differ")) {
            h = h.arg(0);
        } else if (h.is("check.hint.differ")) {
            return Hint.of("grading.kind.differ");
        }
        if (h.is("check.hint.unreadable")) {
            return Hint.of("grading.kind.unreadable");
        }
        return h;
    }

    /** @return the summed verdict counts of {@code here} */
    int[] fileCounts(List<ClassGrading.Student> here) {
        int[] c = new int[3];
        for (ClassGrading.Student s : here) {
            Entry e = students.get(s.name);
            for (int i = 0; i < 3; i++) {
                c[i] += e.counts[i];
            }
        }
        return c;
    }

    private static String pct(int part, int whole) {
        if (whole == 0) {
            return "0";
        }
        double p = 100.0 * part / whole;
        return p == Math.rint(p) ? Long.toString((long) p) : Numbers.fixed(p, 1);
    }

    /** @return the most common hint of {@code it} in English (as the item analysis file holds it), or "" */
    private static String common(Item it, boolean count) {
        String best = "";
        int n = 0;
        for (Map.Entry<String, Integer> h : it.hints.entrySet()) {
            if (!h.getKey().equals(NONE) && h.getValue() > n) {
                best = h.getKey();
                n = h.getValue();
            }
        }
        return count ? (n == 0 ? "0" : Integer.toString(n)) : best;
    }

    /** @return the most common hint of {@code it} in the language in use, or "" */
    private static String commonSaid(Item it) {
        String en = common(it, false);
        return en.isEmpty() ? "" : it.said.get(en).text();
    }

    String gradebookCsv() {
        StringBuilder b = new StringBuilder("student,correct,incorrect,errors,score_pct");
        for (String id : key.ids()) {
            b.append(',').append(csv(id));
        }
        b.append('\n');
        for (Map.Entry<String, Entry> s : students.entrySet()) {
            Entry e = s.getValue();
            b.append(csv(s.getKey())).append(',').append(e.counts[0]).append(',').append(e.counts[1]).append(',')
                    .append(e.counts[2]).append(',').append(pct(e.counts[0], e.problems));
            for (byte v : e.verdicts) {
                b.append(',').append(v == 0 ? "" : Check.Verdict.values()[v - 1].toString());
            }
            b.append('\n');
        }
        return b.toString();
    }

    String itemsCsv() {
        StringBuilder b = new StringBuilder("id,quantity,n,correct_pct,common_hint,common_hint_n\n");
        for (int i = 0; i < items.length; i++) {
            Item it = items[i];
            b.append(csv(key.ids().get(i))).append(',').append(csv(key.quantities().get(i))).append(',')
                    .append(it.answered).append(',').append(pct(it.correct, it.graded)).append(',')
                    .append(csv(common(it, false))).append(',').append(common(it, true)).append('\n');
        }
        return b.toString();
    }

    /** @return the gradebook for people: a mark per problem (✓ ✗ !, · where the student had no such problem) */
    List<List<String>> shortForm() {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(Msg.text("grading.head.student"), Msg.text("grading.head.correct"),
                Msg.text("grading.head.incorrect"), Msg.text("grading.head.errors"), Msg.text("grading.head.score")));
        head.addAll(key.ids());
        rows.add(head);
        for (Map.Entry<String, Entry> s : students.entrySet()) {
            Entry e = s.getValue();
            List<String> r = new ArrayList<>(List.of(s.getKey(), Integer.toString(e.counts[0]),
                    Integer.toString(e.counts[1]), Integer.toString(e.counts[2]), pct(e.counts[0], e.problems) + "%"));
            for (byte v : e.verdicts) {
                r.add(v == 0 ? "·" : v == 1 ? "✓" : v == 2 ? "✗" : "!");
            }
            rows.add(r);
        }
        return rows;
    }

    /** @return the item analysis for people */
    List<List<String>> itemsShortForm() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Msg.text("grading.head.id"), Msg.text("grading.head.quantity"),
                Msg.text("grading.head.answered"), Msg.text("grading.head.correct"),
                Msg.text("grading.head.common_hint")));
        for (int i = 0; i < items.length; i++) {
            Item it = items[i];
            String hint = commonSaid(it);
            rows.add(List.of(key.ids().get(i), key.quantities().get(i),
                    Msg.text("grading.answered_of", it.answered, it.graded), pct(it.correct, it.graded) + "%",
                    hint.isEmpty() ? "" : Msg.text("grading.common_hint", hint, common(it, true))));
        }
        return rows;
    }

    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && s.equals(s.strip())) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Writes {@code content} to {@code file} (UTF-8), the error naming {@code option}. */
    static void write(String file, String option, String content) {
        if (file.isBlank()) {
            throw new DataException(Msg.text("grading.error.write_empty_name", option));
        }
        try (OutputStream o = new FileOutputStream(file)) {
            o.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataException(Msg.text("grading.error.cannot_write", option, file, e.getMessage()));
        }
    }
}
