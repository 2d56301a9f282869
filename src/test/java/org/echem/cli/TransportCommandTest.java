package org.echem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@code echem transport}: ΔG per cycle, E_rev, direction and the equilibrium [ion]in, black box. */
class TransportCommandTest {
    private static final String NA_CA_IN = "Na=15,Ca=100nM";
    private static final String NA_CA_OUT = "Na=145,Ca=2";

    private static CliResult json(String... args) {
        String[] a = new String[args.length + 3];
        a[0] = "transport";
        System.arraycopy(args, 0, a, 1, args.length);
        a[args.length + 1] = "--format";
        a[args.length + 2] = "json";
        CliResult r = CliResult.run(a);
        r.should().succeeded().finiteOutput();
        return r;
    }

    /** E_NCX = 3E_Na − 2E_Ca (Blaustein & Lederer 1999): −82.8 mV for 15/145 mM Na⁺, 100 nM/2 mM Ca²⁺ at 37 °C. */
    @Test
    void ncxReversalPotential() {
        CliResult r = json("--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT);
        assertThat(r.number("E_rev_mV")).isCloseTo(-82.8, within(0.05));
        assertThat(r.json("stoich")).isEqualTo("Na=3,Ca=-1");
        assertThat(r.number("net_charge")).isEqualTo(1);
        assertThat(r.json("dG_kJ_mol")).as("no --vm: ΔG empty").isNull();
        assertThat(r.json("direction")).isNull();
        double eNa = CliResult.run("nernst", "--ion", "Na", "--in", "15", "--out", "145", "--format", "json").number("E_mV");
        double eCa = CliResult.run("nernst", "--ion", "Ca", "--in", "100nM", "--out", "2", "--format", "json").number("E_mV");
        assertThat(r.number("E_rev_mV")).isCloseTo(3 * eNa - 2 * eCa, within(1e-9));
    }

    @Test
    void ncxRunsInReverseAboveItsReversalPotential() {
        assertThat(json("--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--vm", "-70").json("direction"))
                .isEqualTo("reverse");
        assertThat(json("--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--vm", "-90").json("direction"))
                .isEqualTo("forward");
    }

    /** Na⁺/K⁺-ATPase: E_rev = 3E_Na − 2E_K + ΔG_ATP/F ≈ −210 mV at ΔG_ATP = −55 kJ/mol (the figure). */
    @Test
    void nkaReversalPotential() {
        CliResult r = json("--name", "nka", "--in", "Na=15,K=140", "--out", "Na=145,K=5", "--dg-atp", "-55", "--vm", "-70");
        assertThat(r.number("E_rev_mV")).isCloseTo(-210, within(0.05));
        assertThat(r.json("direction")).isEqualTo("forward");
        assertThat(r.json("stoich")).isEqualTo("Na=-3,K=2,ATP=1");
    }

    /** KCC2 at equilibrium: [Cl⁻]i = [K⁺]o[Cl⁻]o/[K⁺]i = 5·110/140 = 3.93 mM (Payne et al. 2003). */
    @Test
    void kcc2EquilibriumChloride() {
        CliResult r = json("--name", "kcc2", "--in", "K=140", "--out", "K=5,Cl=110", "--solve", "Cl");
        assertThat(r.number("c_in_eq_mM")).isCloseTo(5.0 * 110 / 140, within(1e-9));
        assertThat(r.json("E_rev_mV")).as("electroneutral: no E_rev").isNull();
    }

    @Test
    void atEquilibriumConcentrationDeltaGIsZero() {
        CliResult r = json("--name", "kcc2", "--in", "K=140", "--out", "K=5,Cl=110", "--solve", "Cl", "--vm", "-70");
        assertThat(r.number("dG_kJ_mol")).isCloseTo(0, within(1e-9));
        assertThat(r.json("direction")).isEqualTo("none");
    }

    // ---- properties ----

    @Test
    void reversingTheStoichiometryFlipsDeltaG() {
        double f = json("--stoich", "Na=3,Ca=-1", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--vm", "-50").number("dG_kJ_mol");
        double b = json("--stoich", "Na=-3,Ca=1", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--vm", "-50").number("dG_kJ_mol");
        assertThat(b).isCloseTo(-f, within(1e-12));
        assertThat(f).isNotZero();
    }

    @Test
    void atTheReversalPotentialDeltaGIsZero() {
        double eRev = json("--name", "nka", "--in", "Na=15,K=140", "--out", "Na=145,K=5", "--dg-atp", "-55")
                .number("E_rev_mV");
        CliResult r = json("--name", "nka", "--in", "Na=15,K=140", "--out", "Na=145,K=5", "--dg-atp", "-55",
                "--vm", eRev + "mV");
        assertThat(r.number("dG_kJ_mol")).isCloseTo(0, within(1e-9));
    }

    @Test
    void anElectroneutralTransportersDeltaGDoesNotDependOnVm() {
        String[] base = {"--name", "nkcc1", "--in", "Na=15,K=140,Cl=10", "--out", "Na=145,K=5,Cl=110"};
        double a = json(concat(base, "--vm", "-90")).number("dG_kJ_mol");
        double b = json(concat(base, "--vm", "+30")).number("dG_kJ_mol");
        assertThat(a).isCloseTo(b, within(1e-12)).isNegative(); // NKCC1 loads Cl- in a resting cell
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ---- explain, batch, check, help ----

    @Test
    void explainShowsEachIonsTermAndTheReversalPotential() {
        CliResult.run("transport", "--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--vm", "-70", "--explain")
                .should().succeeded()
                .outContains("ΔG = Σ nᵢzᵢF(V_m − Eᵢ)", "Na+: n = +3, z = +1", "Ca2+: n = -1, z = +2",
                        "E_rev = Σ nᵢzᵢEᵢ / Σ nᵢzᵢ", "-82.784 mV", "reverse");
        CliResult.run("transport", "--name", "nka", "--in", "Na=15,K=140", "--out", "Na=145,K=5", "--dg-atp", "-55",
                "--explain").should().succeeded().outContains("ATP: m = 1", "-210.01 mV");
    }

    @Test
    void batchOverVm() {
        CliResult r = CliResult.runWithStdin("vm\n-100\n-70\n", "transport", "--name", "ncx", "--in", NA_CA_IN,
                "--out", NA_CA_OUT, "--csv", "-", "--format", "csv");
        r.should().succeeded();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains("forward");
        assertThat(lines[2]).contains("reverse");
    }

    @Test
    void checkGradesTheReversalPotential() {
        CliResult r = CliResult.runWithStdin("id,command,name,in.Na,in.Ca,out.Na,out.Ca,quantity,answer,tolerance\n"
                + "1,transport,ncx,15,100nM,145,2,E_rev_mV,-82.8,0.1\n", "check", "-", "--format", "json");
        r.should().succeeded();
        assertThat(r.out()).contains("\"verdict\":\"correct\"");
    }

    @Test
    void helpListsTheNamedTransportersWithSources() {
        CliResult.run("transport", "--help").should().succeeded()
                .outContains("ncx", "Na=3,Ca=-1", "Reeves & Hale", "nka", "Na=-3,K=2,ATP=1", "h-k-symport", "Payne");
    }

    @Test
    void phInTheMaps() {
        CliResult r = json("--name", "h-k-symport", "--in", "H=pH7.2,K=100", "--out", "H=pH5.5,K=0.1", "--vm", "-150");
        assertThat(r.json("direction")).isEqualTo("forward");
    }

    // ---- errors ----

    @Test
    void errorsNameTheValueAndWhatWasExpected() {
        CliResult.run("transport", "--name", "nka", "--in", "Na=15,K=140", "--out", "Na=145,K=5").should().exitedWith(2)
                .errContains("--dg-atp is missing", "nka hydrolyses ATP");
        CliResult.run("transport", "--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--dg-atp", "-55").should()
                .exitedWith(2).errContains("--dg-atp '-55'", "not driven by ATP");
        CliResult.run("transport", "--name", "nka", "--in", "Na=15,K=140", "--out", "Na=145,K=5", "--dg-atp", "55")
                .should().exitedWith(2).errContains("--dg-atp '55'", "≤ 0");
        CliResult.run("transport", "--name", "xyz", "--in", NA_CA_IN, "--out", NA_CA_OUT).should().exitedWith(2)
                .errContains("--name 'xyz'", "ncx, nka");
        CliResult.run("transport", "--name", "ncx", "--in", "Na=15", "--out", NA_CA_OUT).should().exitedWith(2)
                .errContains("inside concentration of Ca");
        CliResult.run("transport", "--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--solve", "K").should()
                .exitedWith(2).errContains("--solve 'K'", "does not transport K");
        CliResult.run("transport", "--name", "ncx", "--in", NA_CA_IN, "--out", NA_CA_OUT, "--solve", "Ca").should()
                .exitedWith(2).errContains("depends on V_m");
        CliResult.run("transport", "--stoich", "Na=3,Ca=x", "--in", NA_CA_IN, "--out", NA_CA_OUT).should()
                .exitedWith(2).errContains("--stoich Ca 'x'", "whole number");
        CliResult.run("transport", "--stoich", "Na=0", "--in", "Na=1", "--out", "Na=2").should().exitedWith(2)
                .errContains("must not be 0");
        CliResult.run("transport", "--stoich", "Na=2147483647,K=2147483647", "--in", "Na=1,K=1", "--out", "Na=2,K=1")
                .should().exitedWith(2).errContains("--stoich Na '2147483647'", "between -1000 and 1000");
        CliResult.run("transport", "--in", NA_CA_IN, "--out", NA_CA_OUT).should().exitedWith(2)
                .errContains("no transporter given");
        CliResult.run("transport", "--name", "ncx", "--in", "Na=pH7,Ca=1", "--out", NA_CA_OUT).should().exitedWith(2)
                .errContains("'pH7' is a pH", "Na");
    }
}
