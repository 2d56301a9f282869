package org.echem.io;

import java.util.function.Function;

/**
 * How text output is laid out for this run: the terminal's width ({@code COLUMNS}, else 80),
 * {@code --wide} (a table however wide) and {@code --precision} (decimals of every number in text,
 * the sentences' too; null: 5 significant digits). The command line sets it for the thread that
 * runs a command and clears it after ({@link #set}, {@link #clear}); machine formats ignore it.
 */
public record TextStyle(int columns, boolean wide, Integer precision) {
    /** The width when {@code COLUMNS} is absent or not a number. */
    public static final int DEFAULT_COLUMNS = 80;
    private static final TextStyle DEFAULT = new TextStyle(DEFAULT_COLUMNS, false, null);
    private static final ThreadLocal<TextStyle> CURRENT = new ThreadLocal<>();

    /** @return the style of this thread's run, or 80 columns and 5 significant digits */
    public static TextStyle current() {
        TextStyle s = CURRENT.get();
        return s == null ? DEFAULT : s;
    }

    public static void set(TextStyle style) {
        CURRENT.set(style);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** @return the width named by {@code COLUMNS} in {@code env}: 20 to 1000, else 80 */
    public static int columns(Function<String, String> env) {
        String c = env.apply("COLUMNS");
        if (c != null) {
            try {
                int n = Integer.parseInt(c.strip());
                if (n >= 20 && n <= 1000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return DEFAULT_COLUMNS;
    }

    /** @return this style with {@code wide} and {@code precision} */
    public TextStyle with(boolean wide, Integer precision) {
        return new TextStyle(columns, wide, precision);
    }

    /** @return the columns {@code s} takes in a terminal: combining marks take none (the tilde of Δμ̃) */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int t = Character.getType(cp);
            if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK && t != Character.FORMAT) {
                w += wide(cp) ? 2 : 1;
            }
        }
        return w;
    }

    /** @return whether a terminal shows {@code cp} two columns wide (East Asian Wide and Fullwidth) */
    static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
    }

    /** Punctuation that may not end a line: it stays with the character after it. */
    private static boolean opening(int cp) {
        return "（《「『【“‘".indexOf(cp) >= 0;
    }

    /** Punctuation that may not begin a line: it stays with the character before it. */
    private static boolean closing(int cp) {
        return "，。；：！？、）》」』】”’".indexOf(cp) >= 0;
    }

    /**
     * @return {@code line} broken at spaces into lines of at most {@code columns} (a word longer than
     *     that stays whole); continuation lines are indented like the first line, plus two spaces
     */
    public static java.util.List<String> wrap(String line, int columns) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        return wrap(line, columns, lead + 2);
    }

    /**
     * @return {@code line} broken into lines of at most {@code columns}, continued at {@code indent}:
     *     at spaces, and between Chinese characters (which need none), never before a closing
     *     punctuation mark such as ，or 。
     */
    public static java.util.List<String> wrap(String line, int columns, int indentWidth) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (width(line) <= columns) {
            out.add(line);
            return out;
        }
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') {
            lead++;
        }
        String indent = " ".repeat(Math.min(indentWidth, columns / 2));
        StringBuilder cur = new StringBuilder(line.substring(0, lead));
        int curWidth = lead;
        boolean empty = true;
        int i = lead;
        int n = line.length();
        while (i < n) {
            boolean spaced = false;
            while (i < n && line.charAt(i) == ' ') {
                spaced = true;
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            while (opening(cp) && i < n && line.charAt(i) != ' ') { // an opening mark goes with what follows
                cp = line.codePointAt(i);
                i += Character.charCount(cp);
            }
            if (!wide(cp)) {
                while (i < n && line.charAt(i) != ' ' && !wide(line.codePointAt(i))) {
                    i += Character.charCount(line.codePointAt(i));
                }
            }
            while (i < n && closing(line.codePointAt(i))) { // a closing mark goes with what precedes it
                i += Character.charCount(line.codePointAt(i));
            }
            String word = line.substring(start, i);
            int ww = width(word);
            int gap = spaced && !empty ? 1 : 0;
            if (!empty && curWidth + gap + ww > columns) {
                out.add(cur.toString());
                cur.setLength(0);
                cur.append(indent);
                curWidth = indent.length();
                empty = true;
                gap = 0;
            }
            if (gap > 0) {
                cur.append(' ');
                curWidth++;
            }
            cur.append(word);
            curWidth += ww;
            empty = false;
        }
        out.add(cur.toString());
        return out;
    }
}
