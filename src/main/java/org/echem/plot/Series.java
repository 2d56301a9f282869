package org.echem.plot;

import java.util.Arrays;

/** One line of a plot: its name and its points, in the order added (drawn sorted by x). */
public final class Series {
    private final String name;
    private double[] x = new double[64];
    private double[] y = new double[64];
    private int size;

    public Series(String name) {
        this.name = name;
    }

    public void add(double px, double py) {
        if (size == x.length) {
            x = Arrays.copyOf(x, size * 2);
            y = Arrays.copyOf(y, size * 2);
        }
        x[size] = px;
        y[size++] = py;
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** @return the indices of the points ordered by x (a stable sort: equal x keep their order) */
    int[] byX() {
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
        int[] r = new int[size];
        for (int i = 0; i < size; i++) {
            r[i] = idx[i];
        }
        return r;
    }
}
