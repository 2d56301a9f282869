package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution and the launcher, run as a user would (issue 17), after {@code mvn package}
 * has made the archives (the integration-test phase): unpacked and run without Maven and away
 * from the checkout, man pages readable, simultaneous first runs of a fresh checkout, arguments
 * read as UTF-8 under an empty environment, clear messages when something is missing.
 */
class LauncherIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    static Path tmp;
    /** The unpacked distribution, echem-VERSION/. */
    static Path dist;
    /** A folder of links to the few tools the launcher needs, without mvn. */
    static Path noMaven;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> s = Files.list(PROJECT.resolve("target"))) {
            archive = s.filter(p -> p.getFileName().toString().matches("echem-.*\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/echem-*.tar.gz: run mvn package"));
        }
        Path into = Files.createDirectories(tmp.resolve("unpacked"));
        Result r = run(into, Map.of(), "tar", "xzf", archive.toString());
        assertThat(r.code).as(r.err).isZero();
        try (Stream<Path> s = Files.list(into)) {
            dist = s.findFirst().orElseThrow();
        }
        noMaven = Files.createDirectories(tmp.resolve("path"));
        for (String tool : new String[] {"bash", "env", "readlink", "mkdir", "mv", "rm", "rmdir", "flock", "find",
                "tail", "sleep", "cat", "java"}) {
            Path t = which(tool);
            if (t != null) {
                Files.createSymbolicLink(noMaven.resolve(tool), t);
            }
        }
    }

    @AfterAll
    static void unlinkTools() throws IOException {
        try (Stream<Path> s = Files.list(noMaven)) {
            for (Path link : (Iterable<Path>) s::iterator) {
                Files.delete(link); // the links only (JUnit would warn of each)
            }
        }
    }

    @Test
    void archivesHoldLaunchersJarManPagesCompletionReadmeLicense() throws IOException {
        for (String f : new String[] {"bin/echem", "bin/echem.cmd", "lib/echem.jar", "man/man1/echem.1",
                "man/man1/echem-nernst.1", "completion/echem.bash", "completion/echem.zsh", "README.md", "LICENSE"}) {
            assertThat(dist.resolve(f)).as(f).isRegularFile();
        }
        assertThat(Files.isExecutable(dist.resolve("bin/echem"))).isTrue();
        Path zip = PROJECT.resolve("target/" + dist.getFileName() + ".zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry(dist.getFileName() + "/lib/echem.jar")).isNotNull();
            assertThat(z.getEntry(dist.getFileName() + "/man/man1/echem-check.1")).isNotNull();
        }
    }

    @Test
    void unpackedRunsFromElsewhereWithoutMaven() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Map<String, String> env = Map.of("PATH", dist.resolve("bin") + ":" + noMaven, "HOME", tmp.resolve("home").toString());
        Result r = run(elsewhere, env, "echem", "nernst", "--ion", "K", "--in", "140mM", "--out", "5mM");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("E      -89.059 mV");
        assertThat(r.err).isEmpty();
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertThat(s).isEmpty(); // nothing left behind
        }
    }

    @Test
    void manPagesRead() throws Exception {
        assumeTrue(which("man") != null && (which("nroff") != null || which("groff") != null),
                "man (or its roff formatter) is not installed");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("MANWIDTH", "80");
        env.put("MANPAGER", "cat");
        env.put("PAGER", "cat");
        Result r = run(tmp, env, "man", "-l", dist.resolve("man/man1/echem-nernst.1").toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("echem-nernst", "SYNOPSIS", "--ion", "Equilibrium (Nernst) potential");
    }

    @Test
    void unusableJavaHomeIsOneLine() throws Exception {
        Map<String, String> env = Map.of("PATH", noMaven.toString(), "JAVA_HOME", tmp.resolve("no-jdk").toString());
        Result r = run(tmp, env, dist.resolve("bin/echem").toString(), "ions");
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err.strip()).startsWith("echem: JAVA_HOME=").doesNotContain("\n");
    }

    @Test
    void javaOptionsAreSplitNotGlobbed() throws Exception {
        Files.writeString(tmp.resolve("-Decho.glob=hit"), ""); // what a glob would turn the option into
        Map<String, String> env = Map.of("PATH", noMaven.toString(), "HOME", tmp.resolve("home").toString(),
                "ECHEM_JAVA_OPTS", "-XshowSettings:properties  -Decho.glob=*");
        Result r = run(tmp, env, dist.resolve("bin/echem").toString(), "ions");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.err).contains("echo.glob = *").doesNotContain("echo.glob = hit");
    }

    @Test
    void launcherAloneSaysWhatIsMissingAndLeavesNothing() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("alone/bin"));
        Files.copy(dist.resolve("bin/echem"), home.resolve("echem"));
        home.resolve("echem").toFile().setExecutable(true);
        Result r = run(tmp, Map.of("PATH", System.getenv("PATH")), home.resolve("echem").toString(), "ions");
        assertThat(r.code).isEqualTo(1);
        assertThat(r.err).startsWith("echem: no lib/echem.jar and no checkout");
        assertThat(home.getParent().resolve("target")).doesNotExist();
    }

    /** Four first runs at once on a fresh checkout: one builds, the others wait for it; all succeed. */
    @Test
    void simultaneousFirstRunsOfAFreshCheckout() throws Exception {
        assumeTrue(which("mvn") != null, "mvn is not on PATH");
        Path copy = Files.createDirectories(tmp.resolve("checkout"));
        for (String f : new String[] {"pom.xml", "bin", "src/main"}) {
            Result c = run(PROJECT, Map.of("PATH", System.getenv("PATH")), "cp", "-R", "--parents", f, copy.toString());
            assertThat(c.code).as(c.err).isZero();
        }
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("HOME", System.getProperty("user.home")); // Maven's local repository
        List<Running> ps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ps.add(start(copy, env, "bin/echem", "nernst", "--ion", "K", "--in", "140mM", "--out", "5mM"));
        }
        for (Running p : ps) {
            Result r = finish(p);
            assertThat(r.code).as(r.err).isZero();
            assertThat(r.out).contains("E      -89.059 mV");
        }
        assertThat(copy.resolve("target/echem.jar")).isRegularFile();

        // under an empty environment (no locale at all) µ arrives intact
        Result u = run(copy, Map.of("PATH", System.getenv("PATH")),
                "env", "-i", "PATH=" + System.getenv("PATH"), "bin/echem", "nernst", "--ion", "Ca", "--in", "100µM", "--out", "2mM");
        assertThat(u.code).as(u.err).isZero();
        assertThat(u.out).contains("E      40.033 mV");

        // a source newer than the jar and no Maven: the jar as it is, said once
        Files.setLastModifiedTime(copy.resolve("target/echem.jar"),
                FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Map<String, String> bare = Map.of("PATH", noMaven.toString(), "HOME", tmp.resolve("home").toString());
        Result first = run(copy, bare, "bin/echem", "nernst", "--ion", "K", "--in", "140", "--out", "5");
        Result second = run(copy, bare, "bin/echem", "nernst", "--ion", "K", "--in", "140", "--out", "5");
        assertThat(first.code).as(first.err).isZero();
        assertThat(first.err).contains("echem: the sources are newer than target/echem.jar, but Maven (mvn) is not on PATH");
        assertThat(second.code).isZero();
        assertThat(second.err).isEmpty();
    }

    @Test
    void underEmptyEnvironmentTheDistributionReadsMicro() throws Exception {
        Result u = run(tmp, Map.of(), "env", "-i", "PATH=" + noMaven, dist.resolve("bin/echem").toString(),
                "nernst", "--ion", "Ca", "--in", "100µM", "--out", "2mM");
        assertThat(u.code).as(u.err).isZero();
        assertThat(u.out).contains("E      40.033 mV");
    }

    @Test
    void onJava25AOneOffRunUsesAnAheadOfTimeCacheAndABatchTheArchive() throws Exception {
        Path jdk25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no Java 25 here");
        Path home = Files.createDirectories(tmp.resolve("home25"));
        Map<String, String> env = Map.of("PATH", noMaven.toString(), "HOME", home.toString(), "JAVA_HOME", jdk25.toString());
        for (int i = 0; i < 2; i++) { // the first run trains, the second uses the cache
            Result r = run(tmp, env, dist.resolve("bin/echem").toString(), "nernst", "--ion", "K", "--in", "140mM",
                    "--out", "5mM");
            assertThat(r.code).as(r.err).isZero();
            assertThat(r.out).contains("E      -89.059 mV");
            assertThat(r.err).isEmpty();
        }
        Result batch = run(tmp, env, dist.resolve("bin/echem").toString(), "nernst", "--csv",
                Path.of("examples/ions.csv").toAbsolutePath().toString());
        assertThat(batch.code).as(batch.err).isZero();
        assertThat(batch.out).contains("neuron,K,140,5,1,140,5,37,-89.0586940367319");
        List<String> made = new ArrayList<>();
        for (Path dir : new Path[] {dist.resolve("lib"), home}) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.contains("temurin-25")).forEach(made::add);
            }
        }
        assertThat(made).anyMatch(n -> n.endsWith(".aot")).anyMatch(n -> n.endsWith(".jsa"))
                .noneMatch(n -> n.endsWith(".failed") || n.endsWith(".tmp"));
    }

    @Test
    void aLocaleTheSystemLacksStillReadsMicroAndNamesTheLanguage() throws Exception {
        // a bare container: LANG names a locale that is not installed, or LC_ALL a non-UTF-8 one
        for (String locale : new String[] {"LANG=zh_CN.UTF-8", "LC_ALL=zh_CN.GB18030", "LC_MESSAGES=zh_TW.UTF-8"}) {
            Result r = run(tmp, Map.of(), "env", "-i", "PATH=" + noMaven, locale, dist.resolve("bin/echem").toString(),
                    "nernst", "--ion", "Ca", "--in", "100µM", "--out", "2mM");
            assertThat(r.code).as(locale + ": " + r.err).isZero();
            assertThat(r.out).as(locale).contains("[内]  100 µM");
        }
        Result en = run(tmp, Map.of(), "env", "-i", "PATH=" + noMaven, "LANG=en_US.UTF-8",
                dist.resolve("bin/echem").toString(), "nernst", "--ion", "Ca", "--in", "100µM", "--out", "2mM");
        assertThat(en.out).contains("[in]   100 µM");
    }

    record Result(int code, String out, String err) {}

    record Running(Process process, File out, File err) {}

    private static Running start(Path dir, Map<String, String> env, String... cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        if (!cmd[0].contains("/") && env.containsKey("PATH")) {
            // a bare name is found on the child's PATH, as a shell would
            for (String d : env.get("PATH").split(":")) {
                if (Files.isExecutable(Path.of(d, cmd[0]))) {
                    pb.command().set(0, Path.of(d, cmd[0]).toString());
                    break;
                }
            }
        }
        File out = Files.createTempFile(tmp, "out", ".txt").toFile();
        File err = Files.createTempFile(tmp, "err", ".txt").toFile();
        pb.redirectOutput(out);
        pb.redirectError(err);
        return new Running(pb.start(), out, err);
    }

    private static Result finish(Running r) throws Exception {
        assertThat(r.process.waitFor(150, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(r.process.exitValue(), Files.readString(r.out.toPath(), StandardCharsets.UTF_8),
                Files.readString(r.err.toPath(), StandardCharsets.UTF_8));
    }

    private static Result run(Path dir, Map<String, String> env, String... cmd) throws Exception {
        return finish(start(dir, env, cmd));
    }

    static Path which(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(d, tool);
            if (!d.isEmpty() && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
