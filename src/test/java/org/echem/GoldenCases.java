package org.echem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden pipelines of {@code src/test/resources/golden} (see {@code cli.GoldenTest}), read for
 * every test that runs them: each folder's {@code args} (one argument per line; a path starting with
 * {@code ./} is relative to the folder) and {@code stdin}.
 */
public final class GoldenCases {
    public static final Path ROOT = Path.of("src/test/resources/golden");

    private GoldenCases() {}

    /**
     * One golden case.
     *
     * @param dir its folder, which holds the other files it may have ({@code stdout}, {@code exit}, …)
     * @param args the command line, paths resolved
     * @param stdin the bytes fed to standard input (none: empty)
     */
    public record Case(Path dir, List<String> args, byte[] stdin) {
        public String name() {
            return dir.getFileName().toString();
        }
    }

    /** @return every case, in the order of their folders' names */
    public static List<Case> all() {
        try (Stream<Path> s = Files.list(ROOT)) {
            List<Case> cases = new ArrayList<>();
            for (Path dir : s.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8).stream()
                        .map(a -> a.startsWith("./") ? dir.resolve(a.substring(2)).toString() : a)
                        .collect(Collectors.toList());
                Path stdin = dir.resolve("stdin");
                cases.add(new Case(dir, args, Files.exists(stdin) ? Files.readAllBytes(stdin) : new byte[0]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
