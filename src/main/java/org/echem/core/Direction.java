package org.echem.core;

/** Which way the net flux of an ion goes across the membrane. */
public enum Direction {
    INFLUX, EFFLUX, NONE;

    /** @return the name used in output ({@code influx}, {@code efflux}, {@code none}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
