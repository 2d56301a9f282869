package org.echem.io;

import org.echem.lang.Message;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the accepted name closest to a mistyped one ({@code --tmp} → {@code --temp}). */
public final class Suggest {
    private Suggest() {}

    /**
     * @return the name of {@code names} closest to {@code typed} (case ignored): within an edit distance
     *     of a third of its length (at least 1, at most 3), or one that starts with it; null if none is
     */
    public static String closest(String typed, Collection<String> names) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.replaceFirst("^-+", "").length() < 2) { // too short to guess from (--v: --vm? --z?)
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String n : names) {
            String c = n.toLowerCase(Locale.ROOT);
            int d = distance(t, c);
            int limit = Math.max(1, Math.min(3, c.replaceFirst("^-+", "").length() / 3));
            if (d <= limit && d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        if (best == null && t.replaceFirst("^-+", "").length() >= 2) {
            for (String n : names) {
                if (n.toLowerCase(Locale.ROOT).startsWith(t)) {
                    return n;
                }
            }
        }
        return best;
    }

    /** @return "; did you mean NAME?" for the closest name, or an empty string (in the language in use) */
    public static String didYouMean(String typed, Collection<String> names) {
        return hint(typed, names).text();
    }

    /** @return "; did you mean NAME?" for the closest name, or an empty text, to be said in any language */
    public static Message hint(String typed, Collection<String> names) {
        String c = closest(typed, names);
        return c == null ? Message.literal("") : Message.of("io.did_you_mean", c);
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
