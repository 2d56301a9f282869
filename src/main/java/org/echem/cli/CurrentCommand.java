package org.echem.cli;

/** {@code echem current}. */
public final class CurrentCommand extends CalcCommand {
    CurrentCommand() {
        super("current",
                new String[] {"Ohmic current I = g·(V_m - E) through one or several channels, positive",
            "outward. Absolute conductances give pA (nS × mV), per-area ones µA/cm²",
            "(mS/cm² × mV). E is given (--e) or computed from concentrations as in",
            "'nernst'. Several channels add a 'total' row: the summed current and the",
            "zero-current (chord) potential V_rest = Σ g·E / Σ g. With --i instead of",
            "--g, solves for the conductance g = I / (V_m - E)."},
                new String[] {"%nA channel that is not an ion (L, leak) needs its E in --e; an ion channel may",
            "take its E from --in/--out/--preset instead. Per-area and absolute values",
            "cannot be mixed in one run. A current against the driving force would need",
            "g < 0: that is an error, not a negative g.",
            "%nFields: channel E_mV drive_mV I_pA I_uA_cm2 current g_nS g_mS_cm2 V_rest_mV",
            "  (absolute values fill I_pA and g_nS, per-area ones I_uA_cm2 and g_mS_cm2)",
            "%nExamples:",
            "  echem current --g 10nS --vm -70 --e 60",
            "  echem current --g Na=120mS/cm2,K=36mS/cm2,L=0.3mS/cm2 \\",
            "      --e Na=50,K=-77,L=-54.387 --vm -65",
            "  echem current --ion K --in 140 --out 5 --g 2nS --vm -60mV",
            "  echem current --g K=10nS,Na=0.5nS --preset mammalian --vm -80 --explain",
            "  echem current --i -1.3nA --vm -70 --e 60        (solves for g)",
            "  echem current --csv examples/channels.csv --format json"});
        repeatable("--g", "<cond>",
                "Conductance: absolute (S, mS, uS, nS, pS; bare number: nS) or per area (S/m2, mS/cm2, uS/cm2), ≥ 0; or NAME=G pairs for several channels: Na=120mS/cm2,K=36mS/cm2.");
        repeatable("--i", "<current>",
                "Instead of --g: the current (A, mA, uA, nA, pA; bare number: pA; or A/m2, mA/cm2, uA/cm2), positive outward, or NAME=I pairs; solves for g.");
        option("--vm", "<volt>",
                "Membrane potential V_m = V_in - V_out (V, mV, uV; bare number: mV).");
        repeatable("--e", "<volt>",
                "Reversal potential (bare number: mV), or NAME=E pairs, one per channel.");
        option("--ion", "<ion>",
                "The ion of a single channel, to compute E from --in and --out (K, Na, Ca2+, Cl-, X+).");
        option("--z", "<z>",
                "Valence with sign, for an ion not in the table.");
        repeatable("--in", "<conc>",
                "Inside concentration (bare number: mM), or NAME=CONC pairs for ion channels.");
        repeatable("--out", "<conc>",
                "Outside concentration (bare number: mM), or NAME=CONC pairs.");
        option("--preset", "<name>",
                "Typical concentrations for ion channels: mammalian, squid or frog. Explicit values override.");
    }

    @Override
    protected Calculation calculation() {
        return new CurrentCalc();
    }
}
