package org.echem.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The bundle reader and formatter of the speed seam say exactly what Properties and String.format
 * say: on both bundles, key by key, and on the corners of the file format a bundle may use (the odd
 * ends of Properties at the end of a file, such as a last line of one backslash, are not among them).
 */
class BundlesTest {

    private static Map<String, String> properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> m = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }

    private static Map<String, String> lazy(String text) {
        Bundles.Lazy l = new Bundles.Lazy(text.getBytes(StandardCharsets.UTF_8));
        Map<String, String> m = new HashMap<>();
        for (String k : l.keys()) {
            m.put(k, l.get(k));
        }
        return m;
    }

    @Test
    void bothBundlesReadAsPropertiesReadsThem() throws IOException {
        for (Lang lang : Lang.values()) {
            String text = new String(Bundles.read("messages_" + lang.code() + ".properties"), StandardCharsets.UTF_8);
            Map<String, String> expected = properties(text);
            assertThat(expected).hasSizeGreaterThan(1000);
            assertThat(Bundles.parse(text)).isEqualTo(expected);
            assertThat(lazy(text)).isEqualTo(expected);
            assertThat(Msg.bundle(lang)).isEqualTo(expected);
        }
    }

    @Test
    void theCornersOfTheFileFormat() throws IOException {
        String text = "# comment\n! also a comment\n  a = 1\nb:2\nc 3\nd\\ e=\\ lead\\tand tab\n"
                + "\\\n!not a key\nf=x\\\n    y\\\n  z\r\ng=\\u00b5\\\\n\nh=ends with backslash\\\\\n\nlabel.V_m\\ −\\ E=V_m − E\nempty=\n";
        Map<String, String> expected = properties(text);
        assertThat(Bundles.parse(text)).isEqualTo(expected);
        assertThat(lazy(text)).isEqualTo(expected);
        assertThat(expected).containsEntry("f", "xyz").containsEntry("d e", " lead\tand tab").containsEntry("g", "µ\\n");
    }

    @Test
    void formatsAsStringFormat() {
        String[][] cases = {{"%s and %s", "a", "b"}, {"%2$s before %1$s", "a", "b"}, {"[%-6s]", "ab"},
            {"[%6s]", "ab"}, {"100%% of %s", "x"}, {"line%nnext %s", "x"}, {"%s", "µ°"}, {"no args here", "x"}};
        for (String[] c : cases) {
            Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertThat(Bundles.format(c[0], args)).as(c[0]).isEqualTo(String.format(Locale.ROOT, c[0], args));
        }
        assertThat(Bundles.format("%.2f", new Object[] {1.5})).isEqualTo("1.50"); // handed on to String.format
        assertThatThrownBy(() -> Bundles.format("%s %s", new Object[] {"one"}))
                .isInstanceOf(java.util.MissingFormatArgumentException.class);
    }
}
