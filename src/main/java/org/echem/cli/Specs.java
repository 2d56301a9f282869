package org.echem.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds picocli command models in code rather than from annotations: no reflection over fields
 * and no annotation proxies at start-up, which keeps a one-off run close to the JVM's own start.
 * Every option is read as text; {@link Inputs} parses and checks it.
 */
final class Specs {
    private Specs() {}

    /** @return a command model that runs {@code command}, with -h/--help and -V/--version */
    static CommandSpec command(String name, Object command, String[] description, String[] footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description).footer(footer).sortOptions(false);
        headings(spec);
        spec.versionProvider(new EchemCli.Version());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description(org.echem.lang.Msg.help("help.option.help")).build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description(org.echem.lang.Msg.help("help.option.version")).build());
        // read before the model is built (EchemCli.language), declared here so every command takes it
        option(spec, "--lang", "<lang>", org.echem.lang.Msg.help("option.lang"));
        return spec;
    }

    /** Sets the headings picocli writes itself ("Usage: ", "Commands:") in the language in use. */
    static void headings(CommandSpec spec) {
        String usage = org.echem.lang.Msg.help("help.heading.usage");
        spec.usageMessage().synopsisHeading(usage)
                .commandListHeading(org.echem.lang.Msg.help("help.heading.commands") + "%n");
        int columns = org.echem.io.TextStyle.width(usage);
        if (columns != usage.length()) { // picocli indents the synopsis by characters; a wide heading takes more columns
            java.util.Map<String, CommandLine.IHelpSectionRenderer> sections = new java.util.LinkedHashMap<>(
                    spec.usageMessage().sectionMap());
            sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, new CommandLine.IHelpSectionRenderer() {
                @Override
                public String render(CommandLine.Help help) {
                    return help.synopsis(columns);
                }
            });
            spec.usageMessage().sectionMap(sections);
        }
    }

    /**
     * Gives the -h/--help and -V/--version options of a command declared by annotations
     * ({@link Completion}) their descriptions in the language in use.
     */
    static void standardOptions(CommandSpec spec) {
        for (OptionSpec o : new java.util.ArrayList<>(spec.options())) {
            String key = o.usageHelp() ? "help.option.help" : o.versionHelp() ? "help.option.version" : null;
            if (key != null) {
                spec.remove(o);
                spec.addOption(o.toBuilder().description(org.echem.lang.Msg.text(key)).build());
            }
        }
    }

    /** Adds an option with one text value. */
    static void option(CommandSpec spec, String name, String label, String description) {
        spec.addOption(OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build());
    }

    /** Adds an option that may be given several times (each value one text, or NAME=VALUE pairs). */
    static void repeatable(CommandSpec spec, String name, String label, String description) {
        spec.addOption(OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class)
                .arity("1").description(description).build());
    }

    /** Adds an option without a value. */
    static void flag(CommandSpec spec, String name, String description) {
        spec.addOption(OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build());
    }

    /** Adds a positional parameter with one text value. */
    static void positional(CommandSpec spec, String label, String description) {
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("1").required(true).paramLabel(label).type(String.class)
                .description(description).build());
    }
}
