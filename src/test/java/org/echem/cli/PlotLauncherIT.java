package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23's acceptance through the launcher of the unpacked distribution: a sweep piped into
 * {@code echem plot} gives a valid SVG with 31 points and a PNG of the size asked for, and a one-off
 * {@code nernst} loads no class of the plotting libraries.
 */
class PlotLauncherIT {
    @TempDir
    static Path tmp;
    static String echem;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            archive = s.filter(p -> p.getFileName().toString().matches("echem-.*\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/echem-*.tar.gz: run mvn package"));
        }
        assertThat(bash("tar xzf '" + archive.toAbsolutePath() + "' -C '" + tmp + "'")[0]).isEqualTo("0");
        try (Stream<Path> s = Files.list(tmp)) {
            echem = s.filter(Files::isDirectory).findFirst().orElseThrow().resolve("bin/echem").toString();
        }
    }

    /** @return exit code, stdout, stderr of a bash command line */
    static String[] bash(String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "set -o pipefail; " + script).directory(new File(tmp.toString()))
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), out, err};
    }

    private static final String GHK = " ghk --ion Na --perm 1e-6cm/s --in 15 --out 145 --vm -100:50:5 --format csv | ";

    @Test
    void sweepPipedIntoPlotWritesAnSvgWith31Points() throws Exception {
        Path svg = tmp.resolve("iv.svg");
        String[] r = bash(echem + GHK + echem + " plot --x vm_mV --y I_uA_cm2 --out iv.svg");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(PlotCommandTest.points(PlotCommandTest.parse(svg))).isEqualTo(31);
    }

    @Test
    void pngVariantHasTheRequestedSize() throws Exception {
        String[] r = bash(echem + GHK + echem + " plot --x vm_mV --y I_uA_cm2 --out iv.png --width 720 --height 450");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        BufferedImage img = ImageIO.read(tmp.resolve("iv.png").toFile());
        assertThat(img.getWidth()).isEqualTo(720);
        assertThat(img.getHeight()).isEqualTo(450);
    }

    @Test
    void oneOffNernstLoadsNoPlottingClass() throws Exception {
        String[] r = bash("ECHEM_JAVA_OPTS=-Xlog:class+load " + echem + " nernst --ion K --in 140 --out 5");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("org.echem.calc.NernstCalc").doesNotContain("org.jfree");
    }
}
