package org.echem.calc;

import java.util.List;

/**
 * What a calculating subcommand declares about itself, once: its help text and the inputs it takes.
 * The command line, the help text's fields and units, the CSV columns it reads and the completion
 * candidates all come from here and from the row function's {@link org.echem.io.Schema}.
 *
 * @param description the help text's description lines
 * @param inputs the options it takes, in help order (the common ones are added by the command line)
 * @param notes help lines shown before the fields (conventions, rules), each a line
 * @param examples command lines shown under "Examples:", each a line (a comment in parentheses may follow)
 */
public record Declaration(List<String> description, List<Input> inputs, List<String> notes, List<String> examples) {
    public Declaration {
        description = List.copyOf(description);
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
        examples = List.copyOf(examples);
    }
}
