package org.echem.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echem nernst}. */
@Command(name = "nernst", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Equilibrium (Nernst) potential E = (RT/zF)·ln([out]/[in]) of one or several ions.",
            "With --e, solves for the one missing value of --in, --out or --temp instead."},
        footer = {"%nFields: ion z c_in_mM c_out_mM temp_C E_mV slope_mV_per_decade",
            "%nExamples:",
            "  echem nernst --ion K --in 140mM --out 5mM",
            "  echem nernst --ion Ca --in 100nM --out 2mM --temp 20C",
            "  echem nernst --in K=140,Na=15,Cl=10 --out K=5,Na=145,Cl=110",
            "  echem nernst --preset squid --temp 6.3",
            "  echem nernst --ion K --out 5 --e -90mV          (solves for [K]in)",
            "  echem nernst --csv ions.csv --precision 4"})
public final class NernstCommand extends CalcCommand {
    @Option(names = "--ion", paramLabel = "<ion>", order = 1,
            description = "Ion: a name from 'echem ions' (K, Na, Ca, Cl, …), or one with its charge (Ca2+, Cl-, X+).")
    String ion;

    @Option(names = "--z", paramLabel = "<z>", order = 2,
            description = "Valence with sign (2 for Ca2+, -1 for Cl-); needed for an ion not in the table.")
    String z;

    @Option(names = "--in", paramLabel = "<conc>", order = 3,
            description = "Inside concentration (M, mM, uM, nM, pM, mol/L, mmol/L; bare number: mM), "
                    + "or NAME=CONC pairs: K=140,Na=15.")
    List<String> in;

    @Option(names = "--out", paramLabel = "<conc>", order = 4,
            description = "Outside concentration (bare number: mM), or NAME=CONC pairs: K=5,Na=145.")
    List<String> out;

    @Option(names = "--preset", paramLabel = "<name>", order = 5,
            description = "Typical concentrations: mammalian, squid or frog ('echem ions --preset NAME' shows them "
                    + "and their sources). Explicit values override.")
    String preset;

    @Option(names = "--e", paramLabel = "<volt>", order = 6,
            description = "A known E (V, mV, uV; bare number: mV): solve for the missing --in, --out or --temp.")
    String e;

    @Override
    protected Calculation calculation() {
        return new NernstCalc();
    }
}
