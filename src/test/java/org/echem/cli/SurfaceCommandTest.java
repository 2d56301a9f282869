package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code echem surface}, black-box through {@link EchemCli#run}. */
class SurfaceCommandTest {

    /** Public reference case seed-surface (public-cases.tsv): rel 1e-9. */
    @Test
    void publicReferenceCase() {
        CliResult r = CliResult.run("surface", "--sigma=-1e/250A2", "--salt", "150mM", "--temp", "25", "--epsilon",
                "78.5", "--format", "json");
        r.should().succeeded().finiteOutput();
        assertThat(r.number("psi0_mV")).isCloseTo(-58.755688663841007, withinPercentage(1e-7));
        assertThat(r.number("sigma_C_m2")).isCloseTo(-0.06408706536, within(1e-12));
        assertThat(r.number("ionic_strength_mM")).isEqualTo(150);
        assertThat(r.number("epsilon_r")).isEqualTo(78.5);
    }

    @Test
    void electrolyteAloneGivesDebyeLengthAndDefaultPermittivity() {
        CliResult r = CliResult.run("surface", "--salt", "150mM", "--temp", "25", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("epsilon_r")).isCloseTo(78.30334375, within(1e-9)); // Malmberg–Maryott at 25 °C
        assertThat(r.number("ionic_strength_mM")).isEqualTo(150);
        assertThat(r.number("debye_nm")).isCloseTo(0.304 / Math.sqrt(0.150), withinPercentage(0.2)); // Israelachvili
        assertThat(r.json("psi0_mV")).isNull(); // not computed: omitted in JSON
        assertThat(r.json("E_mV")).isNull();
    }

    @Test
    void symmetricSaltValence() {
        CliResult r = CliResult.run("surface", "--salt", "10mM", "--salt-z", "2", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("ionic_strength_mM")).isEqualTo(40);
    }

    @Test
    void mixtureUsesRootFindingAndReportsIonicStrength() {
        CliResult r = CliResult.run("surface", "--electrolyte", "Na=150,Cl=154,Ca=2", "--sigma", "-0.05",
                "--format", "json");
        r.should().succeeded();
        assertThat(r.number("ionic_strength_mM")).isEqualTo(156);
        // GrahameTest's mpmath reference, 37 °C, water
        assertThat(r.number("psi0_mV")).isCloseTo(-49.079355794357126156, withinPercentage(1e-9));
    }

    @Test
    void psi0GivesSigmaAndRoundTrips() {
        CliResult fwd = CliResult.run("surface", "--sigma=-1e/250A2", "--salt", "150mM", "--format", "json");
        double psi = fwd.number("psi0_mV");
        CliResult inv = CliResult.run("surface", "--psi0", psi + "mV", "--salt", "150mM", "--format", "json");
        inv.should().succeeded();
        assertThat(inv.number("sigma_C_m2")).isCloseTo(-0.06408706536, withinPercentage(1e-9));
    }

    @Test
    void ionAtTheSurface() {
        CliResult r = CliResult.run("surface", "--psi0", "-25.6926mV", "--salt", "150", "--temp", "25", "--ion", "Ca",
                "--conc", "2mM", "--format", "json");
        r.should().succeeded();
        // ψ0 = −RT/F at 25 °C (25.6926 mV): Ca2+ gains a factor e² ≈ 7.389
        assertThat(r.number("boltzmann_factor")).isCloseTo(Math.exp(2), withinPercentage(0.01));
        assertThat(r.number("c_surface_mM")).isCloseTo(2 * Math.exp(2), withinPercentage(0.01));
        CliResult anion = CliResult.run("surface", "--sigma", "-0.05", "--salt", "150", "--ion", "Cl", "--format",
                "json");
        anion.should().succeeded();
        assertThat(anion.number("boltzmann_factor")).isLessThan(1);
        assertThat(anion.json("c_surface_mM")).isNull();
    }

    @Test
    void membraneModeKeepsTheDrivingForce() {
        CliResult r = CliResult.run("surface", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70",
                "--psi-out", "-20mV", "--format", "json");
        r.should().succeeded();
        assertThat(r.number("E_mV")).isCloseTo(60.634331643053393, within(1e-9));
        assertThat(r.number("E_eff_mV")).isCloseTo(80.634331643053393, within(1e-9));
        assertThat(r.number("v_membrane_mV")).isCloseTo(-50, within(1e-12));
        assertThat(r.number("drive_mV")).isCloseTo(-130.63433164305339, within(1e-9));
        assertThat(r.number("drive_eff_mV")).isCloseTo(r.number("drive_mV"), within(1e-9));
        assertThat(r.number("drive_naive_mV")).isCloseTo(-150.63433164305339, within(1e-9));
        assertThat(r.number("c_in_surface_mM")).isEqualTo(15);
        assertThat(r.number("c_out_surface_mM")).isGreaterThan(145);
        assertThat(r.json("psi0_mV")).isNull();
    }

    @Test
    void membraneModeFromSurfaceCharges() {
        CliResult r = CliResult.run("surface", "--ion", "K", "--in", "140", "--out", "5", "--vm", "-80",
                "--sigma-out=-1e/250A2", "--salt-out", "150", "--temp", "25", "--epsilon", "78.5", "--format", "json");
        r.should().succeeded();
        // ψ_out from the public case (−58.7557 mV), ψ_in = 0: E_eff = E + 58.7557 mV
        assertThat(r.number("E_eff_mV") - r.number("E_mV")).isCloseTo(58.755688663841007, within(1e-9));
        assertThat(r.number("drive_eff_mV")).isCloseTo(r.number("drive_mV"), within(1e-9));
        assertThat(r.number("epsilon_r")).isEqualTo(78.5);
    }

    @Test
    void membraneSaltFallsBackToSalt() {
        CliResult a = CliResult.run("surface", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70",
                "--sigma-in", "-0.02", "--sigma-out", "-0.01", "--salt", "150", "--format", "json");
        CliResult b = CliResult.run("surface", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70",
                "--sigma-in", "-0.02", "--sigma-out", "-0.01", "--salt-in", "150", "--salt-out", "150mM", "--format",
                "json");
        a.should().succeeded();
        assertThat(a.number("E_eff_mV")).isEqualTo(b.number("E_eff_mV"));
    }

    @Test
    void explainWalksThroughWhyTheNaiveValueIsNotTheDrivingForce() {
        CliResult r = CliResult.run("surface", "--ion", "Na", "--in", "15", "--out", "145", "--vm", "-70",
                "--psi-out", "-20mV", "--explain");
        r.should().succeeded().outContains("E_eff = (RT/zF)·ln(c_out,s/c_in,s)", "V_mem = V_m + ψ_in − ψ_out",
                "equal to the bulk V_m − E", "does not", "naive", "-130.63 mV");
        String lower = r.out().toLowerCase(java.util.Locale.ROOT);
        // the text must never claim that surface charge enlarges (or increases) the inward Na+ driving force
        assertThat(lower).doesNotContainPattern("(enlarge|increase|augment|boost)s? the (inward )?(na\\+ )?driving force");
        assertThat(lower).contains("does not\n   change the net driving force on na+");
    }

    @Test
    void explainSingleSurface() {
        CliResult closed = CliResult.run("surface", "--sigma=-1e/250A2", "--salt", "150mM", "--explain");
        closed.should().succeeded().outContains("Malmberg & Maryott", "asinh", "Debye length", "given as -1e/250A2");
        CliResult mixture = CliResult.run("surface", "--electrolyte", "Na=150,Cl=154,Ca=2", "--sigma", "-0.05",
                "--explain");
        mixture.should().succeeded().outContains("Brent", "evaluations", "ionic strength I = ½·Σ cᵢzᵢ²");
    }

    @Test
    void textOutputShowsOnlyTheComputedFields() {
        CliResult r = CliResult.run("surface", "--salt", "150mM");
        r.should().succeeded().outContains("Debye length", "nm", "ε_r", "74.152", "T = 37 °C", "codata2018");
        assertThat(r.out()).doesNotContain("ψ0").doesNotContain("E_eff");
    }

    @Test
    void csvAndTsvHaveEveryFieldInFixedOrder() {
        String header = "sigma_C_m2,psi0_mV,debye_nm,ionic_strength_mM,epsilon_r,boltzmann_factor,c_surface_mM,"
                + "E_mV,E_eff_mV,c_in_surface_mM,c_out_surface_mM,v_membrane_mV,drive_mV,drive_eff_mV,drive_naive_mV";
        CliResult csv = CliResult.run("surface", "--sigma", "-0.05", "--salt", "150", "--format", "csv",
                "--precision", "3");
        csv.should().succeeded();
        String[] lines = csv.out().split("\n");
        assertThat(lines[0]).isEqualTo(header);
        assertThat(lines[1]).startsWith("-0.050,-51.132,0.779,150.000,74.152,,,,,");
        CliResult tsv = CliResult.run("surface", "--sigma", "-0.05", "--salt", "150", "--format", "tsv");
        tsv.should().succeeded();
        assertThat(tsv.out().split("\n")[0]).isEqualTo(header.replace(',', '\t'));
    }

    @Test
    void batchThroughStdinMixesModes() {
        String in = "salt,sigma,temp,ion,conc,in,out,vm,psi-out\n"
                + "150mM,-1e/250A2,25,,,,,,\n"
                + "150,-0.05,,Ca,2,,,,\n"
                + ",,,Na,,15,145,-70,-20\n";
        CliResult r = CliResult.runWithStdin(in, "surface", "--csv", "-", "--epsilon", "78.5");
        r.should().succeeded().finiteOutput();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("salt,sigma,temp,ion,conc,in,out,vm,psi-out,sigma_C_m2,psi0_mV,");
        assertThat(lines[1]).startsWith("150mM,-1e/250A2,25,,,,,,,-0.06408706536,-58.755688663841,");
        assertThat(lines[3]).contains(",60.6343316430534,").contains(",-130.634331643053");
    }

    @Test
    void batchRowErrorsAreMarked() {
        String in = "salt,sigma\n150,-0.05\n0,-0.05\n";
        CliResult r = CliResult.runWithStdin(in, "surface", "--csv", "-", "--on-error", "mark");
        r.should().succeeded();
        assertThat(r.out().split("\n")[2]).contains("line 3, column salt '0'").contains("must be > 0");
        CliResult fail = CliResult.runWithStdin(in, "surface", "--csv", "-");
        fail.should().exitedWith(3).errContains("line 3", "salt");
    }

    @Test
    void helpListsUnitsAndExamples() {
        CliResult r = CliResult.run("surface", "--help");
        r.should().succeeded().outContains("--sigma=<charge>", "1e/250A2", "--electrolyte", "--psi-in", "Examples:",
                "echem surface --salt 150mM", "Malmberg", "drive_naive_mV");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zero salt            | --salt 0                                  | --salt '0': the salt concentration must be > 0",
        "negative salt        | --salt -5mM                               | --salt '-5mM': the salt concentration must be > 0",
        "negative mixture ion | --electrolyte Na=-1,Cl=-1                 | must be ≥ 0",
        "empty mixture        | --electrolyte Na=0,Cl=0                   | no ions",
        "too positive         | --electrolyte Na=150,Cl=140               | positive charge is in excess by 10 mM",
        "too negative         | --electrolyte Na=150,Cl=154               | negative charge is in excess by 4 mM",
        "epsilon zero         | --salt 150 --epsilon 0                    | --epsilon '0': the relative permittivity must be",
        "epsilon negative     | --salt 150 --epsilon -78                  | --epsilon '-78'",
        "epsilon not a number | --salt 150 --epsilon 78.5F                | expected a plain number",
        "unknown unit         | --salt 150 --sigma 1e/250B2               | unknown unit 'e/250B2'",
        "wrong kind           | --salt 150 --sigma 5mV                    | is a voltage",
        "unknown salt unit    | --salt 150mMol                            | unknown unit 'mMol'",
        "case of unit         | --salt 150MM                              | did you mean mM",
        "no electrolyte       | --sigma -0.05                             | --salt is missing",
        "both salt forms      | --salt 150 --electrolyte Na=1,Cl=1        | not both",
        "sigma and psi0       | --salt 150 --sigma -0.05 --psi0 -30       | not both",
        "bad salt-z           | --salt 150 --salt-z 0                     | --salt-z '0'",
        "salt-z with mixture  | --electrolyte Na=1,Cl=1 --salt-z 2        | --salt-z '2'",
        "conc without ion     | --salt 150 --sigma -0.05 --conc 2         | give --ion",
        "ion without surface  | --salt 150 --ion Na                       | give --sigma or --psi0",
        "hot water            | --salt 150 --temp 120                     | not at 120 °C; give --epsilon",
        "membrane no surface  | --ion Na --in 15 --out 145 --vm -70       | needs a surface potential",
        "membrane no vm       | --ion Na --in 15 --out 145 --psi-out -20  | --vm is missing",
        "membrane sigma       | --ion Na --in 15 --out 145 --vm -70 --sigma -0.05 | is for a single surface",
        "membrane no salt     | --ion Na --in 15 --out 145 --vm -70 --sigma-out -0.05 | --salt-out is missing",
        "psi and sigma        | --ion Na --in 15 --out 145 --vm -70 --psi-in -5 --sigma-in -0.01 --salt 150 | not both",
        "huge psi0            | --salt 150 --psi0 100V                    | out of range",
    })
    void errorsExitTwoWithAClearMessage(String name, String args, String message) {
        String[] argv = ("surface " + args.strip()).split(" +");
        CliResult r = CliResult.run(argv);
        r.should().exitedWith(2).errContains(message);
        assertThat(r.out()).isEmpty();
    }
}
