package org.echem.lang;

import java.util.Map;

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
        return args.length == 0 ? pattern : Bundles.format(pattern, args);
    }

    /** @return the lines of message {@code key} in the language in use (a message of several lines has {@code \n} between them) */
    public static java.util.List<String> lines(String key, Object... args) {
        return java.util.List.of(text(key, args).split("\n", -1));
    }

    /**
     * Whether help texts are made (a speed seam: a run that shows no help makes none). The command
     * line turns them off for a run whose arguments ask for no help, and on again after it; a
     * one-off run then reads no message to build its options, and often no bundle at all.
     */
    private static volatile boolean helpShown = true;

    /** Makes help texts ({@link #help}) or leaves them empty, for the run about to start. */
    public static void showHelp(boolean on) {
        helpShown = on;
    }

    /** @return whether help texts are made */
    public static boolean helpShown() {
        return helpShown;
    }

    /**
     * @return the help text {@code key} (an option's description, a command's summary, a heading of
     *     --help) in the language in use, or "" in a run that shows no help
     */
    public static String help(String key, Object... args) {
        return helpShown ? text(key, args) : "";
    }

    /** @return the lines of help text {@code key}, or none in a run that shows no help */
    public static java.util.List<String> helpLines(String key, Object... args) {
        return helpShown ? lines(key, args) : java.util.List.of();
    }

    /** @return the message {@code key} in the language in use, or {@code fallback} when it has none */
    public static String textOr(String key, String fallback) {
        String p = lazy(Lang.current()).get(key);
        return p == null ? fallback : p;
    }

    /** @return whether {@code lang}'s bundle has {@code key} */
    public static boolean has(Lang lang, String key) {
        return lazy(lang).get(key) != null;
    }

    /** @return the unformatted pattern of {@code key} (English when {@code lang} lacks it, else the key) */
    static String pattern(Lang lang, String key) {
        String p = lazy(lang).get(key);
        if (p == null && lang != Lang.EN) {
            p = lazy(Lang.EN).get(key);
        }
        return p == null ? key : p;
    }

    /** @return every key and pattern of {@code lang}'s bundle (for tests: it decodes them all) */
    public static Map<String, String> bundle(Lang lang) {
        Bundles.Lazy b = lazy(lang);
        Map<String, String> all = new java.util.HashMap<>();
        for (String k : b.keys()) {
            all.put(k, b.get(k));
        }
        return Map.copyOf(all);
    }

    private static Bundles.Lazy lazy(Lang lang) {
        return lang == Lang.ZH ? Zh.BUNDLE : En.BUNDLE;
    }

    /** Read on first use, once, without a lock afterwards (class initialisation is thread-safe). */
    private static final class En {
        static final Bundles.Lazy BUNDLE = new Bundles.Lazy(Bundles.read("messages_en.properties"));
    }

    private static final class Zh {
        static final Bundles.Lazy BUNDLE = new Bundles.Lazy(Bundles.read("messages_zh.properties"));
    }
}
