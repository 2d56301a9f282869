package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A batch asks once whether an optional family of inputs (--pco2 and its pH options, --activity and
 * its ionic strengths) is given by any column or option (RowSource.anyGiven); the answer must follow
 * the columns and options of that batch, row by row where a column gives it.
 */
class OptionalFamiliesTest {

    @Test
    void aFamilyGivenByAColumnIsReadInEveryRowThatHasIt() {
        CliResult r = CliResult.runWithStdin("ion,in,out,pco2,ph-in,ph-out\nCl,10,110,,,\nHCO3,,,40mmHg,7.2,7.4\n",
                "nernst", "--csv", "-", "--format", "csv");
        r.should().succeeded();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).startsWith("HCO3,,,40mmHg,7.2,7.4,");
    }

    @Test
    void aMemberWithoutItsFamilyHeadIsStillAnErrorInABatch() {
        CliResult r = CliResult.runWithStdin("ion,in,out,ph-in\nK,140,5,\nK,140,5,7.2\n",
                "nernst", "--csv", "-", "--on-error", "mark", "--format", "csv");
        r.should().succeeded();
        String[] lines = r.out().split("\n");
        assertThat(lines[1]).endsWith(",");                  // no ph-in: no error
        assertThat(lines[2]).contains("--pco2");                // ph-in without pco2: the row's error
        CliResult opt = CliResult.runWithStdin("ion,in,out\nK,140,5\n", "nernst", "--csv", "-",
                "--ionic-strength-in", "150mM");
        opt.should().exitedWith(3);
        assertThat(opt.err()).contains("--activity");
    }

    @Test
    void aFamilyGivenAsAnOptionAppliesToEveryRow() {
        CliResult r = CliResult.runWithStdin("ion,in,out\nNa,15,145\nK,140,5\n", "nernst", "--csv", "-",
                "--activity", "davies", "--format", "csv");
        CliResult plain = CliResult.runWithStdin("ion,in,out\nNa,15,145\nK,140,5\n", "nernst", "--csv", "-",
                "--format", "csv");
        r.should().succeeded();
        assertThat(r.out()).isNotEqualTo(plain.out());
    }
}
