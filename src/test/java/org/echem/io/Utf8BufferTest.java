package org.echem.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The output buffer must write exactly what {@code String.getBytes(UTF_8)} writes, however it is fed. */
class Utf8BufferTest {
    @Property(tries = 2000, seed = "42")
    void encodesAsTheJdkDoes(@ForAll String s) throws IOException {
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        Utf8Buffer whole = new Utf8Buffer(1).append(s);
        Utf8Buffer chars = new Utf8Buffer(1);
        for (int i = 0; i < s.length(); i++) {
            chars.append(s.charAt(i));
        }
        Utf8Buffer array = new Utf8Buffer(1).append(s.toCharArray(), 0, s.length());
        for (Utf8Buffer b : new Utf8Buffer[] {whole, chars, array}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            b.writeTo(out);
            assertThat(out.toByteArray()).isEqualTo(expected);
            assertThat(b.length()).isZero();
        }
    }

    @Property(tries = 2000, seed = "42")
    void appendsPlainFieldsOnly(@ForAll String s, @ForAll boolean tab) throws IOException {
        char sep = tab ? '\t' : ',';
        boolean special = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        Utf8Buffer b = new Utf8Buffer(1).append("x");
        assertThat(b.appendPlain(s, sep)).isEqualTo(!special);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        b.writeTo(out);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(special ? "x" : "x" + new String(
                s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void knownEncodings() {
        assertThat(new Utf8Buffer(4).append("−70 mV, 2.5 µM, 25 °C").toString()).isEqualTo("−70 mV, 2.5 µM, 25 °C");
        assertThat(new Utf8Buffer(4).append("µ").length()).isEqualTo(2);
        assertThat(new Utf8Buffer(4).append("−").length()).isEqualTo(3);
        assertThat(new Utf8Buffer(4).append("\uD83E\uDDEA").length()).isEqualTo(4); // a test tube, outside the BMP
        assertThat(new Utf8Buffer(4).append("\uD83E").append('x').toString()).isEqualTo("?x"); // a lone surrogate
    }

    @Test
    void setLengthCutsAndByteAtReads() {
        Utf8Buffer b = new Utf8Buffer(2).append("ab  ");
        assertThat(b.byteAt(3)).isEqualTo(' ');
        b.setLength(2);
        assertThat(b.toString()).isEqualTo("ab");
    }
}
