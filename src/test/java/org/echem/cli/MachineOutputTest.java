package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's acceptance: batch output that spreadsheets, pandas, DuckDB and jq can trust. A chain of
 * subcommands has unique header names and reads cleanly with real CSV readers (FastCSV, and Python's
 * csv module where python3 is installed); no README example prints binary noise in csv or json.
 */
class MachineOutputTest {

    private static List<CliResult> chain() {
        CliResult nernst = CliResult.run("nernst", "--csv", "examples/ions.csv");
        nernst.should().succeeded();
        CliResult drive = CliResult.runWithStdin(nernst.out(), "drive", "--csv", "-", "--vm", "-70");
        drive.should().succeeded();
        CliResult current = CliResult.runWithStdin(drive.out(), "current", "--csv", "-", "--g", "1nS");
        current.should().succeeded();
        return List.of(nernst, drive, current);
    }

    @Test
    void aChainHasUniqueHeaderNamesAndReadsCleanlyWithFastCsv() throws Exception {
        List<String> inputs = Files.readAllLines(Path.of("examples/ions.csv"), StandardCharsets.UTF_8);
        for (CliResult r : chain()) {
            List<CsvRecord> records;
            try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(r.out())) {
                records = reader.stream().collect(Collectors.toList());
            }
            List<String> header = records.get(0).getFields();
            Set<String> names = new HashSet<>();
            for (String h : header) {
                assertThat(names.add(h.toLowerCase(Locale.ROOT))).as("repeated name %s in %s", h, header).isTrue();
            }
            assertThat(records).hasSize(inputs.size()); // one row per input row, none dropped
            for (CsvRecord rec : records.subList(1, records.size())) {
                assertThat(rec.getFieldCount()).as(rec.toString()).isEqualTo(header.size());
            }
            // the input columns pass through unchanged, in order
            assertThat(header.subList(0, 4)).containsExactly("cell", "ion", "in", "out");
            for (int i = 1; i < records.size(); i++) {
                assertThat(String.join(",", records.get(i).getFields().subList(0, 4))).isEqualTo(inputs.get(i));
            }
        }
        CsvRecord last = CsvReader.builder().ofCsvRecord(chain().get(2).out()).stream().skip(1).findFirst().orElseThrow();
        List<String> header = CsvReader.builder().ofCsvRecord(chain().get(2).out()).stream().findFirst().orElseThrow().getFields();
        assertThat(last.getField(header.indexOf("I_pA"))).isEqualTo("19.0586940367319"); // 1 nS × 19.06 mV
        assertThat(last.getField(header.indexOf("drive_mV"))).isEqualTo("19.0586940367319");
    }

    @Test
    void aChainReadsCleanlyWithPythonsCsvModule() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/python3").canExecute() || onPath("python3"), "python3 not installed");
        String csv = chain().get(2).out();
        String script = "import csv, sys\n"
                + "rows = list(csv.reader(sys.stdin))\n"
                + "h = rows[0]\n"
                + "assert len({x.lower() for x in h}) == len(h), h\n"
                + "assert all(len(r) == len(h) for r in rows[1:])\n"
                + "d = list(csv.DictReader(iter([','.join(h)] + [','.join(r) for r in rows[1:]])))\n"
                + "print(len(h), len(d), sum(float(r['I_pA']) for r in d if r['I_pA']))\n";
        Process p = new ProcessBuilder("python3", "-c", script).start();
        p.getOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        String[] f = out.strip().split(" ");
        assertThat(Integer.parseInt(f[1])).isEqualTo(7);
    }

    private static boolean onPath(String exe) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, exe).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** A number with 16 or 17 significant digits: binary noise (0.30000000000000004, 19.99999999999999). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?(\\d+)(?:\\.(\\d+))?(?:[eE][-+]?\\d+)?");

    static List<String> noisy(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = (m.group(1) + (m.group(2) == null ? "" : m.group(2))).replaceFirst("^0+", "");
            if (m.group(2) != null && digits.replaceFirst("0+$", "").length() >= 16) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void theScanFindsNoise() {
        assertThat(noisy("a,0.30000000000000004,19.99999999999999,36.85,1e-4,-89.0586940367319")).containsExactly(
                "0.30000000000000004", "19.99999999999999");
    }

    @Test
    void noReadmeExampleShowsBinaryNoiseInJsonOrCsv() throws Exception {
        List<String> examples = ReadmeExamplesTest.examples(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path d : docs.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                examples.addAll(ReadmeExamplesTest.examples(d));
            }
        }
        int scanned = 0;
        List<String> noise = new ArrayList<>();
        for (String ex : examples) {
            if (ex.contains("|") || ex.contains("<") || ex.contains(">") || ex.contains("$(") || ex.contains(";")) {
                continue; // pipelines: their echem parts are examples of their own or run the same code
            }
            List<String> words = new ArrayList<>(ReadmeExamplesTest.words(ex.substring("bin/echem ".length())));
            if (words.contains("--precision") || words.contains("--help") || words.contains("--digits")) {
                continue; // fixed decimals are asked for; help is text
            }
            int f = words.indexOf("--format");
            if (f >= 0 && f + 1 < words.size()) {
                words.remove(f + 1);
                words.remove(f);
            }
            for (String format : List.of("json", "csv")) {
                List<String> args = new ArrayList<>(words);
                args.add("--format");
                args.add(format);
                CliResult r = CliResult.run(args.toArray(new String[0]));
                if (r.exit() != 0) {
                    continue; // a subcommand without that format (check's summary) is not this test's
                }
                scanned++;
                for (String n : noisy(r.out())) {
                    noise.add(n + " in: echem " + String.join(" ", args));
                }
            }
        }
        assertThat(scanned).isGreaterThan(40);
        assertThat(noise).isEmpty();
    }
}
