package org.echem.cli;

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
final class Stdout extends PrintWriter {
    private final OutputStream raw;
    private final OutputStream bytes = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            Stdout.this.flush();
            raw.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Stdout.this.flush();
            raw.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            raw.flush();
        }
    };

    Stdout(OutputStream raw) {
        super(new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 13));
        this.raw = raw;
    }

    /** @return the byte side of this output */
    OutputStream bytes() {
        return bytes;
    }
}
