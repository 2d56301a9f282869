package org.echem.io;

/**
 * Text from a user's input made safe to show in a terminal: control characters (C0, DEL, C1) are
 * written as escapes ({@code \t}, {@code \n}, {@code \x1b}), so that a cell cannot move the cursor,
 * change colours or clear the screen when a message or a text table echoes it.
 */
public final class Visible {
    private Visible() {}

    /** @return {@code s} with its control characters escaped; {@code s} itself when it has none */
    public static String of(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        int n = s.length();
        while (i < n && !control(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 8).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!control(c)) {
                b.append(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else {
                b.append("\\x").append(Character.forDigit(c >> 4 & 0xf, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        return b.toString();
    }

    private static boolean control(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
