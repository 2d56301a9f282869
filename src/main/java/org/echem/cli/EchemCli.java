package org.echem.cli;

import org.echem.io.DataException;
import org.echem.io.InputException;
import org.echem.io.Stdout;
import org.echem.io.Suggest;
import org.echem.io.Visible;
import org.echem.lang.Msg;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.echem.calc.Subcommand;
import org.echem.core.DomainException;
import org.echem.core.NoConvergenceException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code echem} command: subcommands over the core's laws. {@link #run} returns the exit code. */
public final class EchemCli implements Runnable {
    /** The examples of {@code echem --help}: commands, the same in every language. */
    private static final String[] EXAMPLES = {
        "  echem nernst --ion K --in 140mM --out 5mM",
        "  echem drive --ion Na --in 15 --out 145 --vm -70mV --explain",
        "  echem ghk --perm K=1,Na=0.04,Cl=0.45 --preset mammalian",
        "  echem nernst --csv examples/ions.csv --format json",
        "  echem check examples/homework-key.csv",
        "  echem help glossary --lang zh"};

    /** @return echem's description in the language in use */
    private static String[] description() {
        return new String[] {Msg.help("help.echem.description.1"), Msg.help("help.echem.description.2"),
            Msg.help("help.echem.description.3"), Msg.help("help.echem.description.4")};
    }

    private final InputStream stdin;
    private CommandSpec spec;

    EchemCli(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Msg.text("cli.error.no_subcommand",
                String.join(", ", spec.subcommands().keySet())));
    }

    public static void main(String[] args) {
        skipReflectiveConverters();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(stdinOpen() ? System.in : new ClosedInput(), new FileOutputStream(FileDescriptor.out), err,
                new Environment(), args);
        err.flush();
        System.exit(code);
    }

    /**
     * The process's environment, as bin/echem hands it on: it runs the JVM under {@code LC_ALL=C.UTF-8}
     * for its charset and passes the locale of messages ({@code LC_ALL}, else {@code LC_MESSAGES},
     * else {@code LANG}) as {@code -Dechem.locale} (a user of zh_CN.GB18030 keeps Chinese), and
     * {@code COLUMNS} as {@code -Dechem.columns}, so that a run need not read its environment at all
     * (~1 ms). Without them ({@code java -jar}) the variables themselves. A class, not a method
     * reference: a one-off run's first lambda costs it some 5 ms.
     */
    private static final class Environment implements java.util.function.Function<String, String> {
        @Override
        public String apply(String name) {
            String locale = System.getProperty("echem.locale");
            if (locale != null && (name.equals("LC_MESSAGES") || name.equals("LANG"))) {
                return null; // in echem.locale already
            }
            String launched = name.equals("LC_ALL") ? locale : name.equals("COLUMNS") ? System.getProperty("echem.columns") : null;
            return launched != null ? launched : System.getenv(name);
        }
    }

    /**
     * @return false when the process was started with standard input closed ({@code <&-}): the JVM
     *     then opens its own files on descriptor 0 (its class library), which must never be read as
     *     input. Linux shows it in /proc; elsewhere standard input is taken as open.
     */
    private static boolean stdinOpen() {
        java.io.File fds = new java.io.File("/proc/self/fd");
        if (!fds.isDirectory()) {
            return true;
        }
        java.io.File zero = new java.io.File(fds, "0");
        if (!zero.exists()) {
            return false;
        }
        try {
            String home = new java.io.File(System.getProperty("java.home", "/nonexistent")).getCanonicalPath();
            return !zero.getCanonicalPath().startsWith(home + java.io.File.separator);
        } catch (java.io.IOException | SecurityException e) {
            return true;
        }
    }

    /** Standard input that was closed when the process started: reading it is an error. */
    private static final class ClosedInput extends InputStream {
        @Override
        public int read() throws java.io.IOException {
            throw new java.io.IOException(Msg.text("cli.error.stdin_closed"));
        }
    }

    private static String[] footer() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add("%n" + Msg.help("help.examples"));
        all.addAll(java.util.List.of(EXAMPLES));
        all.addAll(java.util.List.of(ExitCode.helpLines()));
        return all.toArray(new String[0]);
    }

    /**
     * picocli registers, by reflection, converters for java.time, java.sql, java.nio.file and other
     * types when a CommandLine is made; no option of echem has such a type, and loading them takes
     * some 10 ms of every run's start-up (measured: a one-off run 72 -> 62 ms). Only a process's
     * entry points ({@link #main}, {@link Training}) say so: {@link #run} changes no global state.
     */
    static void skipReflectiveConverters() {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", ".*");
        }
    }

    /** Runs the command line with the process's streams. */
    public static int run(String... args) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(System.in, System.out, err, args);
    }

    /**
     * @return a new command object of {@code sub}: a switch, not a map of constructor references, as
     *     a lambda's first use costs start-up time
     */
    static Object newCommand(Subcommand sub) {
        return newCommand(sub, null);
    }

    /** @return a new command object of {@code sub}; a calculation with only the options in {@code typed} (null: all) */
    private static Object newCommand(Subcommand sub, java.util.Set<String> typed) {
        switch (sub) {
            case CHECK:
                return new CheckCommand();
            case IONS:
                return new IonsCommand();
            case PLOT:
                return new PlotCommand();
            case GENERATE_COMPLETION:
                return new Completion();
            default:
                return new CalcCommand(sub, typed);
        }
    }

    /** @return the full command model, every subcommand built (for man pages and completion at build time) */
    public static CommandLine commandLine() {
        return commandLine(System.in, new String[0], false);
    }

    /** @param partial whether a calculating subcommand gets only the options {@code args} name ({@link CalcCommand}) */
    private static CommandLine commandLine(InputStream in, String[] args, boolean partial) {
        EchemCli cli = new EchemCli(in);
        cli.spec = Specs.command("echem", cli, description(), footer());
        CommandLine cl = new CommandLine(cli.spec);
        // only the subcommand a command line names is built, which keeps a one-off run's start-up short;
        // help, completion and unknown names get them all
        Subcommand named = Subcommand.named(firstWord(args));
        boolean all = named == null || named == Subcommand.GENERATE_COMPLETION;
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return cl; // echem --version: no subcommand to build (it took 200 ms with all of them)
        }
        for (Subcommand c : Subcommand.values()) {
            if (all || c == named) {
                Object command = newCommand(c, partial && !all ? typed(args) : null);
                CommandLine sub = command instanceof SpecCommand
                        ? new CommandLine(((SpecCommand) command).spec()) : new CommandLine(command);
                sub.getCommandSpec().usageMessage().header(c.summary());
                if (c == Subcommand.GENERATE_COMPLETION) { // not instanceof: that would load the class on every run
                    Completion.localize(sub.getCommandSpec());
                }
                cl.addSubcommand(c.command(), sub);
            }
        }
        if (all) { // echem help [SUB | glossary]: the help of echem or of SUB, or the glossary
            cl.addSubcommand(HelpCommand.NAME, new CommandLine(new HelpCommand().spec()));
        }
        return cl;
    }

    /** Runs the command line; writes only to {@code stdout} and {@code err}; returns the exit code. */
    public static int run(InputStream in, OutputStream stdout, PrintWriter err, String... args) {
        return run(in, stdout, err, System::getenv, args);
    }

    /**
     * Runs the command line with {@code env} as its environment ({@code COLUMNS}: the width of text
     * output); writes only to {@code stdout} and {@code err}; returns the exit code.
     */
    public static int run(InputStream in, OutputStream stdout, PrintWriter err,
            java.util.function.Function<String, String> env, String... typed) {
        String[] args = narrow(typed);
        org.echem.io.TextStyle.set(new org.echem.io.TextStyle(org.echem.io.TextStyle.columns(env), false, null));
        org.echem.lang.Lang before = org.echem.lang.Lang.current();
        try {
            String bad = language(env, args);
            if (bad != null) {
                err.println("echem: " + Visible.of(bad));
                err.flush();
                return ExitCode.USAGE.code();
            }
            Msg.showHelp(showsHelp(args));
            return runIn(in, stdout, err, args);
        } finally {
            Msg.showHelp(true);
            org.echem.io.TextStyle.clear();
            org.echem.lang.Lang.use(before);
        }
    }

    /**
     * @return whether this command line may show help text: it asks for it ({@code --help}, {@code -h},
     *     also among other short options), names no subcommand echem has ({@code echem}, {@code echem
     *     help nernst}) or is {@code generate-completion}. Any other run makes no help text at all
     *     (a speed seam: {@link Msg#help}), which spares a one-off run the bundle's ~130 help
     *     messages and the presets table (docs/performance.md)
     */
    static boolean showsHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--help") || a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-' && a.indexOf('h') > 0) {
                return true;
            }
        }
        Subcommand named = Subcommand.named(firstWord(args));
        return named == null || named == Subcommand.GENERATE_COMPLETION;
    }

    /** @return the first argument that is not an option (the subcommand's name, if any), or null */
    private static String firstWord(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /**
     * Sets the language of this run before anything is said or any help is built: {@code --lang}
     * anywhere on the command line, else the locale of the environment ({@code LC_ALL}, then
     * {@code LC_MESSAGES}, then {@code LANG}, as POSIX orders them: {@code zh_*} is Chinese).
     *
     * @return the message for a {@code --lang} that names no language, else null
     */
    static String language(java.util.function.Function<String, String> env, String[] args) {
        org.echem.lang.Lang lang = org.echem.lang.Lang.EN;
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.apply(name);
            if (v != null && !v.isEmpty()) {
                lang = org.echem.lang.Lang.parse(v) == org.echem.lang.Lang.ZH ? org.echem.lang.Lang.ZH : org.echem.lang.Lang.EN;
                break;
            }
        }
        for (int i = 0; i < args.length; i++) {
            String given = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--")) {
                break;
            }
            if (given != null) {
                org.echem.lang.Lang l = org.echem.lang.Lang.parse(given);
                if (l == null) {
                    org.echem.lang.Lang.use(lang);
                    return org.echem.lang.Msg.text("error.lang", given);
                }
                lang = l;
            }
        }
        org.echem.lang.Lang.use(lang);
        return null;
    }

    /** @return the long options {@code args} name, before any {@code --}: {@code --in} for {@code --in=140} too */
    private static java.util.Set<String> typed(String[] args) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                names.add(eq < 0 ? a : a.substring(0, eq));
            }
        }
        return names;
    }

    private static int runIn(InputStream in, OutputStream stdout, PrintWriter err, String... args) {
        // a run that shows no help first builds only the options it names; if that model cannot parse
        // the command line, the full one parses it again and says what is wrong (CalcCommand)
        Subcommand sub = Subcommand.named(firstWord(args));
        boolean partial = !Msg.helpShown() && sub != null && sub.calculates();
        int code = runIn(in, stdout, err, partial, args);
        return code == Handlers.AGAIN ? runIn(in, stdout, err, false, args) : code;
    }

    private static int runIn(InputStream in, OutputStream stdout, PrintWriter err, boolean partial, String... args) {
        CommandLine cl = commandLine(in, args, partial);
        Stdout out = new Stdout(stdout);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // an argument @FILE stays an argument: expanding it would read any file a caller names and
        // echo its content in error messages
        cl.setExpandAtFiles(false);
        Handlers handlers = new Handlers(verbose(args), partial);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionExceptionHandler(handlers);
        cl.setExitCodeExceptionMapper(handlers);
        int code = cl.execute(args);
        DataException lost = out.failure();
        if (lost != null && code != ExitCode.DATA.code()) { // help, version, reports: lost writes are errors too
            err.println("echem: " + lost.getMessage());
            code = ExitCode.DATA.code();
        }
        err.flush();
        return code;
    }

    /**
     * @return the arguments with full-width forms made ASCII ({@code －－ｖｍ －７０ｍＶ}, {@code Ｋ＝１４０}), as a
     *     Chinese input method types them; an argument that names an existing file is left as it is
     */
    private static String[] narrow(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (org.echem.lang.Wide.hasWide(out[i]) && !new java.io.File(out[i]).exists()) {
                out[i] = org.echem.lang.Wide.narrow(out[i]);
            }
        }
        return out;
    }

    /** What a run does on a usage error, a failure, or an exception without an exit code. */
    private static final class Handlers implements CommandLine.IParameterExceptionHandler,
            CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {
        /** The exit code that asks for the command line to be parsed again with every option. */
        static final int AGAIN = Integer.MIN_VALUE;
        private final boolean verbose;
        private final boolean partial;

        Handlers(boolean verbose, boolean partial) {
            this.verbose = verbose;
            this.partial = partial;
        }

        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            return partial ? AGAIN : usageError(ex, args);
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult pr) {
            return failure(ex, line, verbose);
        }

        @Override
        public int getExitCode(Throwable ex) {
            return ex instanceof ParameterException ? ExitCode.USAGE.code() : ExitCode.INTERNAL.code();
        }
    }

    private static boolean verbose(String[] args) {
        for (String a : args) {
            if (a.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String msg = ex.getMessage();
        boolean own = false; // a message of echem's, already in the language in use, not picocli's English
        if (ex instanceof UnmatchedArgumentException && cl.getCommandSpec().parent() == null
                && !((UnmatchedArgumentException) ex).getUnmatched().isEmpty()
                && !((UnmatchedArgumentException) ex).getUnmatched().get(0).startsWith("-")) {
            String typed = ((UnmatchedArgumentException) ex).getUnmatched().get(0);
            String names = String.join(", ", cl.getSubcommands().keySet());
            String near = Suggest.closest(typed, cl.getSubcommands().keySet());
            msg = near == null ? Msg.text("cli.error.unknown_subcommand", typed, names)
                    : Msg.text("cli.error.unknown_subcommand_near", typed, names, near);
            own = true;
        }
        if (ex instanceof UnmatchedArgumentException && cl.getCommandSpec().parent() != null) {
            java.util.List<String> un = ((UnmatchedArgumentException) ex).getUnmatched();
            String hint = un.isEmpty() ? null : unknownOption(cl.getCommandSpec(), un.get(0));
            if (hint != null) {
                msg = hint;
                own = true;
            }
            if (!un.isEmpty() && !un.get(0).isEmpty() && !un.get(0).startsWith("-")
                    && !Character.isDigit(un.get(0).charAt(0))) {
                msg = (own ? msg : PicocliMessages.translate(msg)) + Msg.text("cli.error.quote_value");
                own = true;
            }
        }
        if (!own) {
            msg = PicocliMessages.translate(msg);
        }
        String see = msg.endsWith(" --help')") || msg.endsWith(" --help'）") ? ""
                : Msg.text("cli.error.see", cl.getCommandSpec().qualifiedName());
        err.println("echem: " + Visible.of(msg) + see);
        err.flush();
        return ExitCode.USAGE.code();
    }

    /**
     * @return for an unknown option {@code arg} of the subcommand {@code spec}: the message naming the
     *     closest option it has, or the subcommands that have it; null when {@code arg} is no option
     */
    static String unknownOption(CommandSpec spec, String arg) {
        if (!arg.startsWith("--") || arg.length() < 3) {
            return null;
        }
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        java.util.List<String> own = new java.util.ArrayList<>();
        for (String o : spec.optionsMap().keySet()) {
            if (o.startsWith("--")) {
                own.add(o);
            }
        }
        String sub = spec.name();
        java.util.List<String> others = new java.util.ArrayList<>();
        for (Subcommand c : Subcommand.values()) {
            if (c.command().equals(sub) || c == Subcommand.GENERATE_COMPLETION) {
                continue;
            }
            Object command = newCommand(c);
            CommandSpec s = command instanceof SpecCommand ? ((SpecCommand) command).spec()
                    : new CommandLine(command).getCommandSpec();
            if (s.optionsMap().containsKey(name)) {
                others.add(c.command());
            }
        }
        String near = Suggest.closest(name, own);
        if (near != null && (others.isEmpty() || Suggest.distance(name, near) <= 1)) {
            return Msg.text("cli.error.unknown_option_near", name, sub, near);
        }
        if (!others.isEmpty()) {
            return Msg.text("cli.error.unknown_option_elsewhere", name, sub, String.join(", ", others), others.get(0));
        }
        return null;
    }

    private static int failure(Exception ex, CommandLine cl, boolean verbose) {
        PrintWriter err = cl.getErr();
        if (ex instanceof Stdout.Closed) {
            return ExitCode.OK.code();
        }
        ExitCode code;
        String msg = ex.getMessage();
        if (ex instanceof InputException || ex instanceof DomainException) {
            code = ExitCode.USAGE;
        } else if (ex instanceof DataException) {
            code = ExitCode.DATA;
        } else if (ex instanceof NoConvergenceException) {
            code = ExitCode.NO_CONVERGENCE;
        } else {
            code = ExitCode.INTERNAL;
            msg = Msg.text(verbose ? "cli.error.internal_verbose" : "cli.error.internal", ex);
        }
        cl.getOut().flush();
        err.println("echem: " + Visible.of(msg));
        if (verbose && code == ExitCode.INTERNAL) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    /** @return the standard output of the run that owns {@code spec} */
    static Stdout stdout(CommandSpec spec) {
        return (Stdout) spec.commandLine().getOut();
    }

    /** @return the standard input of the run that owns {@code spec} */
    static InputStream stdin(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof EchemCli ? ((EchemCli) root).stdin : System.in;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EchemCli.class.getPackage().getImplementationVersion();
            return new String[] {"echem " + (v == null ? Msg.text("cli.version.development") : v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
