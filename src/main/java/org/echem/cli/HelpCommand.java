package org.echem.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.echem.calc.Subcommand;
import org.echem.io.Suggest;
import org.echem.lang.Msg;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code echem help [COMMAND | glossary]}: the help of echem, of one of its commands, or the
 * glossary of the chapter's terms ({@link Glossary}). In place of picocli's HelpCommand, whose texts
 * are English only.
 */
final class HelpCommand implements SpecCommand {
    static final String NAME = "help";
    static final String GLOSSARY = "glossary";
    private final CommandSpec spec;

    HelpCommand() {
        spec = Specs.command(NAME, this, new String[] {Msg.text("help.help.description")},
                new String[] {"%n" + Msg.text("help.examples"), "  echem help nernst", "  echem help glossary",
                    "  echem help glossary --lang zh"});
        spec.helpCommand(true);
        spec.usageMessage().header(Msg.text("help.summary.help"));
        List<String> topics = new ArrayList<>();
        for (Subcommand s : Subcommand.values()) {
            topics.add(s.command());
        }
        topics.add(GLOSSARY);
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("TOPIC")
                .type(String.class).completionCandidates(topics).description(Msg.text("help.help.topic")).build());
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String topic = spec.commandLine().getParseResult().matchedPositionalValue(0, null);
        CommandLine parent = spec.parent().commandLine();
        PrintWriter out = EchemCli.stdout(spec);
        if (topic == null) {
            parent.usage(out);
        } else if (topic.strip().equalsIgnoreCase(GLOSSARY)) {
            Glossary.print(out);
        } else {
            CommandLine sub = parent.getSubcommands().get(topic.strip());
            if (sub == null) {
                List<String> names = new ArrayList<>(parent.getSubcommands().keySet());
                names.remove(NAME);
                names.add(GLOSSARY);
                String near = Suggest.closest(topic, names);
                throw new ParameterException(spec.commandLine(), near == null
                        ? Msg.text("cli.error.unknown_topic", topic, String.join(", ", names))
                        : Msg.text("cli.error.unknown_topic_near", topic, String.join(", ", names), near));
            }
            sub.usage(out);
        }
        out.flush();
        return ExitCode.OK.code();
    }
}
