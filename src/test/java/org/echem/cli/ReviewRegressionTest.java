package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Regression tests for defects found by reading and running echem as a user; each named for what broke. */
class ReviewRegressionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a temperature so large that RT overflows printed -Infinity with exit 0
        "nernst --ion K --in 140 --out 5 --temp=1e308 --format json | --temp '1e308'",
        "ghk --perm K=1,Na=0.04 --in K=140,Na=15 --out K=5,Na=145 --temp=1e308 --format json | --temp '1e308'",
        "drive --ion K --in 140 --out 5 --vm -70 --temp=1e308 | --temp '1e308'",
        "nernst --ion K --out 5 --e -90 --temp=1e308 --format json | --temp '1e308'",
        "nernst --ion K --in 140 --out 5 --temp=1e308 | --temp '1e308'",
        // conversions that overflow printed Infinity
        "current --g 1 --e=1e308 --vm=-1e308 --format json | would be -Infinity",
        "current --g Na=1e308S,K=1e308S --e Na=1,K=1 --vm=0 --format json | Infinity",
        // solving for [in] returned a concentration of 0
        "nernst --ion K --out 5 --e 20000 --format csv | underflows to 0",
        // empty values were reported as missing
        "nernst --ion K --in= --out 5 | --in is empty",
        "nernst --in K=,Na=15 --out K=5,Na=145 | K has no value",
        // --on-error without --csv was silently ignored
        "nernst --ion K --in 140 --out 5 --on-error skip | --on-error applies to CSV input",
        // an empty file name read the current directory and failed with exit 1
        "nernst --csv= | the file name is empty",
    })
    void outOfRangeOrEmptyInputIsAUsageOrDataError(String args, String message) {
        CliResult r = CliResult.run(args.split(" "));
        assertThat(r.exit()).as(r.err()).isIn(2, 3);
        r.should().exitedWith(r.exit()).errContains(message).finiteOutput();
        assertThat(r.err().strip().split("\n")).hasSize(1);
    }

    @Test
    void jsonCarriesTheTemperatureForEverySubcommand() {
        CliResult r = CliResult.run("drive", "--ion", "K", "--e", "-90", "--vm", "-70", "--temp", "20", "--format", "json");
        assertThat(r.number("temp_C")).isEqualTo(20.0);
        CliResult c = CliResult.run("charge", "--dv", "100mV", "--radius", "10um", "--format", "json");
        assertThat(c.number("temp_C")).isEqualTo(37.0);
    }

    @Test
    void batchTextNamesTheConstantsAndTemperature() {
        CliResult r = CliResult.runWithStdin("ion,in,out\nK,140,5\n", "nernst", "--csv", "-", "--format", "text",
                "--constants", "textbook");
        r.should().succeeded().outContains("constants textbook", "T = 37 °C");
    }

    @Test
    void batchErrorsNameTheLine() {
        CliResult r = CliResult.runWithStdin("foo\nx\n", "nernst", "--csv", "-");
        r.should().exitedWith(3).errContains("line 2: no ion given");
    }

    @Test
    void anAnionIsAnAnion() {
        CliResult r = CliResult.run("drive", "--ion", "Cl", "--e", "-64", "--vm", "-70", "--explain");
        r.should().succeeded().outContains("for an anion").doesNotContain("a anion");
    }

    @Test
    void ionsPresetConcentrationsAreNumbers() {
        CliResult r = CliResult.run("ions", "--preset", "squid", "--format", "json", "--precision", "1");
        r.should().succeeded().outContains("\"in_mM\":400.0", "\"out_mM\":20.0");
    }
}
