package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.echem.calc.Subcommand;
import org.echem.lang.Msg;
import org.junit.jupiter.api.Test;

/**
 * The start-up seams of a one-off run (docs/performance.md): a run that shows no help makes no help
 * text and builds only the options it names; one that cannot be parsed so is parsed again with every
 * option, so what it says is what the full model says.
 */
class StartupSeamsTest {

    @Test
    void onlyARunThatMayShowHelpMakesHelpText() {
        assertThat(EchemCli.showsHelp(new String[] {"nernst", "--ion", "K", "--in", "140", "--out", "5"})).isFalse();
        assertThat(EchemCli.showsHelp(new String[] {"nernst", "--csv", "-", "--e", "-90mV"})).isFalse();
        assertThat(EchemCli.showsHelp(new String[] {"nernst", "--help"})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {"nernst", "-h"})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {"nernst", "-Vh"})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {"help", "nernst"})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {"nerst"})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {"generate-completion"})).isTrue();
        assertThat(EchemCli.showsHelp(new String[] {"nernst", "--", "--help"})).isFalse();
    }

    @Test
    void helpTextIsMadeAgainAfterARunWithout() {
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5").should().succeeded();
        assertThat(Msg.helpShown()).isTrue();
        assertThat(Msg.help("help.option.help")).isNotEmpty();
        assertThat(Subcommand.NERNST.summary()).isNotEmpty();
    }

    @Test
    void aCommandLineThePartModelCannotParseIsParsedByTheWholeOne() {
        // each error needs an option the command line does not name: the suggestion, or the subcommand that has it
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--prec", "3").should().exitedWith(2)
                .errContains("did you mean --precision?");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "--vm", "-70").should().exitedWith(2)
                .errContains("it is an option of drive");
        CliResult.run("nernst", "--ion", "K", "--in", "140", "--out", "5", "extra").should().exitedWith(2)
                .errContains("'extra'");
        // and a value given as --name=value is read like --name value
        CliResult.run("nernst", "--ion=K", "--in=140", "--out=5", "--format=csv", "--precision=2").should().succeeded()
                .outContains("K,1,140.00,5.00,37.00,-89.06,61.54");
    }

    @Test
    void versionNeedsNoSubcommandBuilt() {
        CliResult.run("--version").should().succeeded().outContains("echem ", "Java ");
        CliResult.run("-V").should().succeeded().outContains("echem ");
        CliResult.run("nernst", "-V").should().succeeded().outContains("echem ");
    }

    @Test
    void helpStillListsEveryOptionWithItsText() {
        CliResult.run("nernst", "--help").should().succeeded()
                .outContains("--pco2=<pressure>", "--threads=<n>", "--decimal-comma", "--activity=<model>",
                        "Temperature", "Examples:", "Fields:", "squid");
    }
}
