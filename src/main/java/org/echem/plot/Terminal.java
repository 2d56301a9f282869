package org.echem.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A plot drawn with Unicode braille characters (2 × 4 dots a character), sized to the terminal:
 * y tick labels on the left, x ticks below, then the axis labels and, for several lines, a legend.
 * Each line is drawn point to point in x order; a line's number marks its last point when there
 * are several.
 */
public final class Terminal {
    private Terminal() {}

    /**
     * @param columns the terminal's width in characters (at least 30 is used)
     * @param lines the terminal's height in lines (at least 10 is used)
     * @return the plot as text, lines ending in {@code \n}
     */
    public static String draw(Plot plot, int columns, int lines) {
        int width = Math.max(30, columns);
        int height = Math.max(10, lines);
        List<Series> series = plot.series();
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                double x = tx(plot, s.x(i));
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, s.y(i));
                y1 = Math.max(y1, s.y(i));
            }
        }
        if (!(x1 > x0)) {
            x0 -= 1;
            x1 += 1;
        }
        if (!(y1 > y0)) {
            double pad = y0 == 0 ? 1 : Math.abs(y0) * 0.1;
            y0 -= pad;
            y1 += pad;
        }
        String top = tick(y1);
        String mid = tick(y0 / 2 + y1 / 2);
        String bottom = tick(y0);
        int margin = Math.max(top.length(), Math.max(mid.length(), bottom.length())) + 1;
        int legend = series.size() > 1 ? 1 : 0;
        int rows = height - 4 - legend; // x axis, x ticks, axis labels, legend, and a line for the prompt
        int cols = width - margin - 1;
        int dotsX = cols * 2;
        int dotsY = rows * 4;
        int[][] cell = new int[rows][cols];
        int[][] mark = new int[rows][cols]; // 1 + the number of the line whose last point is here
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            int[] order = s.byX();
            int px = -1;
            int py = -1;
            for (int j = 0; j < order.length; j++) {
                int dx = (int) Math.round((tx(plot, s.x(order[j])) - x0) / (x1 - x0) * (dotsX - 1));
                int dy = (int) Math.round((y1 - s.y(order[j])) / (y1 - y0) * (dotsY - 1));
                if (px < 0) {
                    dot(cell, dx, dy);
                } else {
                    line(cell, px, py, dx, dy);
                }
                px = dx;
                py = dy;
            }
            if (series.size() > 1 && px >= 0) {
                mark[py / 4][px / 2] = k + 1;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            String label = r == 0 ? top : r == rows - 1 ? bottom : r == rows / 2 ? mid : "";
            pad(b, label, margin - 1);
            b.append(r == 0 || r == rows - 1 || r == rows / 2 ? '┤' : '│');
            for (int c = 0; c < cols; c++) {
                if (mark[r][c] > 0) {
                    b.append(mark[r][c] <= 9 ? (char) ('0' + mark[r][c]) : '*');
                } else {
                    b.append((char) (0x2800 + cell[r][c]));
                }
            }
            b.append('\n');
        }
        // the x axis and its ticks: the ends and the middle
        pad(b, "", margin - 1);
        b.append('└');
        for (int c = 0; c < cols; c++) {
            b.append(c == 0 || c == cols - 1 || c == cols / 2 ? '┬' : '─');
        }
        b.append('\n');
        String left = tick(ux(plot, x0));
        String middle = tick(ux(plot, x0 / 2 + x1 / 2));
        String right = tick(ux(plot, x1));
        StringBuilder ticks = new StringBuilder();
        pad(ticks, "", margin);
        ticks.append(left);
        int m = margin + cols / 2 - middle.length() / 2;
        while (ticks.length() < m) {
            ticks.append(' ');
        }
        if (ticks.length() == m) {
            ticks.append(middle);
        }
        int rEnd = margin + cols - right.length();
        while (ticks.length() < rEnd) {
            ticks.append(' ');
        }
        if (ticks.length() <= rEnd) {
            ticks.append(right);
        }
        b.append(ticks).append('\n');
        String axes = "x: " + plot.xLabel() + (plot.logX() ? ", log scale" : "") + "   y: " + plot.yLabel();
        b.append(axes).append('\n');
        if (legend > 0) {
            StringBuilder l = new StringBuilder();
            for (int k = 0; k < series.size(); k++) {
                l.append(k == 0 ? "" : "   ").append(k < 9 ? String.valueOf(k + 1) : "*").append(": ")
                        .append(series.get(k).name());
            }
            b.append(l).append('\n');
        }
        return b.toString();
    }

    private static double tx(Plot plot, double x) {
        return plot.logX() ? Math.log10(x) : x;
    }

    private static double ux(Plot plot, double t) {
        return plot.logX() ? Math.pow(10, t) : t;
    }

    private static void pad(StringBuilder b, String s, int width) {
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        b.append(s);
    }

    /** @return a tick value, 4 significant digits, no trailing zeros */
    static String tick(double v) {
        if (v == 0 || Math.abs(v) < 1e-300) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(4));
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.3g", v).replaceAll("\\.?0+e", "e").replace("e+", "e");
    }

    private static final int[][] BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

    private static void dot(int[][] cell, int x, int y) {
        int r = y / 4;
        int c = x / 2;
        if (r >= 0 && r < cell.length && c >= 0 && c < cell[0].length) {
            cell[r][c] |= BITS[y % 4][x % 2];
        }
    }

    /** Bresenham's line between two dots. */
    private static void line(int[][] cell, int xa, int ya, int xb, int yb) {
        int dx = Math.abs(xb - xa);
        int dy = -Math.abs(yb - ya);
        int sx = xa < xb ? 1 : -1;
        int sy = ya < yb ? 1 : -1;
        int err = dx + dy;
        int x = xa;
        int y = ya;
        while (true) {
            dot(cell, x, y);
            if (x == xb && y == yb) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }
}
