/**
 * The command line: picocli models built in code ({@link org.echem.cli.Specs}), one row function
 * per subcommand ({@link org.echem.cli.Calculation}) serving one-off runs, CSV batches
 * ({@link org.echem.cli.Batch}) and homework checks ({@link org.echem.cli.Check}) alike, typed
 * access to inputs with messages that name the option or CSV cell ({@link org.echem.cli.Inputs}),
 * output formats ({@link org.echem.cli.RowWriter}) and exit codes ({@link org.echem.cli.ExitCode}).
 */
package org.echem.cli;
