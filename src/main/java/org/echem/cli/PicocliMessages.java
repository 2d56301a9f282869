package org.echem.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.echem.lang.Lang;
import org.echem.lang.Msg;

/**
 * The usage errors picocli words itself (a missing value, an unmatched argument, a value its
 * converter refused), said again in the language in use. English is picocli's own text, left as it
 * is; another language gets the sentence from the bundles ({@code cli.picocli.*}), a form this does
 * not know stays as picocli wrote it.
 */
final class PicocliMessages {
    private PicocliMessages() {}

    private static final String DESC = "(option '[^']*'(?: \\([^)]*\\))?|positional parameter at index \\S+ \\([^)]*\\))";
    private static final Pattern INVALID = Pattern.compile("Invalid value for " + DESC + ": (.*)", Pattern.DOTALL);
    private static final Pattern MISSING_FOR = Pattern.compile("Missing required parameter for " + DESC);
    private static final Pattern UNKNOWN_EXPECTED = Pattern.compile(
            "Unknown option: '(.*)'; Expected parameter (?:\\S+ \\(of \\d+ mandatory parameters\\) )?for " + DESC
            + " but found '(.*)'");
    private static final Pattern EXPECTED = Pattern.compile(
            "Expected parameter (?:\\S+ \\(of \\d+ mandatory parameters\\) )?for " + DESC + " but found '(.*)'");
    private static final Pattern UNKNOWN = Pattern.compile("Unknown options?: (.*)");
    private static final Pattern UNMATCHED = Pattern.compile("Unmatched arguments? (?:at|from) index (\\d+): (.*)");
    private static final Pattern ONCE = Pattern.compile(DESC + " should be specified only once");
    private static final Pattern MISSING = Pattern.compile("Missing required (?:parameter|option|argument)s?: (.*)");
    private static final Pattern NOT_INT = Pattern.compile("'(.*)' is not an int", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("option '([^']*)'(?: \\(([^)]*)\\))?");
    private static final Pattern POSITIONAL = Pattern.compile("positional parameter at index (\\S+) \\(([^)]*)\\)");

    /** @return {@code message}, a usage error of picocli's, in the language in use */
    static String translate(String message) {
        if (message == null || Lang.current() == Lang.EN) {
            return message;
        }
        Matcher m;
        if ((m = INVALID.matcher(message)).matches()) {
            Matcher n = NOT_INT.matcher(m.group(2));
            return Msg.text("cli.picocli.invalid_value", desc(m.group(1)),
                    n.matches() ? Msg.text("cli.picocli.not_int", n.group(1)) : m.group(2));
        }
        if ((m = MISSING_FOR.matcher(message)).matches()) {
            return Msg.text("cli.picocli.missing_parameter_for", desc(m.group(1)));
        }
        if ((m = UNKNOWN_EXPECTED.matcher(message)).matches()) {
            return Msg.text("cli.picocli.unknown_option_expected", m.group(1), desc(m.group(2)), m.group(3));
        }
        if ((m = EXPECTED.matcher(message)).matches()) {
            return Msg.text("cli.picocli.expected_parameter", desc(m.group(1)), m.group(2));
        }
        if ((m = UNKNOWN.matcher(message)).matches()) {
            return Msg.text("cli.picocli.unknown_option", m.group(1));
        }
        if ((m = UNMATCHED.matcher(message)).matches()) {
            return Msg.text("cli.picocli.unmatched", m.group(2));
        }
        if ((m = ONCE.matcher(message)).matches()) {
            return Msg.text("cli.picocli.only_once", desc(m.group(1)));
        }
        if ((m = MISSING.matcher(message)).matches()) {
            return Msg.text("cli.picocli.missing", m.group(1));
        }
        return message;
    }

    /** @return picocli's "option '--in' (&lt;conc&gt;)" or "positional parameter at index 0 (FILE)", translated */
    private static String desc(String d) {
        Matcher m = OPTION.matcher(d);
        if (m.matches()) {
            return m.group(2) == null ? Msg.text("cli.picocli.option", m.group(1))
                    : Msg.text("cli.picocli.option_label", m.group(1), m.group(2));
        }
        m = POSITIONAL.matcher(d);
        return m.matches() ? Msg.text("cli.picocli.positional", m.group(2), m.group(1)) : d;
    }
}
