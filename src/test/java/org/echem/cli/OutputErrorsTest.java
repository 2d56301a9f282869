package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What happens when standard output cannot take more: a reader that left, a full disk. */
class OutputErrorsTest {
    /** Takes {@code room} bytes, then fails as the operating system would. */
    private static final class Failing extends OutputStream {
        private int room;
        private final String error;
        int taken;

        Failing(int room, String error) {
            this.room = room;
            this.error = error;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException(error);
            }
            room -= len;
            taken += len;
        }
    }

    private static String rows(int n) {
        StringBuilder b = new StringBuilder("ion,in,out\n");
        for (int i = 0; i < n; i++) {
            b.append("K,").append(100 + i % 50).append(",5\n");
        }
        return b.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Broken pipe | 0 | ",
        "No space left on device | 3 | echem: cannot write the output: No space left on device"})
    void aClosedReaderStopsQuietlyAFullDiskIsAnError(String error, int exit, String message) {
        Failing out = new Failing(100_000, error);
        StringWriter err = new StringWriter();
        int code = EchemCli.run(new ByteArrayInputStream(rows(200_000).getBytes(StandardCharsets.UTF_8)), out,
                new PrintWriter(err), "nernst", "--csv", "-");
        assertThat(code).isEqualTo(exit);
        assertThat(err.toString().strip()).isEqualTo(message == null ? "" : message);
        assertThat(out.taken).isPositive().isLessThanOrEqualTo(100_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Broken pipe | 0", "No space left on device | 3"})
    void oneOffRunsToo(String error, int exit) {
        StringWriter err = new StringWriter();
        int code = EchemCli.run(new ByteArrayInputStream(new byte[0]), new Failing(0, error), new PrintWriter(err),
                "nernst", "--ion", "K", "--in", "140", "--out", "5");
        assertThat(code).isEqualTo(exit);
    }
}
