package org.echem.cli;

/** {@code echem ghk}. */
public final class GhkCommand extends CalcCommand {
    GhkCommand() {
        super("ghk",
                new String[] {"Goldman-Hodgkin-Katz reversal potential V_rev of permeant ions of any",
            "valence: closed form when every |z| = 1, Brent root finding otherwise. An",
            "ion missing from --in or --out is 0 on that side (bi-ionic conditions).",
            "With --vm and absolute permeabilities (cm/s): each ion's GHK current",
            "density and the total. With --vrev V --solve-perm ION: the permeability",
            "of ION relative to the others."},
                new String[] {"%nGHK current, positive outward, exact at V = 0 (limit P·z·F·([in] - [out])):",
            "  I = P·z²·(F²V/RT)·([in] - [out]·e^(-zFV/RT)) / (1 - e^(-zFV/RT))",
            "%nRows: without --vm one row with V_rev_mV (ion 'total'). With --vm one row per",
            "ion and, for several ions, a 'total' row with the summed current and V_rev_mV.",
            "With --solve-perm one row for that ion: perm_ratio = P_ION / P_ref, P_ref the",
            "first ion of --perm with P > 0.",
            "%nFields: ion z E_mV I_uA_cm2 V_rev_mV perm_ratio",
            "%nExamples:",
            "  echem ghk --perm K=1,Na=0.04,Cl=0.45 --in K=140,Na=15,Cl=10 \\",
            "      --out K=5,Na=145,Cl=110",
            "  echem ghk --perm K=1,Na=0.04,Ca=0.5 --in K=140,Na=15,Ca=0.0001 \\",
            "      --out K=5,Na=145,Ca=2",
            "  echem ghk --perm K=1e-6cm/s,Na=4e-8cm/s --in K=140,Na=15 \\",
            "      --out K=5,Na=145 --vm -70",
            "  echem ghk --ion Ca --perm 1e-5cm/s --in 100nM --out 2mM --vm 0 --explain",
            "  echem ghk --perm K=1 --in K=140 --out Na=140 --vrev -50 --solve-perm Na",
            "  echem ghk --csv examples/ghk.csv --format json"});
        repeatable("--perm", "<perm>",
                "Permeabilities as NAME=P pairs: relative (bare numbers, K=1,Na=0.04,Cl=0.45) or absolute (cm/s, m/s, um/s); or one value with --ion. P ≥ 0.");
        repeatable("--in", "<conc>",
                "Inside concentrations as NAME=CONC pairs (bare number: mM); an ion left out is 0 inside.");
        repeatable("--out", "<conc>",
                "Outside concentrations as NAME=CONC pairs (bare number: mM); an ion left out is 0 outside.");
        option("--preset", "<name>",
                "Typical concentrations (mammalian, squid, frog) for the ions of --perm. Explicit values override.");
        option("--vm", "<volt>",
                "Membrane potential for GHK currents (bare number: mV); needs absolute permeabilities.");
        option("--vrev", "<volt>",
                "A measured reversal potential (bare number: mV), with --solve-perm.");
        option("--solve-perm", "<ion>",
                "The ion whose permeability (relative to the others of --perm) gives --vrev.");
        option("--ion", "<ion>",
                "A single ion (with one --perm, --in, --out): K, Na, Ca2+, Cl-, X+.");
        option("--z", "<z>",
                "Valence with sign, for an ion not in the table.");
    }

    @Override
    protected Calculation calculation() {
        return new GhkCalc();
    }
}
