package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.echem.calc.Subcommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Seeded, time-bounded fuzzing of the whole command line, in process: random argument vectors built
 * from each subcommand's own option names and a pool of good and bad values, and random bytes (and
 * mangled CSV) on standard input with {@code --csv -}. Every run must end with exit 0, 2, 3 or 5
 * (4 too for {@code check}: an incorrect answer), a failure must print one {@code echem:} line first
 * on stderr and no stack trace, and stdout must never hold NaN or Infinity. A run that takes longer
 * than {@link #PER_RUN_SECONDS} counts as a hang.
 *
 * <p>Seed and budget: {@code -Dfuzz.seed=N}, {@code -Dfuzz.seconds=S} (default 42 and 12 s); the
 * counts are printed at the end. Every failure found so far has its own regression test in
 * {@link FuzzRegressionTest}.
 */
class FuzzTest {
    static final int PER_RUN_SECONDS = 10;

    static final Map<String, Subcommand> COMMANDS = new LinkedHashMap<>();

    static {
        for (Subcommand s : Subcommand.values()) {
            if (s != Subcommand.GENERATE_COMPLETION) {
                COMMANDS.put(s.command(), s);
            }
        }
    }

    /** Values of every kind, good and bad, including the extremes of issue #9. */
    static final String[] VALUES = {
        // concentrations
        "140", "5mM", "145 mM", "1e-12mM", "1e-12", "1e4", "1e4mM", "10M", "100nM", "2 uM", "1pM", "0", "-5", "0mM",
        "1e-320", "1e308", "1e309", "4.9e-324", "NaN", "Infinity", "-Infinity", "nan", "1mmol/L", "1 mol/L", "5MM",
        // voltages
        "-70mV", "-70", "1000mV", "-1000mV", "1V", "-1V", "0mV", "0.5uV", "-0", "1e300mV", "-1e-300V",
        // temperatures
        "37C", "0.01K", "1000K", "-273.15C", "-273.16C", "0K", "98.6F", "°C", "25 °C", "310.15 K", "-459.67F",
        // valences, ions, maps
        "1", "2", "3", "-1", "-2", "-3", "0", "4", "1.5", "K", "Na", "Ca", "Cl", "Ca2+", "Cl-", "SO4 2-", "X+", "Y2-",
        "Zz", "Na-", "K=140,Na=15", "K=5,Na=145", "K=140,Na=15,Cl=10", "K=1,Na=0.04,Cl=0.45", "Na=", "=5",
        "K=140,K=5", "Ca=1e-12", "Ca=2,Mg=1", "K=0", "Na=-1", "Cl=1e4", "X+=3", "Ca=100nM",
        // conductances, currents, permeabilities, lengths, areas, charge
        "10nS", "1mS/cm2", "-5nS", "0nS", "100pA", "1uA/cm2", "-1e3pA", "1cm/s", "1e-6cm/s", "0.04", "1e-300",
        "10um", "0um", "1e6um", "5A", "1000um2", "1cm2", "1pL", "0pL", "1uF/cm2", "0uF/cm2", "-0.1C/m2",
        "0.5C/m2", "1e/250A2", "1e/0A2", "1e/nm2", "-2 mC/m2", "78.5", "-1", "1e9",
        // words
        "mammalian", "squid", "frog", "martian", "codata2018", "textbook", "json", "csv", "tsv", "text", "xml",
        "fail", "skip", "mark", "3:2", "1:1", "2:0", "0:3", ";", "\t", ",", "|", "", " ", "-", "--", "abc", "1%",
        "0.5mV", "E_mV", "/nonexistent/file.csv", "17", "18", "-1", "100000000000",
    };

    static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    /** The long (and short) names of a subcommand's options, with their arity 0/1. */
    static List<OptionSpec> options(String name) {
        Object c = EchemCli.newCommand(COMMANDS.get(name));
        CommandLine cl = c instanceof SpecCommand ? new CommandLine(((SpecCommand) c).spec()) : new CommandLine(c);
        List<OptionSpec> list = new ArrayList<>();
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                list.add(o);
            }
        }
        return list;
    }

    @Test
    void randomArgumentVectorsAndRandomCsvNeverBreakTheContract() throws Exception {
        long seed = Long.getLong("fuzz.seed", 42L);
        long budgetMs = 1000L * Integer.getInteger("fuzz.seconds", 12);
        Random rnd = new Random(seed);
        Map<String, List<OptionSpec>> opts = new LinkedHashMap<>();
        for (String name : COMMANDS.keySet()) {
            opts.put(name, options(name));
        }
        List<String> names = new ArrayList<>(COMMANDS.keySet());
        Map<Integer, Integer> exits = new TreeMap<>();
        int runs = 0;
        int csvRuns = 0;
        List<String> failures = new ArrayList<>();
        long end = System.currentTimeMillis() + budgetMs;
        while (System.currentTimeMillis() < end && failures.size() < 10) {
            String name = names.get(rnd.nextInt(names.size()));
            List<String> args = new ArrayList<>();
            args.add(name);
            String stdin = "";
            boolean csv = rnd.nextInt(4) == 0 && !name.equals("ions");
            if (csv) {
                stdin = randomCsv(rnd, name, opts.get(name));
                if (name.equals("check")) {
                    args.add("-");
                } else {
                    args.add("--csv");
                    args.add("-");
                }
                csvRuns++;
            } else if (name.equals("check")) {
                args.add(rnd.nextBoolean() ? "-" : pick(rnd, VALUES));
                stdin = randomCsv(rnd, name, opts.get(name));
            }
            int n = rnd.nextInt(7);
            for (int i = 0; i < n; i++) {
                OptionSpec o = opts.get(name).get(rnd.nextInt(opts.get(name).size()));
                if (o.longestName().equals("--csv")) {
                    continue; // a file name or stdin, chosen above
                }
                String opt = o.longestName();
                if (o.arity().max() == 0) {
                    args.add(opt);
                } else if (rnd.nextInt(6) == 0) {
                    args.add(opt + "=" + pick(rnd, VALUES));
                } else {
                    args.add(opt);
                    args.add(pick(rnd, VALUES));
                }
            }
            if (rnd.nextInt(20) == 0) {
                args.add(pick(rnd, VALUES)); // a stray positional
            }
            String[] argv = args.toArray(new String[0]);
            String input = stdin;
            Future<CliResult> f = pool.submit(() -> CliResult.runWithStdin(input, argv));
            CliResult r;
            try {
                r = f.get(PER_RUN_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                failures.add("hang: " + String.join(" ", argv) + " <<< " + quote(stdin));
                break;
            }
            runs++;
            exits.merge(r.exit(), 1, Integer::sum);
            // input cells pass through unchanged (SPEC §4), so NaN typed in may be echoed; the rule is about results
            boolean echoes = (String.join(" ", argv) + stdin).matches("(?s).*(NaN|Infinity).*");
            String problem = problem(name, r, echoes);
            if (problem != null) {
                failures.add(problem + ": echem " + describe(argv) + (stdin.isEmpty() ? "" : " <<< " + quote(stdin))
                        + "\n  exit " + r.exit() + "\n  stderr: " + r.err() + "\n  stdout: " + r.out());
            }
        }
        System.out.printf("fuzz: seed %d, %d runs (%d with CSV on stdin), exits by code %s%n", seed, runs, csvRuns,
                exits);
        assertThat(failures).as("fuzz failures").isEmpty();
        assertThat(runs).as("runs within the budget").isGreaterThan(100);
    }

    /** @return what is wrong with a run, or null */
    static String problem(String name, CliResult r, boolean echoes) {
        int e = r.exit();
        boolean allowed = e == 0 || e == 2 || e == 3 || e == 5 || (e == 4 && name.equals("check"));
        if (!allowed) {
            return "exit " + e;
        }
        if ((r.out().contains("NaN") || r.out().contains("Infinity")) && !echoes) {
            return "NaN or Infinity in stdout";
        }
        if (r.err().contains("\tat ") || r.err().contains("Exception in thread") || r.err().contains("Exception:")) {
            return "stack trace";
        }
        if (e != 0 && e != 4 && !r.err().startsWith("echem: ")) {
            return "stderr does not start with 'echem: '";
        }
        return null;
    }

    /** A CSV: a header of option names (some with units, some unknown), rows of pool values, or plain noise. */
    static String randomCsv(Random rnd, String name, List<OptionSpec> opts) {
        int kind = rnd.nextInt(5);
        if (kind == 0) {
            byte[] b = new byte[rnd.nextInt(200)];
            rnd.nextBytes(b);
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (kind == 1) {
            byte[] b = new byte[rnd.nextInt(200)];
            rnd.nextBytes(b);
            return new String(b, StandardCharsets.UTF_8);
        }
        List<String> cols = new ArrayList<>();
        if (name.equals("check")) {
            cols.addAll(List.of("id", "command", "quantity", "answer"));
            if (rnd.nextBoolean()) {
                cols.add("tolerance");
            }
        }
        String[] suffixes = {"", "", "", "_mM", "_uM", "_K", "_V", "_mV", "_C", "_x", "_"};
        String[] maps = {".K", ".Na", ".Cl", ".Ca", ".X+", "."};
        int ncol = 1 + rnd.nextInt(6);
        for (int i = 0; i < ncol; i++) {
            String c;
            int which = rnd.nextInt(10);
            if (which == 0) {
                c = pick(rnd, new String[] {"unknown", "id", "", "in.K", "out.K", "perm.Na", "g.Na", "e.K", "error"});
            } else {
                OptionSpec o = opts.get(rnd.nextInt(opts.size()));
                c = o.longestName().replaceFirst("^--?", "");
                if (rnd.nextInt(4) == 0) {
                    c += pick(rnd, maps);
                }
                c += pick(rnd, suffixes);
            }
            cols.add(c);
        }
        String sep = kind == 4 ? pick(rnd, new String[] {";", "\t", ","}) : ",";
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(10) == 0) {
            sb.append('\uFEFF');
        }
        sb.append(String.join(sep, cols)).append(rnd.nextBoolean() ? "\n" : "\r\n");
        int rows = rnd.nextInt(5);
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            int ncell = cols.size() + (rnd.nextInt(6) == 0 ? rnd.nextInt(3) - 1 : 0);
            for (int j = 0; j < ncell; j++) {
                String v;
                String col = j < cols.size() ? cols.get(j) : "";
                if (col.equals("command")) {
                    v = rnd.nextInt(5) == 0 ? pick(rnd, VALUES) : pick(rnd, COMMANDS.keySet().toArray(new String[0]));
                } else if (col.equals("quantity")) {
                    v = pick(rnd, new String[] {"E_mV", "drive_mV", "V_rev_mV", "I_pA", "psi0_mV", "charge_pC",
                        "flux_ratio", "nonsense", ""});
                } else {
                    v = pick(rnd, VALUES);
                }
                if (rnd.nextInt(8) == 0) {
                    v = "\"" + v.replace("\"", "\"\"") + (rnd.nextBoolean() ? "\n\"\"x" : "") + "\"";
                }
                if (rnd.nextInt(30) == 0) {
                    v = "\"unterminated";
                }
                cells.add(v);
            }
            sb.append(String.join(sep, cells)).append(rnd.nextBoolean() ? "\n" : "\r\n");
            if (rnd.nextInt(10) == 0) {
                sb.append("\n");
            }
        }
        return sb.toString();
    }

    static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static String describe(String[] argv) {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            sb.append(a.isEmpty() || a.contains(" ") || a.contains("\t") ? "'" + a + "'" : a).append(' ');
        }
        return sb.toString().strip();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                .replace("\"", "\\\"") + "\"";
    }
}
