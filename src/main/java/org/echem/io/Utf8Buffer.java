package org.echem.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Output text as UTF-8 bytes, appended like a {@link StringBuilder} and written to a stream in
 * one go. Results are mostly ASCII digits; building them as bytes spares the char-to-byte encoding
 * of a {@code Writer}, which was the largest single cost of a batch run.
 */
public final class Utf8Buffer {
    byte[] bytes;
    int size;
    /** A high surrogate appended on its own, waiting for its low half. */
    private char high;

    public Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** @return room for {@code n} more bytes, at {@link #size} */
    byte[] room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
        return bytes;
    }

    public Utf8Buffer append(char c) {
        if (c < 0x80 && high == 0) {
            room(1)[size++] = (byte) c;
        } else {
            encode(c);
        }
        return this;
    }

    public Utf8Buffer append(CharSequence s) {
        int n = s.length();
        byte[] b = room(n);
        int i = 0;
        if (high == 0) {
            int p = size;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                b[p++] = (byte) c;
            }
            size = p;
        }
        for (; i < n; i++) {
            append(s.charAt(i));
        }
        return this;
    }

    /** Appends bytes that are UTF-8 already (a CSV record passed through as read). */
    public Utf8Buffer appendUtf8(byte[] b, int off, int len) {
        byte[] to = room(len);
        System.arraycopy(b, off, to, size, len);
        size += len;
        return this;
    }

    public Utf8Buffer append(char[] s, int off, int len) {
        byte[] b = room(len);
        int i = 0;
        if (high == 0) {
            int p = size;
            for (; i < len; i++) {
                char c = s[off + i];
                if (c >= 0x80) {
                    break;
                }
                b[p++] = (byte) c;
            }
            size = p;
        }
        for (; i < len; i++) {
            append(s[off + i]);
        }
        return this;
    }

    /**
     * Appends {@code s} as it is if it holds none of the characters that a CSV or TSV field with
     * separator {@code sep} must quote ({@code sep}, a double quote, CR, LF); otherwise appends
     * nothing. One pass over the text, for the common case of a plain field.
     *
     * @return whether {@code s} was appended
     */
    public boolean appendPlain(String s, char sep) {
        if (high != 0 || sep >= 64) {
            return appendPlainSlowly(s, sep);
        }
        long special = 1L << sep | 1L << '"' | 1L << '\n' | 1L << '\r';
        int n = s.length();
        byte[] b = room(n);
        int p = size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return appendPlainSlowly(s, sep);
            }
            if (c < 64 && (special >>> c & 1) != 0) {
                return false;
            }
            b[p++] = (byte) c;
        }
        size = p;
        return true;
    }

    private boolean appendPlainSlowly(String s, char sep) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == sep || c == '"' || c == '\n' || c == '\r') {
                return false;
            }
        }
        append(s);
        return true;
    }

    public Utf8Buffer append(Object o) {
        return append(String.valueOf(o));
    }

    private void encode(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                byte[] b = room(4);
                b[size++] = (byte) (0xF0 | cp >> 18);
                b[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            room(1)[size++] = '?'; // a lone high surrogate, as String.getBytes writes it
            append(c);
            return;
        }
        if (c < 0x80) {
            room(1)[size++] = (byte) c;
        } else if (c < 0x800) {
            byte[] b = room(2);
            b[size++] = (byte) (0xC0 | c >> 6);
            b[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            room(1)[size++] = '?';
        } else {
            byte[] b = room(3);
            b[size++] = (byte) (0xE0 | c >> 12);
            b[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** @return the number of bytes held */
    public int length() {
        return size;
    }

    /** @return the byte at {@code i}, as an unsigned value */
    public int byteAt(int i) {
        return bytes[i] & 0xFF;
    }

    /** Cuts the content to its first {@code n} bytes. */
    public void setLength(int n) {
        size = n;
        high = 0;
    }

    /** Writes the content to {@code out} and empties this buffer. */
    public void writeTo(OutputStream out) throws IOException {
        if (high != 0) {
            room(1)[size++] = '?';
            high = 0;
        }
        out.write(bytes, 0, size);
        size = 0;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.UTF_8) + (high != 0 ? "?" : "");
    }
}
