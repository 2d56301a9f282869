package org.echem.core;

import java.util.Locale;

/**
 * The models of a single ion's activity coefficient γ that {@link Activity} evaluates, each with
 * the ionic strength up to which it is usually trusted.
 *
 * <p>Ranges of use (molar ionic strength, I in mol/L): W. Stumm and J. J. Morgan, <i>Aquatic
 * Chemistry</i>, 3rd ed. (1996), ch. 3 (the table of
 * Debye–Hückel approximations): Debye–Hückel limiting law below 10^−2.3 M (5 mM),
 * extended Debye–Hückel below 0.1 M, Davies below 0.5 M.
 */
public enum ActivityModel {
    /** γ = 1: activity equals concentration. */
    IDEAL("ideal", Double.POSITIVE_INFINITY),
    /** Debye–Hückel limiting law, log10 γ = −A·z²·√I. */
    LIMITING("limiting", 5.0),
    /** Extended Debye–Hückel with Kielland's ion sizes, log10 γ = −A·z²·√I / (1 + B·å·√I). */
    EDH("edh", 100.0),
    /** Davies (1938/1962), log10 γ = −A·z²·(√I/(1 + √I) − 0.3·I). */
    DAVIES("davies", 500.0);

    private final String key;
    private final double applicableUpTo;

    ActivityModel(String key, double applicableUpTo) {
        this.key = key;
        this.applicableUpTo = applicableUpTo;
    }

    /** @return the name users select it by ({@code ideal}, {@code limiting}, {@code edh}, {@code davies}) */
    public String key() {
        return key;
    }

    /** @return the ionic strength up to which the model is usually trusted, mol/m³ (mM); ∞ for ideal */
    public double applicableUpTo() {
        return applicableUpTo;
    }

    /** @return whether the model needs an ion-size parameter å (only {@link #EDH}) */
    public boolean needsIonSize() {
        return this == EDH;
    }

    /** @return the model named {@code key} (case-insensitive), or {@code null} when there is none */
    public static ActivityModel named(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (ActivityModel m : values()) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        return null;
    }
}
