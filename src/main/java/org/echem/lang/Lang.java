package org.echem.lang;

import java.util.Locale;

/**
 * The language of everything echem prints for people: text output, {@code --explain}, hints, help
 * and error messages (SPEC §9). Machine formats (CSV, TSV, JSON) never depend on it.
 *
 * <p>One process speaks one language: the command line sets it once, before any work starts
 * ({@code --lang}, else the locale), and batch workers only read it.
 */
public enum Lang {
    EN("en"), ZH("zh");

    private static volatile Lang current = EN; // the command line sets it from --lang or the environment

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** @return the code of {@code --lang}: {@code en} or {@code zh} */
    public String code() {
        return code;
    }

    /** The language of work that makes machine output on this thread, where it differs from the run's. */
    private static final ThreadLocal<Lang> SCOPED = new ThreadLocal<>();

    /** @return the language in use on this thread */
    public static Lang current() {
        Lang scoped = SCOPED.get();
        return scoped != null ? scoped : current;
    }

    /**
     * Does {@code work} on this thread in {@code lang}, other threads unchanged: a row whose error
     * text goes into a machine format is calculated in English (SPEC §9: machine formats are the
     * same in every language), while stderr and text output keep the run's language.
     */
    public static <T> T on(Lang lang, java.util.function.Supplier<T> work) {
        Lang before = SCOPED.get();
        SCOPED.set(lang);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SCOPED.remove();
            } else {
                SCOPED.set(before);
            }
        }
    }

    /** Sets the language of this process (the command line does, once, before any work). */
    public static void use(Lang lang) {
        current = lang;
    }

    /**
     * @return the language named by {@code text}: en or zh, in any case, also with a region
     *     ({@code zh_CN}, {@code zh-TW}, {@code en_US.UTF-8}); null for anything else
     */
    public static Lang parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Lang l : values()) {
            if (t.equals(l.code) || t.startsWith(l.code + "_") || t.startsWith(l.code + "-") || t.startsWith(l.code + ".")) {
                return l;
            }
        }
        return t.equals("中文") ? ZH : null;
    }
}
