package org.echem.core;

/** The sign of a membrane current, positive outward (cation leaving or anion entering). */
public enum CurrentDirection {
    INWARD, OUTWARD, NONE;

    /** @return the direction of a current of the given sign (A or A/m², positive outward) */
    public static CurrentDirection of(double current) {
        return current > 0 ? OUTWARD : current < 0 ? INWARD : NONE;
    }

    /** @return the name used in output ({@code inward}, {@code outward}, {@code none}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
