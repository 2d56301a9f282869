package org.echem.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** A subcommand whose picocli model is built in code ({@link Specs}), not read from annotations. */
interface SpecCommand extends Callable<Integer> {
    /** @return the command's model, its options and help text */
    CommandSpec spec();
}
