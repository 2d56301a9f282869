package org.echem.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two bundles say the same things: the same keys, and placeholders that take the same arguments. */
class MessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?([-#+ 0,(]*\\d*(?:\\.\\d+)?)([a-zA-Z%])");

    @Test
    void everyKeyIsInBothBundles() {
        assertThat(Msg.bundle(Lang.ZH).keySet()).containsExactlyInAnyOrderElementsOf(Msg.bundle(Lang.EN).keySet());
        assertThat(Msg.bundle(Lang.EN)).hasSizeGreaterThan(90);
    }

    /**
     * A bundle is read only as far as the key asked for (Bundles.Lazy), so a key given twice would
     * be found at its first line, where java.util.Properties takes the last: no key is given twice.
     */
    @Test
    void noKeyIsGivenTwice() throws java.io.IOException {
        for (String name : new String[] {"messages_en.properties", "messages_zh.properties"}) {
            List<String> keys = new ArrayList<>();
            try (java.io.InputStream in = Msg.class.getResourceAsStream(name)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    java.util.Properties one = new java.util.Properties();
                    one.load(new java.io.StringReader(line));
                    keys.addAll(one.stringPropertyNames());
                }
            }
            assertThat(keys).as(name).hasSizeGreaterThan(1000).doesNotHaveDuplicates();
        }
    }

    @Test
    void placeholdersMatchKeyByKey() {
        List<String> mismatched = new ArrayList<>();
        for (Map.Entry<String, String> e : Msg.bundle(Lang.EN).entrySet()) {
            String zh = Msg.bundle(Lang.ZH).get(e.getKey());
            if (zh != null && !arguments(e.getValue()).equals(arguments(zh))) {
                mismatched.add(e.getKey() + ": " + arguments(e.getValue()) + " vs " + arguments(zh));
            }
        }
        assertThat(mismatched).isEmpty();
    }

    @Test
    void everyPatternFormats() {
        for (Lang lang : Lang.values()) {
            for (Map.Entry<String, String> e : Msg.bundle(lang).entrySet()) {
                Object[] args = new Object[arguments(e.getValue()).size()];
                java.util.Arrays.fill(args, "x");
                assertThat(Msg.text(lang, e.getKey(), args)).as(lang + " " + e.getKey()).isNotNull();
            }
        }
    }

    @Test
    void chineseIsChineseWhereEnglishHasWords() {
        // a zh value that is the English one word for word is a translation forgotten, unless it has no
        // English words at all (symbols, formulas, names)
        List<String> untranslated = new ArrayList<>();
        for (Map.Entry<String, String> e : Msg.bundle(Lang.EN).entrySet()) {
            String en = e.getValue();
            if (en.equals(Msg.bundle(Lang.ZH).get(e.getKey())) && en.matches(".*[a-z]{4,} [a-z]{3,}.*")) {
                untranslated.add(e.getKey());
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void aMissingKeyShowsAsItselfAndLangParses() {
        assertThat(Msg.text(Lang.ZH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Lang.parse("zh_CN.UTF-8")).isEqualTo(Lang.ZH);
        assertThat(Lang.parse("ZH")).isEqualTo(Lang.ZH);
        assertThat(Lang.parse("en_US")).isEqualTo(Lang.EN);
        assertThat(Lang.parse("C.UTF-8")).isNull();
        assertThat(Lang.parse("zhx")).isNull();
    }

    @Test
    void wideFormsReadAsAscii() {
        assertThat(Wide.narrow("－７０ｍＶ")).isEqualTo("-70mV");
        assertThat(Wide.narrow("Ｋ＝１４０，Ｎａ＝１５")).isEqualTo("K=140,Na=15");
        assertThat(Wide.narrow("2.5µM 37°C 钾")).isSameAs(Wide.narrow("2.5µM 37°C 钾")).isEqualTo("2.5µM 37°C 钾");
    }

    /** @return the arguments a pattern takes: position → conversion */
    static Map<Integer, String> arguments(String pattern) {
        Map<Integer, String> args = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int next = 1;
        while (m.find()) {
            String conv = m.group(3);
            if (conv.equals("%") || conv.equals("n")) {
                continue;
            }
            int index = m.group(1) == null ? next++ : Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1));
            args.put(index, conv.toLowerCase(java.util.Locale.ROOT));
        }
        return args;
    }
}
