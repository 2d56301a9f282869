package org.echem.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.echem.core.DomainException;

/**
 * SPEC §4: runs a calculation on every row of a CSV, streaming. Each row goes through the same
 * {@link Calculation} as a one-off run; the input columns pass through and the result fields follow.
 */
final class Batch {
    private final Calculation calc;
    private final OptionSource options;
    private final CommonOptions common;
    private final Format format;
    private final InputStream stdin;
    private long skipped;
    private String firstSkip;

    Batch(Calculation calc, OptionSource options, CommonOptions common, Format format, InputStream stdin) {
        this.calc = calc;
        this.options = options;
        this.common = common;
        this.format = format;
        this.stdin = stdin;
    }

    int run(Stdout out, PrintWriter err) throws IOException {
        String name = common.csv.equals("-") ? "standard input" : common.csv;
        BufferedReader reader = open(name);
        char sep;
        try {
            sep = separator(reader);
        } catch (IOException e) {
            throw new DataException("cannot read " + name + ": " + e.getMessage());
        }
        RowWriter w = RowWriter.of(format, out, common.precision);
        try (CsvReader<CsvRecord> csv = records(reader, sep)) {
            Iterator<CsvRecord> it = csv.iterator();
            if (!it.hasNext()) {
                throw new DataException(name + " is empty: expected a header line naming the input columns"
                        + " (e.g. ion,in,out)");
            }
            List<String> header = it.next().getFields();
            RowSource src = new RowSource(header, options);
            Set<String> present = new HashSet<>(options.keys());
            present.addAll(src.keys());
            Schema schema = calc.schema(present);
            w.begin(header, schema, common.onError == CommonOptions.OnError.MARK);
            List<Row> rows = new ArrayList<>(4);
            while (it.hasNext()) {
                CsvRecord rec = it.next();
                List<String> cells = rec.getFields();
                if (cells.size() == 1 && cells.get(0).isBlank() && header.size() > 1) {
                    continue;
                }
                row(src, w, rows, cells, rec.getStartingLineNumber());
            }
            w.end(List.of());
        } catch (CsvParseException e) {
            w.end(List.of());
            throw new DataException(name + ": not valid CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new DataException("cannot read " + name + ": " + e.getCause().getMessage());
        }
        if (skipped > 0) {
            err.println("echem: skipped " + skipped + " row" + (skipped == 1 ? "" : "s") + " with errors (first: "
                    + firstSkip + ")");
            err.flush();
        }
        return ExitCode.OK.code();
    }

    /** One input row through the row function, its results (or its error) written by {@code w}. */
    private void row(RowSource src, RowWriter w, List<Row> rows, List<String> cells, long line) throws IOException {
        rows.clear();
        try {
            if (cells.size() != src.columns()) {
                throw new InputException("line " + line + " has " + cells.size() + " fields, the header "
                        + src.columns() + " (a ragged row; quote fields that hold the delimiter, and close every quote)");
            }
            src.setRow(cells, line);
            CalcCommand.compute(calc, new Inputs(src), rows, Explain.NONE);
        } catch (InputException | DomainException e) {
            String msg = e.getMessage();
            if (!msg.startsWith("line ") && !msg.contains("(line " + line + ")")) {
                msg = "line " + line + ": " + msg;
            }
            badRow(w, cells, msg);
            return;
        }
        for (Row r : rows) {
            w.row(cells, r);
        }
    }

    private void badRow(RowWriter w, List<String> cells, String msg) throws IOException {
        switch (common.onError) {
            case MARK:
                w.error(cells, msg);
                break;
            case SKIP:
                if (skipped++ == 0) {
                    firstSkip = msg;
                }
                break;
            default:
                w.end(List.of());
                throw new DataException(msg);
        }
    }

    private BufferedReader open(String name) {
        return open(common.csv, "--csv '" + common.csv + "'", stdin);
    }

    /**
     * Opens a CSV input as UTF-8: the file, or {@code stdin} for {@code -}.
     *
     * @param file the path, or {@code -}
     * @param label how messages name it, e.g. {@code --csv 'ions.csv'}
     * @throws DataException when it does not exist or cannot be read
     */
    static BufferedReader open(String file, String label, InputStream stdin) {
        InputStream s;
        if (file.equals("-")) {
            s = stdin;
        } else {
            if (file.isBlank()) { // '' is the working directory: opening it succeeds, reading fails
                throw new DataException(label + ": the file name is empty (an unset shell variable?)");
            }
            try {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    throw new DataException(label + ": is a directory, expected a CSV file");
                }
                s = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new DataException(label + ": no such file");
            } catch (DataException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new DataException(label + ": cannot read it (" + e.getMessage() + ")");
            }
        }
        return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8), 1 << 16);
    }

    /** @return a reader of the records of {@code r} as Batch reads them (blank lines skipped, ragged rows kept) */
    static CsvReader<CsvRecord> records(BufferedReader r, char sep) {
        return CsvReader.builder().fieldSeparator(sep).skipEmptyLines(true)
                .allowMissingFields(true).allowExtraFields(true).ofCsvRecord(r);
    }

    private char separator(BufferedReader r) throws IOException {
        return separator(r, common.delimiter);
    }

    /**
     * Skips a UTF-8 byte-order mark and returns the delimiter: given ({@code --delimiter}), or the
     * most frequent of , ; tab in the header.
     */
    static char separator(BufferedReader r, String delimiter) throws IOException {
        r.mark(1 << 16);
        int c = r.read();
        if (c != '\uFEFF') {
            r.reset();
        }
        if (delimiter != null) {
            String d = delimiter;
            if (d.equals(",") || d.equals(";")) {
                return d.charAt(0);
            }
            if (d.equals("\t") || d.equals("\\t") || d.equalsIgnoreCase("tab")) {
                return '\t';
            }
            throw new InputException("--delimiter '" + d + "': expected ',', ';' or tab (\\t)");
        }
        r.mark(1 << 16);
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < (1 << 15); i++) {
            int ch = r.read();
            if (ch < 0 || (!quoted && (ch == '\n' || ch == '\r'))) {
                break;
            }
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += ch == ',' ? 1 : 0;
                semis += ch == ';' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }
        r.reset();
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }
}
