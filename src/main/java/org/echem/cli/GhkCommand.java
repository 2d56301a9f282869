package org.echem.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echem ghk}. */
@Command(name = "ghk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Goldman-Hodgkin-Katz reversal potential V_rev of permeant ions of any",
            "valence: closed form when every |z| = 1, Brent root finding otherwise. An",
            "ion missing from --in or --out is 0 on that side (bi-ionic conditions).",
            "With --vm and absolute permeabilities (cm/s): each ion's GHK current",
            "density and the total. With --vrev V --solve-perm ION: the permeability",
            "of ION relative to the others."},
        footer = {"%nGHK current, positive outward, exact at V = 0 (limit P·z·F·([in] - [out])):",
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
            "  echem ghk --csv ghk.csv --format json"})
public final class GhkCommand extends CalcCommand {
    @Option(names = "--perm", paramLabel = "<perm>", order = 1,
            description = "Permeabilities as NAME=P pairs: relative (bare numbers, K=1,Na=0.04,Cl=0.45) or absolute"
                    + " (cm/s, m/s, um/s); or one value with --ion. P ≥ 0.")
    List<String> perm;

    @Option(names = "--in", paramLabel = "<conc>", order = 2,
            description = "Inside concentrations as NAME=CONC pairs (bare number: mM); an ion left out is 0 inside.")
    List<String> in;

    @Option(names = "--out", paramLabel = "<conc>", order = 3,
            description = "Outside concentrations as NAME=CONC pairs (bare number: mM); an ion left out is 0 outside.")
    List<String> out;

    @Option(names = "--preset", paramLabel = "<name>", order = 4,
            description = "Typical concentrations (mammalian, squid, frog) for the ions of --perm. Explicit values override.")
    String preset;

    @Option(names = "--vm", paramLabel = "<volt>", order = 5,
            description = "Membrane potential for GHK currents (bare number: mV); needs absolute permeabilities.")
    String vm;

    @Option(names = "--vrev", paramLabel = "<volt>", order = 6,
            description = "A measured reversal potential (bare number: mV), with --solve-perm.")
    String vrev;

    @Option(names = "--solve-perm", paramLabel = "<ion>", order = 7,
            description = "The ion whose permeability (relative to the others of --perm) gives --vrev.")
    String solvePerm;

    @Option(names = "--ion", paramLabel = "<ion>", order = 8,
            description = "A single ion (with one --perm, --in, --out): K, Na, Ca2+, Cl-, X+.")
    String ion;

    @Option(names = "--z", paramLabel = "<z>", order = 9, description = "Valence with sign, for an ion not in the table.")
    String z;

    @Override
    protected Calculation calculation() {
        return new GhkCalc();
    }
}
