package org.echem.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * A plot as a picture file: JFreeChart draws it, as PNG (its own encoder) or as SVG (JFreeSVG).
 * Only {@code echem plot} loads this class, so no other subcommand's start-up loads the libraries.
 */
public final class Charts {
    /** A line of at most this many points shows a dot at each (SVG: an element with the id point-SERIES-ITEM). */
    public static final int DOTS = 60;
    private Charts() {}

    /** Writes {@code plot} as SVG, {@code width} × {@code height} px. */
    public static void svg(Plot plot, int width, int height, OutputStream out) throws IOException {
        JFreeChart chart = chart(plot);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        out.write(g2.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** Writes {@code plot} as PNG, {@code width} × {@code height} px. */
    public static void png(Plot plot, int width, int height, OutputStream out) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart(plot), width, height);
    }

    /** Lines and a dot per point; in SVG each dot's element has the id {@code point-SERIES-ITEM}. */
    private static final class Marked extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        Marked() {
            super(true, true);
        }

        @Override
        protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
                ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis, CrosshairState crosshairState,
                EntityCollection entities) {
            if (g2 instanceof SVGGraphics2D) {
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "point-" + series + "-" + item);
            }
            super.drawSecondaryPass(g2, plot, dataset, pass, series, item, domainAxis, dataArea, rangeAxis,
                    crosshairState, entities);
        }
    }

    private static JFreeChart chart(Plot plot) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Series s : plot.series()) {
            XYSeries xy = new XYSeries(s.name(), true, true);
            for (int i = 0; i < s.size(); i++) {
                xy.add(s.x(i), s.y(i), false);
            }
            data.addSeries(xy);
        }
        NumberAxis y = new NumberAxis(plot.yLabel());
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new Marked();
        Ellipse2D dot = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
        for (int i = 0; i < plot.series().size(); i++) {
            r.setSeriesShape(i, dot);
            r.setSeriesShapesVisible(i, plot.series().get(i).size() <= DOTS); // a dense line is clearer bare
            r.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        XYPlot p;
        if (plot.logX()) {
            LogAxis x = new LogAxis(plot.xLabel());
            x.setSmallestValue(1e-300);
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (Series s : plot.series()) {
                for (int i = 0; i < s.size(); i++) {
                    lo = Math.min(lo, s.x(i));
                    hi = Math.max(hi, s.x(i));
                }
            }
            if (hi / lo >= 100) {
                x.setTickUnit(new NumberTickUnit(1), false, true); // a tick per decade: 1, 10, 100
            }
            x.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            x.setMinorTickCount(9);
            x.setMinorTickMarksVisible(true);
            p = new XYPlot(data, x, y, r);
        } else {
            NumberAxis x = new NumberAxis(plot.xLabel());
            x.setAutoRangeIncludesZero(false);
            p = new XYPlot(data, x, y, r);
        }
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(new Color(0xDDDDDD));
        p.setRangeGridlinePaint(new Color(0xDDDDDD));
        p.setRangeZeroBaselineVisible(true);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, p, plot.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setElementHinting(true); // SVG: each point in a group of its own, its series and item named
        return chart;
    }
}
