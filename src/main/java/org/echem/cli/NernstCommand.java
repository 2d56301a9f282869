package org.echem.cli;

/** {@code echem nernst}. */
public final class NernstCommand extends CalcCommand {
    NernstCommand() {
        super("nernst",
                new String[] {"Equilibrium (Nernst) potential E = (RT/zF)·ln([out]/[in]) of one or several ions.",
            "With --e, solves for the one missing value of --in, --out or --temp instead."},
                new String[] {"%nFields: ion z c_in_mM c_out_mM temp_C E_mV slope_mV_per_decade",
            "%nExamples:",
            "  echem nernst --ion K --in 140mM --out 5mM",
            "  echem nernst --ion Ca --in 100nM --out 2mM --temp 20C",
            "  echem nernst --in K=140,Na=15,Cl=10 --out K=5,Na=145,Cl=110",
            "  echem nernst --preset squid --temp 6.3",
            "  echem nernst --ion K --out 5 --e -90mV          (solves for [K]in)",
            "  echem nernst --csv examples/ions.csv --precision 4"});
        option("--ion", "<ion>",
                "Ion: a name from 'echem ions' (K, Na, Ca, Cl, …), or one with its charge (Ca2+, Cl-, X+).");
        option("--z", "<z>",
                "Valence with sign (2 for Ca2+, -1 for Cl-); needed for an ion not in the table.");
        repeatable("--in", "<conc>",
                "Inside concentration (M, mM, uM, nM, pM, mol/L, mmol/L; bare number: mM), or NAME=CONC pairs: K=140,Na=15.");
        repeatable("--out", "<conc>",
                "Outside concentration (bare number: mM), or NAME=CONC pairs: K=5,Na=145.");
        option("--preset", "<name>",
                "Typical concentrations: mammalian, squid or frog ('echem ions --preset NAME' shows them and their sources). Explicit values override.");
        option("--e", "<volt>",
                "A known E (V, mV, uV; bare number: mV): solve for the missing --in, --out or --temp.");
    }

    @Override
    protected Calculation calculation() {
        return new NernstCalc();
    }
}
