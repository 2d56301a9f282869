package org.echem.batch;

import org.echem.calc.Calculation;
import org.echem.lang.Lang;
import org.echem.calc.Explain;
import org.echem.calc.Inputs;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.io.DataException;
import org.echem.io.Format;
import org.echem.io.InputException;
import org.echem.lang.Message;
import org.echem.io.Row;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.io.Stdout;
import org.echem.io.Visible;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.echem.core.DomainException;
import org.echem.core.NoConvergenceException;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;

/**
 * SPEC §4: runs a calculation on every row of a CSV, streaming. Each row goes through the same
 * {@link Calculation} as a one-off run; the input columns pass through and the result fields follow.
 */
public final class Batch {
    private final Calculation calc;
    private final OptionSource options;
    private final Settings common;
    private final Format format;
    private final InputStream stdin;
    private final int threads;
    /** Whether a row's error goes into a machine format's error column, where it is English in every language. */
    private final boolean englishErrors;
    /** A sweep's grid instead of a CSV file, or null. */
    private Sweep sweep;
    long skipped;
    Message firstSkip;
    /** The input cells that stand for result fields and must agree with them. */
    Agreement checks = Agreement.NONE;
    /** The calculation's short path for plain rows, or null (speed seam: {@link Calculation#kernel}). */
    private Calculation.Kernel kernel;
    /**
     * Whether batches take their calculation's short path: off in tests, to compare it with the row
     * function, and with {@code -Dechem.kernels=off} (bench/kernel.sh measures what it gives).
     */
    static boolean kernels = !"off".equals(System.getProperty("echem.kernels"));

    public Batch(Calculation calc, OptionSource options, Settings common, Format format, InputStream stdin) {
        this(calc, options, common, format, stdin, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads 1: rows are calculated on the reading thread; more: on a calculating thread of their own */
    public Batch(Calculation calc, OptionSource options, Settings common, Format format, InputStream stdin, int threads) {
        this.threads = threads;
        this.calc = calc;
        this.options = options;
        this.common = common;
        this.format = format;
        this.stdin = stdin;
        this.englishErrors = format != Format.TEXT && common.onError() == OnError.MARK;
    }

    /** A batch over the rows of {@code sweep} (SPEC §7): its grid instead of a CSV file. */
    public static Batch of(Calculation calc, Sweep sweep, Settings common, Format format) {
        Batch b = new Batch(calc, sweep.rest(), common, format, null);
        b.sweep = sweep;
        return b;
    }

    public void run(Stdout out, PrintWriter err) throws IOException {
        if (sweep == null && ParallelFile.run(this, calc, options, common, format, out, err)) { // a file over every core
            reportSkipped(err);
            return;
        }
        Message name;
        Records csv;
        char inputDelimiter = ',';
        if (sweep != null) {
            name = Message.of("batch.the_sweep");
            csv = sweep.records();
        } else {
            name = common.csv().equals("-") ? Message.of("io.standard_input") : Message.literal(common.csv());
            CsvInput in = CsvFiles.reader(CsvFiles.open(common.csv(), "--csv '" + common.csv() + "'", stdin),
                    common.delimiter(), name);
            inputDelimiter = in.delimiter();
            csv = new Records() {
                @Override
                public List<String> next() throws IOException {
                    return in.next();
                }

                @Override
                public long line() {
                    return in.line();
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
        RowWriter w = styled(RowWriter.of(format, out, common.precision()), common, format, inputDelimiter);
        Pipeline pipeline = null;
        Chunk chunk = new Chunk();
        try (csv) {
            List<String> header = csv.next();
            if (header == null) {
                throw DataException.of("batch.empty", name);
            }
            RowSource src = new RowSource(header, options);
            src.decimalComma(inputDelimiter != ',');
            src.sweep(sweep != null);
            Set<String> present = new HashSet<>(options.keys());
            present.addAll(src.keys());
            Schema schema = calc.schema(present);
            prepare(header, schema, src, present, err);
            w.begin(sweep == null ? header : header.subList(0, sweep.visible()), schema,
                    common.onError() == OnError.MARK);
            pipeline = new Pipeline(w, header, src);
            List<String> cells;
            while ((cells = csv.next()) != null) {
                if (allBlank(cells) && (header.size() > 1 || cells.get(0).isBlank())) {
                    continue; // a blank line, or a spreadsheet's row of empty cells (;;;;)
                }
                chunk.add(cells, csv.line());
                if (chunk.size == Chunk.ROWS) {
                    pipeline.submit(chunk);
                    chunk = new Chunk();
                }
            }
            pipeline.submit(chunk);
            pipeline.finish();
            w.end(List.of());
        } catch (CsvInput.Invalid e) {
            finishBefore(pipeline, chunk, w);
            throw DataException.of("batch.not_csv", name, e.message());
        } catch (IOException e) { // output errors are Stdout's (unchecked): this is the input's
            finishBefore(pipeline, chunk, w);
            throw DataException.of("io.cannot_read", name, e.getMessage());
        } finally {
            if (pipeline != null) {
                pipeline.close();
            }
        }
        reportSkipped(err);
    }

    private void reportSkipped(PrintWriter err) {
        if (skipped > 0) {
            err.println("echem: " + org.echem.lang.Msg.text(skipped == 1 ? "batch.skipped_one" : "batch.skipped",
                    skipped, Visible.of(firstSkip.text())));
            err.flush();
        }
    }

    static boolean allBlank(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code w} writing numbers and delimiters as {@code common} says (SPEC §7), for input split at {@code in} */
    static RowWriter styled(RowWriter w, Settings common, Format format, char in) {
        w.digits(common.digits());
        w.delimited(CsvFiles.outputSeparator(format, common.outputDelimiter(), common.decimalComma(), in),
                common.decimalComma());
        return w;
    }

    /**
     * @return what a calculating thread's task gave
     * @throws RuntimeException what stopped the task, as it was thrown there
     */
    static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException ? (RuntimeException) cause : new IllegalStateException(cause);
        }
    }

    /** @return how many rows a thread calculates at a time */
    public static int chunkRows() {
        return Chunk.ROWS;
    }

    /**
     * On input that cannot be read further: the rows read before it are calculated and written (as
     * before a row error), then the caller stops.
     */
    private static void finishBefore(Pipeline pipeline, Chunk read, RowWriter w) throws IOException {
        if (pipeline != null) {
            pipeline.submit(read);
            pipeline.finish();
        }
        w.end(List.of());
    }

    /** Rows read but not yet calculated, with their line numbers; then what they gave. */
    static final class Chunk {
        static final int ROWS = 512;
        final List<List<String>> rows = new ArrayList<>(ROWS);
        final long[] lines = new long[ROWS];
        int size;
        /**
         * What each row gave: its {@link Row}, a {@code List<Row>} when it gave several or none, the
         * message of its error (--on-error mark), or null (skipped).
         */
        final Object[] results = new Object[ROWS];
        /** How many rows were calculated: all, or those before a failure. */
        int done;
        /** With --on-error fail, the first row error; the rows after it were not calculated. */
        Message failure;
        /** What stopped the calculation of a row other than a row error (no convergence, a bug). */
        RuntimeException crash;
        long skipped;
        Message firstSkip;

        void add(List<String> cells, long line) {
            rows.add(cells);
            lines[size++] = line;
        }

        /**
         * Formats what the calculated rows gave: each row's result rows, or its error (--on-error
         * mark); a skipped row nothing. A row shows at most its first {@code visible} input cells.
         */
        @SuppressWarnings("unchecked")
        void write(RowWriter w, int visible) throws IOException {
            for (int r = 0; r < done; r++) {
                Object result = results[r];
                List<String> cells = rows.get(r);
                if (cells.size() > visible) { // a sweep's other values show in result fields
                    cells = cells.subList(0, visible);
                }
                if (result instanceof Row) {
                    w.row(cells, (Row) result);
                } else if (result instanceof Message) {
                    w.error(cells, (Message) result);
                } else if (result != null) {
                    for (Row row : (List<Row>) result) {
                        w.row(cells, row);
                    }
                }
            }
        }
    }

    /**
     * Runs chunks of rows in two stages, each on its own thread: a calculating thread runs the row
     * function on a chunk while the reading thread reads the next chunk and formats and writes the
     * results of the ones before, in input order. The stages share no code to speak of, so the
     * JIT's profile counters are not contended while both warm up (two threads running the same
     * profiled code take longer than one: measured, README "Batch throughput"). The first chunk is
     * calculated on the reading thread (most files people type are shorter than a chunk). Text
     * output, which lays out one table at the end, and a machine with one processor calculate on
     * the reading thread. At most four chunks are in flight, so that memory stays flat.
     */
    private final class Pipeline {
        /** Chunks submitted and not yet written, at most: the memory in flight stays flat. */
        private static final int IN_FLIGHT = 4;
        private final RowWriter w;
        private final RowSource src;
        /** The calculating thread's own row source. */
        private final RowSource calcSource;
        /** Started with the second chunk: a file of one chunk needs no thread. */
        private ExecutorService calculator;
        private boolean first = true;
        private final ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
        private final boolean staged;

        Pipeline(RowWriter w, List<String> header, RowSource src) {
            this.w = w;
            this.src = src;
            this.staged = w.streams() && threads > 1;
            this.calcSource = staged ? new RowSource(header, options) : src;
            calcSource.decimalComma(src.decimalComma());
            calcSource.sweep(sweep != null);
        }

        void submit(Chunk chunk) throws IOException {
            if (chunk.size == 0) {
                return;
            }
            if (!staged || first) {
                first = false;
                calculate(chunk, src);
                write(chunk);
                return;
            }
            if (calculator == null) {
                calculator = Executors.newSingleThreadExecutor(new Daemons());
            }
            pending.add(calculator.submit(new Task(chunk, calcSource)));
            // write what is calculated; wait only when a few chunks are in flight, so that neither
            // thread waits for the other at every chunk
            while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > IN_FLIGHT)) {
                write(pending.poll());
            }
        }

        /** Writes every chunk submitted. */
        void finish() throws IOException {
            while (!pending.isEmpty()) {
                write(pending.poll());
            }
        }

        void close() {
            if (calculator != null) {
                calculator.shutdownNow();
            }
        }

        private void write(Future<Chunk> f) throws IOException {
            Chunk chunk;
            try {
                chunk = result(f);
            } catch (RuntimeException e) {
                w.end(List.of());
                throw e;
            }
            write(chunk);
        }

        /** Formats and writes what the rows of a calculated chunk gave; then its failure, if any, ends the run. */
        private void write(Chunk chunk) throws IOException {
            chunk.write(w, sweep != null ? sweep.visible() : Integer.MAX_VALUE);
            if (chunk.skipped > 0 && skipped == 0) {
                firstSkip = chunk.firstSkip;
            }
            skipped += chunk.skipped;
            if (chunk.failure != null || chunk.crash != null) {
                w.end(List.of());
                throw chunk.crash != null ? chunk.crash
                        : sweep != null ? new InputException(chunk.failure) // the options' values: exit 2
                        : new DataException(chunk.failure);
            }
        }
    }

    /** One chunk through the row function, on the calculating thread. */
    private final class Task implements Callable<Chunk> {
        private final Chunk chunk;
        private final RowSource src;

        Task(Chunk chunk, RowSource src) {
            this.chunk = chunk;
            this.src = src;
        }

        @Override
        public Chunk call() {
            calculate(chunk, src);
            return chunk;
        }
    }

    /** The calculating thread, which does not keep the JVM alive. */
    private static final class Daemons implements ThreadFactory {
        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "echem-rows");
            t.setDaemon(true);
            return t;
        }
    }

    /**
     * Before the first row: the checks of the cells that stand for result fields, the notes on the
     * header, and the calculation's short path for the input keys {@code present}.
     */
    void prepare(List<String> header, Schema schema, RowSource src, Set<String> present, PrintWriter err) {
        checks = Agreement.of(header, schema, src, calc);
        Agreement.notes(header, schema, src, calc, err);
        kernel = kernels ? calc.kernel(present) : null;
    }

    /** Every row of {@code chunk} through the row function, the same as a one-off run's. */
    void calculate(Chunk chunk, RowSource src) {
        if (englishErrors && Lang.current() != Lang.EN) { // errors go into a machine format's error column
            Lang.on(Lang.EN, () -> {
                calculateIn(chunk, src);
                return null;
            });
        } else {
            calculateIn(chunk, src);
        }
    }

    private void calculateIn(Chunk chunk, RowSource src) {
        List<Row> rows = new ArrayList<>(4);
        try {
            for (int r = 0; r < chunk.size; r++) {
                if (!row(chunk, r, src, rows)) {
                    return;
                }
                chunk.done = r + 1;
            }
        } catch (RuntimeException e) {
            chunk.crash = e; // the rows before it are written first, as with a row error
        }
    }

    /**
     * One input row through the row function; what it gave goes to {@code chunk.results[r]}.
     *
     * @return whether to go on: false after a row error with --on-error fail
     */
    private boolean row(Chunk chunk, int r, RowSource src, List<Row> rows) {
        List<String> cells = chunk.rows.get(r);
        long line = chunk.lines[r];
        rows.clear();
        try {
            if (cells.size() != src.columns()) {
                throw InputException.of("batch.ragged", line, cells.size(), src.columns());
            }
            src.setRow(cells, line);
            if (kernel == null || !kernel.row(src, rows)) {
                Calculation.run(calc, new Inputs(src), rows, Explain.NONE);
            }
            checks.check(cells, line, rows, sweep != null);
        } catch (InputException | DomainException e) {
            return badRow(chunk, r, atLine(Message.of(e), line, sweep != null));
        } catch (NoConvergenceException e) { // exit 5, naming the row
            throw new NoConvergenceException(org.echem.lang.Msg.text("batch.line_error", line, e.getMessage()), e);
        } catch (RuntimeException e) { // a bug: exit 1, naming the row, whatever --on-error says
            throw new IllegalStateException("line " + line + ": " + e, e);
        }
        chunk.results[r] = rows.size() == 1 ? rows.get(0) : new ArrayList<>(rows);
        return true;
    }

    /**
     * @return a row's error naming its line ("line 3: …"; a sweep's "row 3 of the sweep: …") unless it
     *     names it already, as one that names a column does ("line 3, column in '140xM': …")
     */
    static Message atLine(Message m, long line, boolean sweep) {
        String en = m.english();
        if (sweep ? en.startsWith("row ") || en.contains("(row " + line + " of the sweep)")
                : en.startsWith("line ") || en.contains("(line " + line + ")")) {
            return m;
        }
        return Message.of(sweep ? "batch.sweep_row_error" : "batch.line_error", line, m);
    }

    /** @return whether to go on after a row error: --on-error mark keeps it, skip counts it, fail stops */
    private boolean badRow(Chunk chunk, int r, Message msg) {
        switch (common.onError()) {
            case MARK:
                chunk.results[r] = msg;
                return true;
            case SKIP:
                chunk.results[r] = null;
                if (chunk.skipped++ == 0) {
                    chunk.firstSkip = msg;
                }
                return true;
            default:
                chunk.failure = msg;
                return false;
        }
    }
}
