package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script of {@code echem generate-completion}, run in bash (and in zsh where zsh is
 * installed): file names for file arguments, the values the help documents, in its spelling.
 */
class CompletionTest {
    @TempDir
    static Path dir;
    static Path script;

    @BeforeAll
    static void writeScript() throws IOException {
        script = dir.resolve("echem.bash");
        Files.writeString(script, Completion.script(EchemCli.commandLine()) + "\n");
    }

    /** @return what the shell completes for each line (the last word being completed), one line each */
    private static List<String> complete(String shell, String... lines) throws Exception {
        StringBuilder s = new StringBuilder();
        if (shell.equals("zsh")) {
            // as zsh's bashcompinit calls the function: its compgen -f and compgen -W take the word from PREFIX
            s.append("autoload -U +X compinit && compinit -u -d '").append(dir.resolve("zcd")).append("'\n")
                    .append("source '").append(script).append("'\n")
                    .append("t() { local -a words; words=(\"$@\"); local CURRENT=$#; local PREFIX=${words[CURRENT]}\n")
                    .append("  local -a COMP_WORDS; COMP_WORDS=(\"$@\"); local COMP_CWORD=$(( CURRENT - 1 ))\n")
                    .append("  local COMP_LINE=\"$*\"\n")
                    .append("  print -r -- \"$(compgen -F _complete_echem -o default -- \"${words[CURRENT]}\" 2>/dev/null"
                            + " | grep -- \"^${words[CURRENT]}\" | sort | tr '\\n' ' ')\"; }\n");
        } else {
            s.append("source '").append(script).append("'\n")
                    .append("t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$*\"\n")
                    .append("  COMPREPLY=(); _complete_echem 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\" | sort | tr '\\n' ' '; echo; }\n");
        }
        for (String line : lines) {
            s.append("t ").append(line).append('\n');
        }
        List<String> cmd = new ArrayList<>(shell.equals("zsh") ? List.of("zsh", "-f") : List.of("bash", "--norc"));
        cmd.add("-c");
        cmd.add(s.toString());
        Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        List<String> result = new ArrayList<>();
        for (String l : out.split("\n")) {
            result.add(l.strip());
        }
        return result;
    }

    private static final String[] LINES = {
        "echem check examples/homework-k",
        "echem nernst --csv examples/io",
        "echem nernst --on-error ''",
        "echem nernst --ion C",
        "echem ghk --preset ''",
        "echem drive --constants ''",
        "echem ions --format ''",
        "echem nernst --i",
        "echem ne",
        "echem help gl"};

    private static final String[] EXPECTED = {
        "examples/homework-key.csv",
        "examples/ions.csv",
        "fail mark skip",
        "Ca Cd Cl Cs",
        "acsf astrocyte frog k-gluconate mammalian neuron plant squid synapse-immature synapse-mature",
        "codata2018 textbook",
        "csv json text tsv",
        "--in --ion --ionic-strength-in --ionic-strength-out",
        "nernst",
        "glossary"};

    @Test
    void bash() throws Exception {
        assertThat(complete("bash", LINES)).startsWith(EXPECTED);
    }

    @Test
    void zsh() throws Exception {
        assumeTrue(onPath("zsh"), "zsh is not installed");
        assertThat(complete("zsh", LINES)).startsWith(EXPECTED);
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
