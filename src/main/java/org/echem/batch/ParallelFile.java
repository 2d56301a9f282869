package org.echem.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.echem.calc.Calculation;
import org.echem.calc.OptionSource;
import org.echem.calc.RowSource;
import org.echem.io.CsvFiles;
import org.echem.io.CsvInput;
import org.echem.io.DataException;
import org.echem.lang.Message;
import org.echem.io.Format;
import org.echem.io.RowWriter;
import org.echem.io.Schema;
import org.echem.io.Stdout;

/**
 * A batch over a CSV file on every core: the calling thread reads the file in blocks of about
 * {@link #blockBytes} bytes, each cut after the last record that ends in it (a line break outside
 * quotes, found by following the quotes from the first byte on, so a cut is never inside a quoted
 * field); a worker parses a block ({@link CsvInput} from the block's first line, the header and
 * delimiter of the file's first line), runs the row function and formats the rows into bytes of
 * its own; the calling thread writes the blocks in input order. At most two blocks per worker are
 * in flight, so memory stays flat. A block that holds no whole record (a record longer than a
 * block) ends the splitting: the rest of the file is read as one stream on the calling thread.
 *
 * <p>The output is the bytes the one-stream pipeline writes ({@code ParallelFileTest}): every row
 * in input order, the same messages at the same lines; {@code --on-error fail} stops at the first
 * bad row in input order, after the rows before it; {@code skip} names the first in input order.
 */
final class ParallelFile {
    /** The size of a block read, in bytes (smaller in tests, to cut small files into many blocks). */
    static int blockBytes = 1 << 18;
    /** Blocks read and not yet written, at most, whatever the number of workers. */
    private static final int IN_FLIGHT = 8;

    private final Batch batch;
    private final Calculation calc;
    private final OptionSource options;
    private final Settings common;
    private final Format format;
    private final String name;
    private List<String> header;
    private Schema schema;
    private char sep;
    /** Each worker's own view of a record as the row function's inputs. */
    private final ThreadLocal<RowSource> sources;
    /** Blocks written, to be filled again. */
    private final ArrayDeque<Block> free = new ArrayDeque<>();

    private ParallelFile(Batch batch, Calculation calc, OptionSource options, Settings common, Format format) {
        this.batch = batch;
        this.calc = calc;
        this.options = options;
        this.common = common;
        this.format = format;
        this.name = common.csv();
        this.sources = ThreadLocal.withInitial(this::source);
    }

    /** @return the workers {@code --threads} asks for: one per processor by default */
    /** @return a row source over the header, reading decimal commas as a one-stream batch does */
    private RowSource source() {
        RowSource src = new RowSource(header, options);
        src.decimalComma(sep != ',');
        return src;
    }

    /** @return {@code w} writing numbers and delimiters as a one-stream batch does (SPEC §7) */
    private RowWriter style(RowWriter w) {
        return Batch.styled(w, common, format, sep);
    }

    static int workers(Settings common) {
        return common.threads() > 0 ? common.threads() : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs the batch over every core when it reads a regular file, writes a machine format and may
     * use more than one thread.
     *
     * @return false when it does not apply, or the file's header cannot be read at once: then
     *     nothing has been read or written, and the one-stream pipeline runs instead
     */
    static boolean run(Batch batch, Calculation calc, OptionSource options, Settings common, Format format,
            Stdout out, java.io.PrintWriter err) throws IOException {
        int workers = workers(common);
        if (workers < 2 || format == Format.TEXT || common.csv().equals("-")
                || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(common.csv()))) {
            return false;
        }
        InputStream in;
        try {
            in = CsvFiles.open(common.csv(), "--csv '" + common.csv() + "'", null);
        } catch (RuntimeException e) { // the one-stream pipeline says why
            return false;
        }
        try (in) {
            return new ParallelFile(batch, calc, options, common, format).run(in, out, err, workers);
        }
    }

    private boolean run(InputStream in, Stdout out, java.io.PrintWriter err, int workers) throws IOException {
        int size = Math.max(blockBytes, 64);
        byte[] buf = new byte[size];
        int n = readFully(in, buf, 0);
        boolean eof = n < size;
        if (n >= 2 && (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF || buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)) {
            return false; // UTF-16 text: the one-stream reader converts it
        }
        int start = n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF ? 3 : 0;
        CsvInput head;
        List<String> cells;
        try {
            head = CsvFiles.reader(new ByteArrayInputStream(buf, 0, n), common.delimiter(), name);
            cells = head.next();
        } catch (IOException | RuntimeException e) { // the one-stream pipeline says what is wrong
            return false;
        }
        if (cells == null) {
            return false;
        }
        sep = head.delimiter();
        // the header's end: past the empty lines before it, the first record boundary
        while (start < n && (buf[start] == '\n' || buf[start] == '\r')) {
            start++;
        }
        int headerEnd = boundary(buf, start, n, sep, true);
        if (headerEnd < 0) { // a header longer than a block, or a file of a header alone
            return false;
        }
        header = cells;
        RowSource src = source();
        Set<String> present = new HashSet<>(options.keys());
        present.addAll(src.keys());
        schema = calc.schema(present);
        batch.prepare(header, schema, src, present, err);
        RowWriter w = style(RowWriter.of(format, out, common.precision()));
        w.begin(header, schema, common.onError() == OnError.MARK);
        w.end(List.of()); // the header, written now
        OutputStream sink = out.bytes();
        long line = 1 + lineBreaks(buf, 0, headerEnd);
        int from = headerEnd;
        ExecutorService pool = Executors.newFixedThreadPool(workers, new Workers());
        ArrayDeque<Future<Block>> pending = new ArrayDeque<>();
        // two blocks a worker, so that none waits for the next; at most IN_FLIGHT, so that memory stays flat
        int inFlight = Math.min(2 * workers, IN_FLIGHT);
        try {
            while (true) {
                if (!eof) { // the rest to the front, and the buffer filled again
                    System.arraycopy(buf, from, buf, 0, n - from);
                    n -= from;
                    from = 0;
                    try {
                        n += readFully(in, buf, n);
                    } catch (DataException e) { // the rows before it are written first, as with one stream
                        drain(pending, sink);
                        throw e;
                    }
                    eof = n < buf.length;
                }
                long found = eof ? -1 : cut(buf, from, n, sep, false);
                int cut = eof ? n : (int) found;
                if (cut < 0) { // no whole record in a block: the rest as one stream, here
                    drain(pending, sink);
                    rest(new SequenceInputStream(new ByteArrayInputStream(buf, from, n - from), in), line, sink);
                    return true;
                }
                if (cut > from) {
                    Block b = free.isEmpty() ? new Block() : free.poll();
                    b.fill(buf, from, cut, line);
                    line += eof ? lineBreaks(buf, from, cut) : found >>> 32;
                    pending.add(pool.submit(() -> calculate(b)));
                    while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() >= inFlight)) {
                        write(pending.poll(), sink);
                    }
                }
                from = cut;
                if (eof) {
                    break;
                }
            }
            drain(pending, sink);
            sink.flush();
        } finally {
            pool.shutdownNow();
        }
        return true;
    }

    /** @return how many bytes were read into {@code buf} from {@code off}: fewer than asked only at the end */
    private int readFully(InputStream in, byte[] buf, int off) throws IOException {
        int n = off;
        try {
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) >= 0) {
                n += r;
            }
        } catch (IOException e) {
            throw DataException.of("io.cannot_read", name, e.getMessage());
        }
        return n - off;
    }

    /**
     * The end of a record in {@code b[from, n)}, which starts at a record: CsvInput's reading of
     * quotes (a quote opens a field only as its first byte; {@code ""} inside is a quote) followed
     * from {@code from}.
     *
     * @param first the end of the first record; otherwise that of the last whose end is sure
     *     (a CR last may be the start of a CRLF)
     * @return the position after its line break, or -1 when no record ends inside
     */
    static int boundary(byte[] b, int from, int n, char sep, boolean first) {
        return (int) cut(b, from, n, sep, first);
    }

    /**
     * {@link #boundary} and the line breaks before it in one pass (the calling thread reads every byte
     * once): the line breaks of {@code b[from, end)} as {@link #lineBreaks} counts them.
     *
     * @return the end in the low 32 bits and the line breaks above them; -1 when no record ends inside
     */
    static long cut(byte[] b, int from, int n, char sep, boolean first) {
        int last = -1;
        long breaks = 0;
        long breaksAtLast = 0;
        boolean fieldStart = true;
        boolean quoted = false;
        for (int i = from; i < n; i++) {
            byte c = b[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 >= n) {
                        break;
                    }
                    if (b[i + 1] == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '\n' || c == '\r' && i + 1 < n && b[i + 1] != '\n') {
                    breaks++; // a line break inside quotes: a line all the same
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    if (i + 1 >= n) {
                        break;
                    }
                    if (b[i + 1] == '\n') {
                        i++;
                    }
                }
                last = i + 1;
                breaksAtLast = ++breaks;
                if (first) {
                    break;
                }
                fieldStart = true;
            } else if (c == sep) {
                fieldStart = true;
            } else {
                quoted = c == '"' && fieldStart;
                fieldStart = false;
            }
        }
        return last < 0 ? -1 : breaksAtLast << 32 | last;
    }

    /** @return the line breaks in {@code b[from, to)} as CsvInput counts them: LF, CRLF and a CR alone */
    static long lineBreaks(byte[] b, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r' && (i + 1 >= to || b[i + 1] != '\n')) {
                count++;
            }
        }
        return count;
    }

    /**
     * A block of records and, once calculated, what its rows gave. Blocks are used again once
     * written, so that their buffers stay put rather than fill the heap with garbage.
     */
    private static final class Block {
        byte[] in = new byte[0];
        int length;
        long line;
        final Bytes out = new Bytes();
        long skipped;
        Message firstSkip;
        /** What ends the run after this block's rows: a row error (fail), a bug, input that is not CSV. */
        RuntimeException stop;

        void fill(byte[] b, int from, int to, long line) {
            if (in.length < to - from) {
                in = new byte[Math.max(to - from, blockBytes)];
            }
            System.arraycopy(b, from, in, 0, to - from);
            length = to - from;
            this.line = line;
            out.reset();
            skipped = 0;
            firstSkip = null;
            stop = null;
        }
    }

    /** Output bytes that can be written on without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(1 << 16);
        }
    }

    /** On a worker: parses, calculates and formats a block's rows. */
    private Block calculate(Block b) {
        CsvInput csv = new CsvInput(new ByteArrayInputStream(b.in, 0, b.length), sep, b.line);
        RowWriter w = style(RowWriter.continued(format, b.out, common.precision(), header, schema,
                common.onError() == OnError.MARK));
        records(csv, w, b, sources.get());
        return b;
    }

    /** Every record of {@code csv} through the row function, in chunks, formatted by {@code w}. */
    private void records(CsvInput csv, RowWriter w, Block b, RowSource src) {
        Batch.Chunk chunk = new Batch.Chunk();
        try {
            try {
                List<String> cells;
                while ((cells = csv.next()) != null) {
                    if (Batch.allBlank(cells) && (header.size() > 1 || cells.get(0).isBlank())) { // as Batch: a row of empty cells
                        continue;
                    }
                    chunk.add(cells, csv.line());
                    if (chunk.size == Batch.Chunk.ROWS) {
                        if (!rows(chunk, w, b, src)) {
                            return;
                        }
                        chunk = new Batch.Chunk();
                    }
                }
                rows(chunk, w, b, src);
            } catch (CsvInput.Invalid e) { // the rows read before it first
                if (rows(chunk, w, b, src)) {
                    b.stop = DataException.of("batch.not_csv", name, e.message());
                }
            } catch (IOException e) {
                if (rows(chunk, w, b, src)) {
                    b.stop = DataException.of("io.cannot_read", name, e.getMessage());
                }
            } finally {
                w.end(List.of());
            }
        } catch (IOException e) { // only the output of the rest, on the calling thread
            b.stop = DataException.of("io.cannot_write", e.getMessage());
        } catch (RuntimeException e) {
            if (b.stop == null) {
                b.stop = e;
            }
        }
    }

    /** @return whether to go on: the chunk's rows were calculated and formatted, none stopped the run */
    private boolean rows(Batch.Chunk chunk, RowWriter w, Block b, RowSource src) throws IOException {
        if (chunk.size == 0) {
            return true;
        }
        batch.calculate(chunk, src);
        chunk.write(w, Integer.MAX_VALUE);
        if (chunk.skipped > 0 && b.skipped == 0) {
            b.firstSkip = chunk.firstSkip;
        }
        b.skipped += chunk.skipped;
        if (chunk.crash != null) {
            b.stop = chunk.crash;
        } else if (chunk.failure != null) {
            b.stop = new DataException(chunk.failure);
        }
        return b.stop == null;
    }

    /** The rest of the file as one stream, from a record on {@code line}, on the calling thread. */
    private void rest(InputStream in, long line, OutputStream sink) throws IOException {
        Block b = new Block();
        b.line = line;
        RowWriter w = style(RowWriter.continued(format, sink, common.precision(), header, schema,
                common.onError() == OnError.MARK));
        records(new CsvInput(in, sep, line), w, b, sources.get());
        account(b, sink);
    }

    private void drain(ArrayDeque<Future<Block>> pending, OutputStream sink) throws IOException {
        while (!pending.isEmpty()) {
            write(pending.poll(), sink);
        }
    }

    /** Writes a calculated block; then what stopped it, if anything, ends the run. */
    private void write(Future<Block> f, OutputStream sink) throws IOException {
        Block b = Batch.result(f);
        b.out.writeTo(sink);
        account(b, sink);
        free.add(b);
    }

    private void account(Block b, OutputStream sink) throws IOException {
        if (b.skipped > 0 && batch.skipped == 0) {
            batch.firstSkip = b.firstSkip;
        }
        batch.skipped += b.skipped;
        if (b.stop != null) {
            sink.flush();
            throw b.stop;
        }
    }

    /** The workers, which do not keep the JVM alive. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "echem-block-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
