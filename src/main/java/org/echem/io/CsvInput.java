package org.echem.io;

import org.echem.lang.Message;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Reads CSV (RFC 4180) from UTF-8 bytes, one record at a time, streaming: fields separated by
 * {@code ,} {@code ;} or tab; a field in double quotes may hold the delimiter, line breaks and
 * doubled quotes ({@code ""}); records end at LF, CRLF or CR; a UTF-8 byte-order mark is skipped,
 * and text with a UTF-16 byte-order mark is converted to UTF-8 first; bytes that are not UTF-8
 * stop the reading, naming the line; empty lines are skipped. Records keep the number of fields they have (ragged rows are the
 * caller's to judge).
 *
 * <p>Bytes are scanned directly, without decoding the whole input to characters first: only the
 * fields become strings (a field with a byte of a non-ASCII character is checked to be UTF-8). This is the reading that keeps {@code --csv} fast (README, "Batch
 * throughput"), measured against FastCSV, which decodes to characters before scanning.
 *
 * <p>Input that is not CSV stops the reading with {@link Invalid}, naming the line: a quote that is
 * never closed, text after a closing quote, a record longer than {@value #MAX_RECORD} bytes.
 */
public final class CsvInput implements Closeable {
    /** The longest record read, in bytes: a bound on memory when a quote is never closed. */
    public static final int MAX_RECORD = 8 << 20;
    private static final int HEADER_SCAN = 1 << 15;
    /**
     * Fewer bytes than this left to parse: read more before the next record, so that a record
     * rarely runs past the bytes read (that path, taken once in thousands of records, would
     * otherwise make the JIT compile the parsing loops again when it is first taken).
     */
    private static final int READ_AHEAD = 1 << 12;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** The line of {@link #pos}, counting every line break, inside quotes too. */
    private long line = 1;
    private long recordLine;
    private final byte sep;
    private String[] fields = new String[8];
    /** Doubled quotes of the field being read, undone. */
    private byte[] unquoted = new byte[64];

    /**
     * A record's fields; and, when none is quoted or holds a quote and all are ASCII, its bytes as
     * read, which are then what writing the fields as RFC 4180 CSV with the same delimiter gives.
     */
    public static final class Record extends AbstractList<String> implements RandomAccess {
        private final String[] fields;
        private final byte[] bytes;
        private final char sep;

        Record(String[] fields, byte[] bytes, char sep) {
            this.fields = fields;
            this.bytes = bytes;
            this.sep = sep;
        }

        @Override
        public String get(int i) {
            return fields[i];
        }

        @Override
        public int size() {
            return fields.length;
        }

        /**
         * @return the record's bytes as read, when writing its fields as CSV separated by
         *     {@code delimiter} gives exactly them; otherwise null
         */
        public byte[] asWritten(char delimiter) {
            return delimiter == sep ? bytes : null;
        }
    }

    /** Input that is not CSV, naming its line. */
    public static final class Invalid extends IOException implements Message.Carrier {
        private static final long serialVersionUID = 1L;

        private final transient Message message;

        Invalid(Message message) {
            super((String) null);
            this.message = message;
        }

        /** @return what is wrong, to be said in any language */
        public Message message() {
            return message;
        }

        /** @return what is wrong, in the language in use */
        @Override
        public String getMessage() {
            return message.text();
        }
    }

    /**
     * @param in the bytes, UTF-8 (a byte-order mark is skipped)
     * @param delimiter the separator, or 0 to take the most frequent of , ; tab outside quotes in
     *     the first line (a comma when none is there)
     */
    public CsvInput(InputStream in, char delimiter) throws IOException {
        this.in = utf8(in);
        while (limit < 3 && !eof) {
            fill();
        }
        if (limit - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
            pos += 3;
        }
        this.sep = (byte) (delimiter != 0 ? delimiter : detect());
    }

    /**
     * @return {@code in} as UTF-8: text that starts with a UTF-16 byte-order mark (a spreadsheet's
     *     "Unicode text") is converted; anything else is read as it is
     */
    private static InputStream utf8(InputStream in) throws IOException {
        java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 2);
        byte[] head = new byte[2];
        int n = 0;
        while (n < 2) {
            int r = p.read(head, n, 2 - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        java.nio.charset.Charset utf16 = null;
        if (n == 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            utf16 = StandardCharsets.UTF_16BE;
        } else if (n == 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            utf16 = StandardCharsets.UTF_16LE;
        }
        if (utf16 == null) {
            p.unread(head, 0, n);
            return p;
        }
        return new Transcoded(new java.io.InputStreamReader(p, utf16.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)));
    }

    /** UTF-16 text, read as UTF-8 bytes. */
    private static final class Transcoded extends InputStream {
        private final java.io.Reader reader;
        private final char[] chars = new char[8192];
        private byte[] bytes = new byte[0];
        private int at;

        Transcoded(java.io.Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at == bytes.length) {
                int n;
                try {
                    n = reader.read(chars);
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new Invalid(Message.of("io.csv.utf16"));
                }
                if (n < 0) {
                    return -1;
                }
                bytes = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int k = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, k);
            at += k;
            return k;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** @throws Invalid when a field that holds a replacement character was not UTF-8 as read */
    private void utf8Field(String field, byte[] b, int from, int len) throws Invalid {
        if (field.indexOf('\uFFFD') < 0) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b, from, len));
        } catch (java.nio.charset.CharacterCodingException e) {
            StringBuilder shown = new StringBuilder();
            for (int i = from; i < from + len && shown.length() < 60; i++) {
                int c = b[i] & 0xFF;
                shown.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
            throw new Invalid(Message.of("io.csv.not_utf8", recordLine, shown));
        }
    }

    /**
     * Reads a part of a larger input that starts at a record boundary (a block of a file read by
     * several threads): no byte-order mark is looked for, the delimiter is known, and line numbers
     * count from {@code firstLine}.
     */
    public CsvInput(InputStream in, char delimiter, long firstLine) {
        this.in = in;
        this.sep = (byte) delimiter;
        this.line = firstLine;
    }

    /** @return the separator in use */
    public char delimiter() {
        return (char) sep;
    }

    /** @return the line on which the last record read began (1 for the first line) */
    public long line() {
        return recordLine;
    }

    /**
     * @return the fields of the next record, or null at the end of the input
     * @throws Invalid when the input is not CSV there
     */
    public Record next() throws IOException {
        while (true) { // empty lines
            if (pos >= limit && !fill()) {
                return null;
            }
            byte b = buf[pos];
            if (b == '\n') {
                pos++;
                line++;
            } else if (b == '\r') {
                if (pos + 1 >= limit && !eof) {
                    fill();
                    continue;
                }
                pos += pos + 1 < limit && buf[pos + 1] == '\n' ? 2 : 1;
                line++;
            } else {
                break;
            }
        }
        recordLine = line;
        if (limit - pos < READ_AHEAD && !eof) {
            fill();
        }
        while (true) {
            int start = pos;
            Record r = record();
            if (r != null) {
                return r;
            }
            // the record goes on past the bytes read: read more and start it again
            pos = start;
            line = recordLine;
            if (limit - pos >= MAX_RECORD) {
                throw new Invalid(Message.of("io.csv.too_long", recordLine, MAX_RECORD >> 20));
            }
            fill();
        }
    }

    /** @return the record at {@link #pos}, or null when it goes on past {@link #limit} before the end of the input */
    private Record record() throws Invalid {
        byte[] b = buf;
        int n = limit;
        int p = pos;
        int start = p;
        int count = 0;
        boolean plain = true; // no quote, ASCII only: the bytes are what the fields write as
        while (true) {
            String field;
            if (p < n && b[p] == '"') {
                int s = p;
                p = quoted(p + 1);
                if (p < 0) {
                    return null;
                }
                field = quotedText;
                utf8Field(field, b, s, p - s);
                plain = false;
            } else {
                int s = p;
                boolean high = false;
                while (p < n) {
                    byte c = b[p];
                    if (c == sep || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == '"' || c < 0) { // a quote inside the field, or a byte of a non-ASCII character
                        plain = false;
                        high |= c < 0;
                    }
                    p++;
                }
                if (p == n && !eof) {
                    return null;
                }
                field = p - s <= SHORT ? shortField(b, s, p - s) : new String(b, s, p - s, StandardCharsets.UTF_8);
                if (high) {
                    utf8Field(field, b, s, p - s);
                }
            }
            add(count++, field);
            if (p == n) { // the end of the input ends the record
                break;
            }
            byte c = b[p];
            if (c == sep) {
                p++;
                if (p == n && eof) { // a delimiter last: one more, empty field
                    add(count++, "");
                    break;
                }
                continue;
            }
            if (c == '\r' && p + 1 == n && !eof) {
                return null; // CR, or CRLF?
            }
            pos = c == '\r' && p + 1 < n && b[p + 1] == '\n' ? p + 2 : p + 1;
            line++;
            return record(count, plain, start, p);
        }
        pos = p;
        return record(count, plain, start, p);
    }

    /** The longest field kept in {@link #shortFields}. */
    private static final int SHORT = 3;
    /**
     * Short fields read before, by their bytes: a column of ion names or valences repeats a few
     * values (K, Na, 1, -1), which then are one string each, with its hash code computed once.
     */
    private final String[] shortFields = new String[256];

    private String shortField(byte[] b, int from, int len) {
        if (len == 0) {
            return "";
        }
        int h = 0;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + b[i];
        }
        h = (h ^ h >>> 8) & (shortFields.length - 1);
        String known = shortFields[h];
        if (known != null && known.length() == len) {
            int i = 0;
            while (i < len && known.charAt(i) == b[from + i]) {
                i++;
            }
            if (i == len) {
                return known;
            }
        }
        String s = new String(b, from, len, StandardCharsets.UTF_8);
        if (s.length() == len) { // ASCII: byte i is char i
            shortFields[h] = s;
        }
        return s;
    }

    private void add(int i, String field) {
        if (i == fields.length) {
            fields = Arrays.copyOf(fields, 2 * i);
        }
        fields[i] = field;
    }

    /** @return the record of the first {@code count} fields read, whose bytes are from {@code start} to {@code end} */
    private Record record(int count, boolean plain, int start, int end) {
        return new Record(Arrays.copyOf(fields, count), plain ? Arrays.copyOfRange(buf, start, end) : null, (char) sep);
    }

    private String quotedText;

    /**
     * Reads a quoted field whose text starts at {@code p} into {@link #quotedText}.
     *
     * @return the position after the closing quote, or -1 when the field goes on past {@link #limit}
     */
    private int quoted(int p) throws Invalid {
        byte[] b = buf;
        int n = limit;
        int s = p;
        int kept = 0;
        while (true) {
            if (p >= n) {
                if (!eof) {
                    return -1;
                }
                throw new Invalid(Message.of("io.csv.unclosed", recordLine));
            }
            byte c = b[p];
            if (c == '"') {
                if (p + 1 >= n && !eof) {
                    return -1;
                }
                if (p + 1 < n && b[p + 1] == '"') { // a doubled quote is one quote
                    kept = keep(b, s, p + 1 - s, kept);
                    p += 2;
                    s = p;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && (p + 1 >= n || b[p + 1] != '\n')) {
                line++;
            }
            p++;
        }
        if (kept == 0) {
            quotedText = new String(b, s, p - s, StandardCharsets.UTF_8);
        } else {
            kept = keep(b, s, p - s, kept);
            quotedText = new String(unquoted, 0, kept, StandardCharsets.UTF_8);
        }
        p++; // the closing quote
        if (p < n && b[p] != sep && b[p] != '\n' && b[p] != '\r') {
            int e = p;
            while (e < n && e - p < 20 && b[e] != sep && b[e] != '\n' && b[e] != '\r') {
                e++;
            }
            throw new Invalid(Message.of("io.csv.after_quote", line, new String(b, p, e - p, StandardCharsets.UTF_8)));
        }
        return p;
    }

    private int keep(byte[] b, int from, int len, int kept) {
        if (kept + len > unquoted.length) {
            unquoted = java.util.Arrays.copyOf(unquoted, Math.max(2 * unquoted.length, kept + len));
        }
        System.arraycopy(b, from, unquoted, kept, len);
        return kept + len;
    }

    /** Reads more bytes after those not yet consumed; @return whether any byte is left to read */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < limit;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = java.util.Arrays.copyOf(buf, 2 * buf.length);
        }
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) {
            eof = true;
        } else {
            limit += r;
        }
        return pos < limit;
    }

    /** @return the most frequent of , ; tab outside quotes in the first line, a comma on a tie with it */
    private char detect() throws IOException {
        while (!eof && limit - pos < HEADER_SCAN && indexOfLineEnd() < 0) {
            fill();
        }
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = pos; i < limit && i - pos < HEADER_SCAN; i++) {
            byte c = buf[i];
            if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semis += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private int indexOfLineEnd() {
        for (int i = pos; i < limit; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
