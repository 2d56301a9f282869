package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.echem.plot.Plot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Black-box tests of {@code echem plot} (SPEC §9, issue 23). */
class PlotCommandTest {
    @TempDir
    Path dir;

    /** The GHK current of Na+ over -100..50 mV in steps of 5 mV: 31 rows (issue 23's acceptance). */
    static String ivCsv() {
        CliResult r = CliResult.run("ghk", "--ion", "Na", "--perm", "1e-6cm/s", "--in", "15", "--out", "145",
                "--vm", "-100:50:5", "--format", "csv");
        r.should().succeeded();
        return r.out();
    }

    static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // no network
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    static int points(Document d) {
        int n = 0;
        NodeList all = d.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("id").startsWith("point-")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void ivCurveAsSvgIsValidXmlWith31Points() throws Exception {
        Path svg = dir.resolve("iv.svg");
        CliResult r = CliResult.runWithStdin(ivCsv(), "plot", "--x", "vm_mV", "--y", "I_uA_cm2", "--out", svg.toString());
        r.should().succeeded();
        assertThat(r.out()).isEmpty();
        Document d = parse(svg);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(points(d)).isEqualTo(31);
        String text = Files.readString(svg);
        assertThat(text).contains(">vm (mV)<"); // the y label is turned, and drawn as outlines
    }

    @Test
    void pngHasTheRequestedSize() throws Exception {
        Path png = dir.resolve("iv.png");
        CliResult.runWithStdin(ivCsv(), "plot", "--x", "vm_mV", "--y", "I_uA_cm2", "--out", png.toString(),
                "--width", "800", "--height", "500").should().succeeded();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(500);
    }

    @Test
    void byGivesOneLinePerGroupAndAFileArgumentWorksToo() throws Exception {
        CliResult ghk = CliResult.run("ghk", "--in", "K=140,Na=15", "--out", "K=5,Na=145", "--perm",
                "K=1e-6cm/s,Na=1e-7cm/s", "--vm", "-100:50:10");
        Path csv = dir.resolve("iv.csv");
        Files.writeString(csv, ghk.out());
        Path svg = dir.resolve("by.svg");
        CliResult.run("plot", "--csv", csv.toString(), "--x", "vm_mV", "--y", "I_uA_cm2", "--by", "ion", "--out",
                svg.toString()).should().succeeded();
        Document d = parse(svg);
        assertThat(points(d)).isEqualTo(3 * 16); // K, Na, total
        assertThat(Files.readString(svg)).contains(">K<").contains(">Na<").contains(">total<");
    }

    @Test
    void terminalPlotFillsTheDefault80By24WithBraille() {
        CliResult r = CliResult.runWithStdin(ivCsv(), "plot", "--x", "vm_mV", "--y", "I_uA_cm2");
        r.should().succeeded();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(23);
        assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(80));
        assertThat(r.out()).containsPattern("[\u2801-\u28ff]").contains("x: vm (mV)").contains("y: I (µA/cm²)")
                .contains("-100").contains("50");
    }

    @Test
    void logXAndSeveralYColumns() {
        String csv = CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "1:100:1").out();
        CliResult r = CliResult.runWithStdin(csv, "plot", "--x", "c_out_mM", "--y", "E_mV,slope_mV_per_decade",
                "--log-x");
        r.should().succeeded().outContains("log scale", "1: E_mV", "2: slope_mV_per_decade");
    }

    @Test
    void labelsTakeTheUnitFromTheHeader() {
        assertThat(Plot.label("vm_mV")).isEqualTo("vm (mV)");
        assertThat(Plot.label("I_uA_cm2")).isEqualTo("I (µA/cm²)");
        assertThat(Plot.label("c_out_mM")).isEqualTo("c_out (mM)");
        assertThat(Plot.label("temp_C")).isEqualTo("temp (°C)");
        assertThat(Plot.label("dG_kJ_mol")).isEqualTo("dG (kJ/mol)");
        assertThat(Plot.label("slope_mV_per_decade")).isEqualTo("slope (mV/decade)");
        assertThat(Plot.label("ion")).isEqualTo("ion");
        assertThat(Plot.label("r")).isEqualTo("r");
    }

    @Test
    void extremeValuesAreDrawnOrRefusedNeverACrash() {
        CliResult.runWithStdin("x,y\n1e308,1\n-1e308,2\n", "plot", "--x", "x", "--y", "y").should().exitedWith(2)
                .errContains("x values", "finite");
        for (String csv : new String[] {"x,y\n1,1e300\n2,-1e300\n", "x,y\n1e-300,4.9e-324\n1e300,0\n", "x,y\n5,5\n",
            "x,y\n1,\n2,3\n"}) {
            CliResult.runWithStdin(csv, "plot", "--x", "x", "--y", "y").should().succeeded();
            CliResult.runWithStdin(csv, "plot", "--x", "x", "--y", "y", "--log-x").should().succeeded();
            CliResult.runWithStdin(csv, "plot", "--x", "x", "--y", "y", "--out", dir.resolve("e.svg").toString())
                    .should().succeeded();
            CliResult.runWithStdin(csv, "plot", "--x", "x", "--y", "y", "--log-x", "--out",
                    dir.resolve("e.png").toString()).should().succeeded();
        }
    }

    @Test
    void errorsSayWhatWasWrongAndExpected() {
        String csv = ivCsv();
        CliResult.runWithStdin(csv, "plot", "--x", "volts", "--y", "I_uA_cm2").should().exitedWith(2)
                .errContains("echem: ", "--x 'volts'", "vm_mV");
        CliResult.runWithStdin(csv, "plot", "--y", "I_uA_cm2").should().exitedWith(2).errContains("--x");
        CliResult.runWithStdin(csv, "plot", "--x", "vm_mV", "--y", "I_uA_cm2", "--out", "iv.pdf").should()
                .exitedWith(2).errContains("'iv.pdf'", ".svg or .png");
        CliResult.runWithStdin(csv, "plot", "--x", "vm_mV", "--y", "I_uA_cm2", "--log-x").should().exitedWith(2)
                .errContains("--log-x", "-100", "> 0");
        CliResult.runWithStdin(csv, "plot", "--x", "vm_mV", "--y", "ion").should().exitedWith(3)
                .errContains("column ion", "'Na'", "expected a number");
        CliResult.runWithStdin("", "plot", "--x", "a", "--y", "b").should().exitedWith(3).errContains("empty");
        CliResult.runWithStdin(csv, "plot", "--x", "vm_mV", "--y", "I_uA_cm2", "--out", dir.resolve("a.svg").toString(),
                "--width", "0").should().exitedWith(2).errContains("--width '0'", "pixels");
        CliResult.runWithStdin(csv, "plot", "--x", "vm_mV", "--y", "I_uA_cm2", "--out",
                dir.resolve("no/such/dir/a.svg").toString()).should().exitedWith(2).errContains("cannot write");
    }
}
