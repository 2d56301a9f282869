package org.echem.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The sentences echem says to people, one bundle per language: {@code messages_en.properties} and
 * {@code messages_zh.properties} beside this class, UTF-8. A message is a {@link String#format}
 * pattern with {@code %s}-style placeholders; a language that needs another word order numbers them
 * ({@code %2$s … %1$s}). Every key is in both bundles and their placeholders match
 * (MessagesTest checks).
 *
 * <p>A key missing from the language in use falls back to English, and one missing there too comes
 * back as the key itself, so a slip shows as a visible key, never as an exception.
 */
public final class Msg {
    private Msg() {
    }

    /** @return the message {@code key} in the language in use, formatted with {@code args} */
    public static String text(String key, Object... args) {
        return text(Lang.current(), key, args);
    }

    /** @return the message {@code key} in {@code lang}, formatted with {@code args} */
    public static String text(Lang lang, String key, Object... args) {
        String pattern = pattern(lang, key);
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /** @return the message {@code key} in the language in use, or {@code fallback} when it has none */
    public static String textOr(String key, String fallback) {
        String p = bundle(Lang.current()).get(key);
        return p == null ? fallback : p;
    }

    /** @return whether {@code lang}'s bundle has {@code key} */
    public static boolean has(Lang lang, String key) {
        return bundle(lang).containsKey(key);
    }

    /** @return the unformatted pattern of {@code key} (English when {@code lang} lacks it, else the key) */
    static String pattern(Lang lang, String key) {
        String p = bundle(lang).get(key);
        if (p == null && lang != Lang.EN) {
            p = bundle(Lang.EN).get(key);
        }
        return p == null ? key : p;
    }

    /** @return every key and pattern of {@code lang}'s bundle */
    public static Map<String, String> bundle(Lang lang) {
        return lang == Lang.ZH ? Zh.BUNDLE : En.BUNDLE;
    }

    /** Loaded on first use, once, without a lock afterwards (class initialisation is thread-safe). */
    private static final class En {
        static final Map<String, String> BUNDLE = load(Lang.EN);
    }

    private static final class Zh {
        static final Map<String, String> BUNDLE = load(Lang.ZH);
    }

    private static Map<String, String> load(Lang lang) {
        String name = "messages_" + lang.code() + ".properties";
        Properties p = new Properties();
        try (InputStream s = Msg.class.getResourceAsStream(name)) {
            if (s == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            try (Reader r = new InputStreamReader(s, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new java.util.HashMap<>(p.size() * 2);
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return Map.copyOf(m);
    }
}
