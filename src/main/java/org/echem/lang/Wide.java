package org.echem.lang;

/**
 * Full-width forms, as a Chinese input method types them ({@code －７０ｍＶ}, {@code Ｋ＝１４０}), read
 * as their ASCII twins. Only U+FF01–U+FF5E and the ideographic space U+3000 change; everything else
 * (µ, °, ², ⁺, Chinese characters) is left as it is.
 */
public final class Wide {
    private Wide() {
    }

    /** @return {@code s} with full-width ASCII forms made ASCII; {@code s} itself when it has none */
    public static String narrow(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !wide(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            b.append(c == '\u3000' ? ' ' : wide(c) ? (char) (c - 0xFEE0) : c);
        }
        return b.toString();
    }

    /** @return whether {@code s} has a full-width form to narrow */
    public static boolean hasWide(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (wide(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wide(char c) {
        return (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000';
    }
}
