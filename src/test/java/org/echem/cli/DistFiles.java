package org.echem.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the distribution's generated files from the command model (run by {@code mvn package}
 * in prepare-package, on the test class path: picocli-codegen stays off the runtime class path):
 * {@code man/adoc/*.adoc}, one AsciiDoc man page per command (picocli-codegen's
 * ManPageGenerator; asciidoctor turns them into roff), and {@code completion/echem.bash} and
 * {@code completion/echem.zsh}, the script of {@code echem generate-completion}.
 *
 * <p>Usage: {@code DistFiles OUTPUT_DIR VERSION} (the version the pages name: the classes run
 * here are not yet in a jar, whose manifest the command's version provider reads)
 */
public final class DistFiles {
    private DistFiles() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/dist");
        CommandLine cl = EchemCli.commandLine();
        if (args.length > 1) {
            String[] version = {"echem " + args[1]};
            setVersion(cl, version);
        }
        Path adoc = out.resolve("man/adoc");
        Files.createDirectories(adoc);
        int rc = ManPageGenerator.generateManPage(adoc.toFile(), (File) null, new boolean[0], true,
                cl.getCommandSpec());
        if (rc != 0) {
            throw new IOException("ManPageGenerator exited with " + rc);
        }
        Path completion = out.resolve("completion");
        Files.createDirectories(completion);
        String script = Completion.script(cl) + "\n";
        Files.writeString(completion.resolve("echem.bash"), script);
        Files.writeString(completion.resolve("echem.zsh"), script); // the script serves zsh too (bashcompinit)
    }

    private static void setVersion(CommandLine cl, String[] version) {
        cl.getCommandSpec().versionProvider(() -> version);
        for (CommandLine sub : cl.getSubcommands().values()) {
            setVersion(sub, version);
        }
    }
}
