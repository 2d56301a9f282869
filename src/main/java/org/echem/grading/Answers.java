package org.echem.grading;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.echem.lang.Wide;

/**
 * Answers as students write them (SPEC §8), brought to the form {@link Check} reads: a name and an
 * equals sign before the value ({@code E = -89.06 mV}, {@code E_K=−89.06mV}, the spreadsheet habit
 * {@code =-89.06}) are dropped; a decimal comma ({@code -89,06}) is a decimal point when the text has
 * no point; an en dash before the number is a minus; full-width forms ({@code －８９．０６ ｍＶ}, as a
 * Chinese input method types them) are their ASCII twins; Chinese words are the English ones
 * ({@code 内流} influx, {@code 外向} outward, {@code 正向} forward, {@code 增大} increase).
 * Lower-case units ({@code mv}) are {@link org.echem.units.Kind#lowerCaseTyped read} by {@link Check}.
 */
final class Answers {
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("外流", "efflux"),
            Map.entry("内流", "influx"), Map.entry("无", "none"), Map.entry("没有", "none"),
            Map.entry("无净通量", "none"),
            Map.entry("平衡", "none"), Map.entry("动态平衡", "none"), Map.entry("内向", "inward"), Map.entry("外向", "outward"),
            Map.entry("向内", "inward"), Map.entry("向外", "outward"), Map.entry("正向", "forward"),
            Map.entry("反向", "reverse"), Map.entry("增大", "increase"), Map.entry("减小", "decrease"),
            Map.entry("增加", "increase"), Map.entry("减少", "decrease"));
    private static final Pattern DECIMAL_COMMA = Pattern.compile("^[+\\-\u2212]?\\d+,\\d+(?:\\s*[^\\d,.].*)?$");

    private Answers() {}

    /**
     * @param decimalComma whether {@code -89,06} is -89.06 (with {@code --key}; the single-file mode of
     *     SPEC §5 keeps it unreadable, as it always was)
     * @return {@code text} (stripped, not blank) in the form the grader reads; the text itself when nothing applies
     */
    static String normalize(String text, boolean decimalComma) {
        String s = Wide.narrow(text).strip();
        int eq = Math.max(s.lastIndexOf('='), s.lastIndexOf('\uFF1D'));
        if (eq >= 0 && eq < s.length() - 1 && !s.substring(eq + 1).isBlank()) {
            s = s.substring(eq + 1).strip();
        }
        if (!s.isEmpty() && (s.charAt(0) == '\u2013' || s.charAt(0) == '\u2012' || s.charAt(0) == '\uFF0D')) {
            s = "-" + s.substring(1);
        }
        if (decimalComma && s.indexOf('.') < 0 && DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        String w = word(s);
        return w == null ? s : w;
    }

    /** @return the English word for a Chinese direction word ({@code 外流} → efflux), or null */
    static String word(String s) {
        String t = s.strip();
        if (t.endsWith("。") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        String w = WORDS.get(t);
        if (w == null && t.endsWith("电流")) {
            w = WORDS.get(t.substring(0, t.length() - 2));
        }
        if (w == null && !t.equals(s.strip()) && t.chars().allMatch(Character::isLetter)) {
            return t.toLowerCase(Locale.ROOT); // "influx." → influx
        }
        return w;
    }
}
