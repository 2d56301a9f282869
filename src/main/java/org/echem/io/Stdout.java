package org.echem.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output, as text for picocli's help and messages and as bytes for {@link RowWriter},
 * which formats results straight to UTF-8. Whatever the text side holds is flushed before bytes are
 * written, so the two keep their order.
 */
public final class Stdout extends PrintWriter {
    private final OutputStream raw;
    private final OutputStream bytes = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Stdout.this.flush();
            try {
                raw.write(b, off, len);
            } catch (IOException e) {
                throw closedOr(e);
            }
        }

        @Override
        public void flush() {
            try {
                raw.flush();
            } catch (IOException e) {
                throw closedOr(e);
            }
        }
    };

    /** The first error of the text side, which PrintWriter itself only flags ({@link #checkError}). */
    private IOException textError;

    public Stdout(OutputStream raw) {
        this(raw, new Recording(raw));
    }

    private Stdout(OutputStream raw, Recording text) {
        super(new BufferedWriter(new OutputStreamWriter(text, StandardCharsets.UTF_8), 1 << 13));
        this.raw = raw;
        text.owner = this;
    }

    /** The text side's way to {@code raw}, remembering the first error for {@link #failure}. */
    private static final class Recording extends OutputStream {
        private final OutputStream raw;
        private Stdout owner;

        Recording(OutputStream raw) {
            this.raw = raw;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                raw.write(b, off, len);
            } catch (IOException e) {
                owner.record(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                raw.flush();
            } catch (IOException e) {
                owner.record(e);
                throw e;
            }
        }
    }

    private void record(IOException e) {
        if (textError == null) {
            textError = e;
        }
    }

    /**
     * Flushes the text side and says whether what was printed through it (help, version, reports)
     * was lost.
     *
     * @return null when all was written or the reader went away (a closed pipe: nobody to tell);
     *     else the error, as {@link DataException}
     */
    public DataException failure() {
        if (!checkError() || textError == null) {
            return null;
        }
        RuntimeException r = closedOr(textError);
        return r instanceof DataException ? (DataException) r : null;
    }

    /**
     * The reader of the output went away (as {@code | head} does when it has its lines): there is
     * nobody left to tell, so the run stops quietly ({@link EchemCli} exits with 0).
     */
    public static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed(IOException cause) {
            super("standard output was closed", cause);
        }
    }

    private static RuntimeException closedOr(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Broken pipe") || m.contains("Stream closed")) {
            return new Closed(e);
        }
        return DataException.of("io.cannot_write", m);
    }

    /** @return the byte side of this output */
    public OutputStream bytes() {
        return bytes;
    }
}
