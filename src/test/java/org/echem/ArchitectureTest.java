package org.echem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core stays pure: no picocli, no I/O, no printing (STYLE.md). */
class ArchitectureTest {
    @Test
    void coreImportsNeitherPicocliNorIo() throws IOException {
        Path core = Path.of("src/main/java/org/echem/core");
        List<Path> files;
        try (Stream<Path> s = Files.walk(core)) {
            files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String src = Files.readString(f);
            assertThat(src).as(f.toString())
                    .doesNotContain("import picocli")
                    .doesNotContain("import java.io")
                    .doesNotContain("java.nio.file")
                    .doesNotContain("System.out")
                    .doesNotContain("System.err")
                    .doesNotContain("org.echem.cli")
                    .doesNotContain("org.echem.io");
        }
    }
}
