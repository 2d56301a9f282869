package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 24's template search: every numeric value of every one-off README example (options and
 * NAME=VALUE entries, with or without a unit) is pushed to ±1e308, 1e-320 or 0, one or several at
 * a time, and the run must keep the contract: exit 0, 2, 3, 4 (check) or 5, never 1; no NaN or
 * Infinity in stdout; no stack trace; an error message starting with {@code echem:}.
 * {@code -Dfuzz.extremes=N} sets the number of runs (default 20,000; seed {@code -Dfuzz.seed}).
 */
class ExtremesFuzzTest {
    private static final String[] EXTREMES = {"1e308", "-1e308", "1e-320", "-1e-320", "0", "1.7976931348623157e308"};
    /** A number at the start of a value or after '=' or ':' (so units and names stay as they are). */
    private static final Pattern NUMBER = Pattern.compile("(?<=^|=|:)[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    @Test
    void extremeValuesInEveryReadmeExampleKeepTheContract() throws IOException {
        List<List<String>> templates = new ArrayList<>();
        for (String ex : ReadmeExamplesTest.examples(Path.of("README.md"))) {
            if (ex.contains("|") || ex.contains("<") || ex.contains(">") || ex.contains("$(") || ex.contains("--csv")) {
                continue;
            }
            List<String> words = ReadmeExamplesTest.words(ex.substring("bin/echem ".length()));
            if (slots(words).size() > 0) {
                templates.add(words);
            }
        }
        assertThat(templates).as("README examples with numbers").hasSizeGreaterThan(10);
        int runs = Integer.getInteger("fuzz.extremes", 20_000);
        Random rnd = new Random(Long.getLong("fuzz.seed", 24L));
        Map<Integer, Integer> exits = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> t = templates.get(rnd.nextInt(templates.size()));
            List<int[]> slots = slots(t);
            List<String> args = new ArrayList<>(t);
            int n = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(slots.size()) : 0);
            for (int k = 0; k < n; k++) {
                int[] s = slots.get(rnd.nextInt(slots.size()));
                args.set(s[0], replace(args.get(s[0]), s[1], EXTREMES[rnd.nextInt(EXTREMES.length)]));
            }
            String[] argv = args.toArray(new String[0]);
            CliResult r = CliResult.run(argv);
            exits.merge(r.exit(), 1, Integer::sum);
            String problem = FuzzTest.problem(argv[0], r, false);
            if (problem != null && failures.size() < 20) {
                failures.add(problem + ": echem " + String.join(" ", argv) + "\n  stderr: " + r.err());
            }
        }
        System.out.printf("extremes fuzz: %d runs over %d README examples, exits by code %s%n", runs,
                templates.size(), exits);
        assertThat(failures).as("runs that broke the contract").isEmpty();
        assertThat(exits.getOrDefault(1, 0)).isZero();
    }

    /** @return the numbers of {@code words} as {word index, number index within the word} */
    private static List<int[]> slots(List<String> words) {
        List<int[]> slots = new ArrayList<>();
        for (int w = 1; w < words.size(); w++) {
            String word = words.get(w);
            String value = word.startsWith("--") ? (word.contains("=") ? word.substring(word.indexOf('=') + 1) : null)
                    : words.get(w - 1).startsWith("--") ? word : null;
            if (value == null) {
                continue;
            }
            Matcher m = NUMBER.matcher(value);
            int k = 0;
            while (m.find()) {
                slots.add(new int[] {w, k++});
            }
        }
        return slots;
    }

    /** @return {@code word} with its {@code index}-th number (in its value) replaced by {@code with} */
    private static String replace(String word, int index, String with) {
        int eq = word.startsWith("--") ? word.indexOf('=') + 1 : 0;
        String head = word.substring(0, eq);
        Matcher m = NUMBER.matcher(word.substring(eq));
        StringBuilder b = new StringBuilder(head);
        int k = 0;
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(k++ == index ? with : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }
}
