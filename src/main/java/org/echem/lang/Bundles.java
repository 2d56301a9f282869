package org.echem.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a message bundle and formats its patterns, both in one pass of plain code.
 *
 * <p>A speed seam: every run says something, and {@link java.util.Properties#load} over the 120 kB
 * of a bundle, then the first {@link String#format}, cost a one-off run some 30 and 9 ms before the
 * JIT starts (measured in docs/performance.md). The reader takes the file format
 * {@code java.util.Properties} defines (comments, {@code = : } or space after the key, escapes,
 * continued lines; BundlesTest compares it with Properties on both bundles); the formatter takes the
 * conversions the bundles use ({@code %s}, {@code %2$s}, {@code %-6s}, {@code %n}, {@code %%}) and
 * hands any other pattern to {@link String#format}.
 */
final class Bundles {
    private Bundles() {
    }

    /**
     * @return the bytes of the resource {@code name} beside this class: straight from the jar when
     *     the class path is that one jar ({@code java -jar}, as bin/echem runs it), else through the
     *     class loader (a speed seam: the class loader's first resource costs a one-off run some 4 ms,
     *     the jar's own entry about 1; docs/performance.md)
     */
    static byte[] read(String name) {
        byte[] b = fromJar("org/echem/lang/" + name);
        if (b != null) {
            return b;
        }
        try (InputStream s = Bundles.class.getResourceAsStream(name)) {
            if (s == null) {
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            return s.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the entry {@code path} of the jar that is the whole class path, or null (no such jar or entry) */
    private static byte[] fromJar(String path) {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.endsWith(".jar") || cp.indexOf(java.io.File.pathSeparatorChar) >= 0) {
            return null;
        }
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(cp)) {
            java.util.zip.ZipEntry e = jar.getEntry(path);
            if (e == null) {
                return null;
            }
            try (InputStream s = jar.getInputStream(e)) {
                return s.readAllBytes();
            }
        } catch (IOException | SecurityException e) {
            return null; // the class loader will say what is wrong
        }
    }

    /**
     * A bundle read as far as it has been asked: a one-off run says a few of its some 1,400
     * messages, so it finds each line's key and where its value is, byte by byte, only until the key
     * asked for is found (the keys said most, those of text output, come early in the files), and
     * decodes a value when first asked for. A bundle with a continued line is read whole instead
     * ({@link #parse}).
     */
    static final class Lazy {
        private final byte[] bytes;
        private final Map<String, Object> index = new java.util.concurrent.ConcurrentHashMap<>(4096);
        /** How far the lines have been indexed; {@code bytes.length} once all are (written under the lock). */
        private volatile int scanned;

        Lazy(byte[] bytes) {
            this.bytes = bytes;
        }

        /** @return the value of {@code key}, or null */
        String get(String key) {
            Object o = index.get(key);
            if (o == null && scanned < bytes.length) {
                o = scanFor(key);
            }
            if (o instanceof Long) {
                long at = (Long) o;
                String raw = new String(bytes, (int) (at >>> 32), (int) at, StandardCharsets.UTF_8);
                String value = unescape(raw, 0, raw.length());
                index.put(key, value); // a race decodes twice, to equal strings
                return value;
            }
            return (String) o;
        }

        /** @return every key */
        java.util.Set<String> keys() {
            if (scanned < bytes.length) {
                scanFor(null);
            }
            return index.keySet();
        }

        /** Indexes further lines until {@code key} (null: to the end); @return what it maps to, or null */
        private synchronized Object scanFor(String key) {
            Object found = key == null ? null : index.get(key);
            int n = bytes.length;
            int i = scanned;
            while (found == null && i < n) {
                int start = i;
                while (i < n && bytes[i] != '\n' && bytes[i] != '\r') {
                    i++;
                }
                int end = i;
                while (i < n && (bytes[i] == '\n' || bytes[i] == '\r')) {
                    i++;
                }
                while (start < end && (bytes[start] == ' ' || bytes[start] == '\t' || bytes[start] == '\f')) {
                    start++;
                }
                if (start == end || bytes[start] == '#' || bytes[start] == '!') {
                    continue;
                }
                int slashes = 0;
                for (int j = end - 1; j >= start && bytes[j] == '\\'; j--) {
                    slashes++;
                }
                if (slashes % 2 == 1) { // a continued line: the general reader, for the whole bundle
                    index.clear();
                    index.putAll(parse(new String(bytes, StandardCharsets.UTF_8)));
                    scanned = n;
                    return key == null ? null : index.get(key);
                }
                int k = start;
                boolean escapedKey = false;
                while (k < end) {
                    byte c = bytes[k];
                    if (c == '\\') {
                        escapedKey = true;
                        k += 2;
                        continue;
                    }
                    if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                        break;
                    }
                    k++;
                }
                k = Math.min(k, end);
                String name = new String(bytes, start, k - start, StandardCharsets.UTF_8);
                if (escapedKey) {
                    name = unescape(name, 0, name.length());
                }
                int v = k;
                while (v < end && (bytes[v] == ' ' || bytes[v] == '\t' || bytes[v] == '\f')) {
                    v++;
                }
                if (v < end && (bytes[v] == '=' || bytes[v] == ':')) {
                    v++;
                    while (v < end && (bytes[v] == ' ' || bytes[v] == '\t' || bytes[v] == '\f')) {
                        v++;
                    }
                }
                Long at = ((long) v << 32) | (end - v);
                index.put(name, at); // a key given twice would be found at its first line: MessagesTest forbids it
                if (name.equals(key)) {
                    found = at;
                }
            }
            scanned = i;
            return found;
        }
    }

    /** @return the keys and values of properties text {@code s} */
    static Map<String, String> parse(String s) {
        Map<String, String> m = new HashMap<>(4096);
        int n = s.length();
        int i = 0;
        StringBuilder logical = new StringBuilder();
        while (i < n) {
            // one natural line, without its line terminator
            int start = i;
            while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                i++;
            }
            int end = i;
            i = skipTerminator(s, i);
            int b = start;
            while (b < end && isBlank(s.charAt(b))) {
                b++;
            }
            if (b == end || s.charAt(b) == '#' || s.charAt(b) == '!') {
                continue;
            }
            String line;
            if (!continues(s, b, end)) {
                line = s.substring(b, end);
            } else if (end - 1 == b) {
                continue; // nothing before the backslash: the next line is read as a line of its own
            } else { // a line ending in an odd number of backslashes goes on, without its leading blanks
                logical.setLength(0);
                logical.append(s, b, end - 1);
                while (true) {
                    if (i >= n) {
                        break;
                    }
                    int ls = i;
                    while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                        i++;
                    }
                    int le = i;
                    i = skipTerminator(s, i);
                    while (ls < le && isBlank(s.charAt(ls))) {
                        ls++;
                    }
                    if (continues(s, ls, le)) {
                        logical.append(s, ls, le - 1);
                    } else {
                        logical.append(s, ls, le);
                        break;
                    }
                }
                line = logical.toString();
                if (line.isEmpty()) {
                    continue;
                }
            }
            entry(line, m);
        }
        return m;
    }

    private static int skipTerminator(String s, int i) {
        if (i < s.length() && s.charAt(i) == '\r') {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    private static boolean continues(String s, int from, int end) {
        int slashes = 0;
        for (int j = end - 1; j >= from && s.charAt(j) == '\\'; j--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** Splits one logical line into key and value as Properties does. */
    private static void entry(String line, Map<String, String> m) {
        int n = line.length();
        int k = 0;
        boolean escaped = false;
        while (k < n) {
            char c = line.charAt(k);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '=' || c == ':' || isBlank(c)) {
                break;
            }
            k++;
        }
        int v = k;
        while (v < n && isBlank(line.charAt(v))) {
            v++;
        }
        if (v < n && (line.charAt(v) == '=' || line.charAt(v) == ':')) {
            v++;
            while (v < n && isBlank(line.charAt(v))) {
                v++;
            }
        }
        m.put(unescape(line, 0, k), unescape(line, v, n));
    }

    private static String unescape(String s, int from, int to) {
        int slash = s.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                if (c != '\\') {
                    b.append(c);
                }
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n':
                    b.append('\n');
                    break;
                case 't':
                    b.append('\t');
                    break;
                case 'r':
                    b.append('\r');
                    break;
                case 'f':
                    b.append('\f');
                    break;
                case 'u':
                    if (i + 4 < to) {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        throw new IllegalArgumentException("malformed \\uxxxx escape in a message bundle");
                    }
                    break;
                default:
                    b.append(e);
            }
        }
        return b.toString();
    }

    /** @return {@code pattern} with {@code args} put in, as {@link String#format} with {@link Locale#ROOT} would */
    static String format(String pattern, Object[] args) {
        int n = pattern.length();
        StringBuilder b = new StringBuilder(n + 16 * args.length);
        int next = 0;
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c != '%') {
                b.append(c);
                continue;
            }
            int j = i + 1;
            int k = j;
            while (k < n && isDigit(pattern.charAt(k))) {
                k++;
            }
            int index = -1;
            if (k > j && k < n && pattern.charAt(k) == '$') {
                index = Integer.parseInt(pattern, j, k, 10) - 1;
                j = k + 1;
            }
            boolean left = j < n && pattern.charAt(j) == '-';
            if (left) {
                j++;
            }
            k = j;
            while (k < n && isDigit(pattern.charAt(k))) {
                k++;
            }
            int width = k > j ? Integer.parseInt(pattern, j, k, 10) : 0;
            j = k;
            char conv = j < n ? pattern.charAt(j) : 0;
            if (conv == 's' && (index < 0 ? next : index) < args.length && (width > 0 || !left)) {
                String v = String.valueOf(args[index < 0 ? next++ : index]);
                int pad = width - v.length();
                if (!left) {
                    for (int p = 0; p < pad; p++) {
                        b.append(' ');
                    }
                }
                b.append(v);
                if (left) {
                    for (int p = 0; p < pad; p++) {
                        b.append(' ');
                    }
                }
            } else if ((conv == 'n' || conv == '%') && j == i + 1) {
                b.append(conv == 'n' ? System.lineSeparator() : "%");
            } else {
                return String.format(Locale.ROOT, pattern, args); // anything else, and its errors, as Java says
            }
            i = j;
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
