package org.echem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echem.calc.Presets;
import org.echem.core.ConstantSet;
import org.echem.core.Ion;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code echem generate-completion}: picocli's bash/zsh script ({@link AutoComplete#bash}), then
 * mended where picocli's generic script falls short of echem's help: file arguments (options
 * labelled {@code <file>}, positionals labelled {@code FILE}) complete file names, enum values are
 * offered in lowercase as the help writes them ({@code fail skip mark}), and {@code --ion},
 * {@code --preset} and {@code --constants} offer the names echem knows. The options themselves are
 * declared as before; only the script's text changes.
 */
@Command(name = "generate-completion", mixinStandardHelpOptions = true, helpCommand = true,
        versionProvider = EchemCli.Version.class)
public final class Completion implements Runnable {
    @Spec
    CommandSpec spec;

    /** Gives the command's model its help texts in the language in use (built per run, not annotated). */
    static void localize(CommandSpec spec) {
        spec.usageMessage().description(org.echem.lang.Msg.text("help.completion.description.1"),
                org.echem.lang.Msg.text("help.completion.description.2"));
        spec.usageMessage().footer("%n" + org.echem.lang.Msg.text("help.examples"),
                org.echem.lang.Msg.text("help.completion.example.1"), org.echem.lang.Msg.text("help.completion.example.2"));
        Specs.headings(spec);
        Specs.standardOptions(spec);
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        // not println: a script with Windows line separators fails in strange ways
        out.print(script(spec.root().commandLine()));
        out.print('\n');
        out.flush();
    }

    /** @return the completion script for {@code cl}, a root command line with its subcommands */
    public static String script(CommandLine cl) {
        String script = AutoComplete.bash(cl.getCommandName(), cl);
        StringBuilder b = new StringBuilder(script.length() + 4096);
        int from = 0;
        for (CommandLine sub : cl.getSubcommands().values()) {
            String header = "\nfunction _picocli_" + bashify(cl.getCommandName()) + "_"
                    + bashify(sub.getCommandName()) + "() {\n";
            int start = script.indexOf(header, from);
            if (start < 0) {
                continue;
            }
            int end = script.indexOf("\n}\n", start);
            b.append(script, from, start);
            b.append(mend(script.substring(start, end), sub.getCommandSpec()));
            from = end;
        }
        b.append(script, from, script.length());
        return b.toString();
    }

    private static final Pattern ENUM_VALUES = Pattern.compile("(local \\w+_option_args=\\()([^)]*)(\\))");

    private static final String POSITIONALS =
            "    COMPREPLY=( $(compgen -W \"${commands// /$'\\n'}${IFS}${positionals}\" -- \"${curr_word}\") )";

    private static final String FILES = "type compopt &>/dev/null && compopt -o filenames\n"
            + "%1$slocal IFS=$'\\n'\n"
            + "%1$sCOMPREPLY=( $(compgen -f -- \"${curr_word}\") )\n";

    /** @return one subcommand's function, mended */
    static String mend(String function, CommandSpec spec) {
        // enum values as the help writes them: lowercase
        Matcher m = ENUM_VALUES.matcher(function);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + m.group(2).toLowerCase(Locale.ROOT) + m.group(3)));
        }
        m.appendTail(b);
        String f = b.toString();
        for (OptionSpec o : spec.options()) {
            String name = o.longestName();
            String nothing = "    '" + name + "')\n      return\n      ;;\n";
            if (o.arity().max() == 0 || !f.contains(nothing)) {
                continue;
            }
            String instead = null;
            if (o.paramLabel().toLowerCase(Locale.ROOT).contains("file")) {
                instead = String.format(FILES, "      ") + "      return 0\n";
            } else {
                List<String> values = values(name);
                if (values != null) {
                    StringBuilder w = new StringBuilder();
                    for (String v : values) {
                        w.append(" '").append(v).append('\'');
                    }
                    instead = "local IFS=$'\\n'\n      COMPREPLY=( $( compReplyArray" + w + " ) )\n      return $?\n";
                }
            }
            if (instead != null) {
                f = f.replace(nothing, "    '" + name + "')\n      " + instead + "      ;;\n");
            }
        }
        boolean filePositional = false;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            filePositional |= p.paramLabel().toLowerCase(Locale.ROOT).contains("file");
        }
        if (filePositional) {
            f = f.replace(POSITIONALS, "    " + String.format(FILES, "    ").stripTrailing());
        }
        return f;
    }

    /** @return the values echem knows for option {@code name}, or null when it offers none */
    static List<String> values(String name) {
        switch (name) {
            case "--ion":
                return new ArrayList<>(Ion.table().keySet());
            case "--preset":
                return new ArrayList<>(Presets.all().keySet());
            case "--constants":
                return List.of(ConstantSet.CODATA2018.name(), ConstantSet.TEXTBOOK.name());
            default:
                return null;
        }
    }

    /** picocli's spelling of a command name in the script's function names. */
    private static String bashify(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                b.append(c);
            } else if (Character.isSpaceChar(c)) {
                b.append('_');
            }
        }
        return b.toString();
    }
}
