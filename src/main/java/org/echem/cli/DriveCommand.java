package org.echem.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echem drive}. */
@Command(name = "drive", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Electrochemical driving force V_m - E on an ion: the direction of its net flux and",
            "current, the Ussing flux ratio J_in/J_out, and the free energy Δμ̃ of moving 1 mol in,",
            "split into its chemical and electrical parts. E from concentrations or given with --e."},
        footer = {"%nSign rules: a cation flows in when V_m - E < 0, an anion flows out; the current",
            "(positive outward) always has the sign of V_m - E.",
            "%nFields: ion z E_mV vm_mV drive_mV direction current flux_ratio dmu_kJ_mol",
            "        dmu_chem_kJ_mol dmu_elec_kJ_mol",
            "%nExamples:",
            "  echem drive --ion Na --in 15 --out 145 --vm -70",
            "  echem drive --ion K --e -94.5 --vm -68.2",
            "  echem drive --preset mammalian --vm -85mV",
            "  echem drive --ion Cl --e -64 --vm -70 --explain"})
public final class DriveCommand extends CalcCommand {
    @Option(names = "--ion", paramLabel = "<ion>", order = 1,
            description = "Ion: a name from 'echem ions', or one with its charge (Ca2+, Cl-, X+).")
    String ion;

    @Option(names = "--z", paramLabel = "<z>", order = 2, description = "Valence with sign, for an ion not in the table.")
    String z;

    @Option(names = "--vm", paramLabel = "<volt>", order = 3,
            description = "Membrane potential V_m = V_in - V_out (V, mV, uV; bare number: mV).")
    String vm;

    @Option(names = "--in", paramLabel = "<conc>", order = 4,
            description = "Inside concentration (bare number: mM), or NAME=CONC pairs.")
    List<String> in;

    @Option(names = "--out", paramLabel = "<conc>", order = 5,
            description = "Outside concentration (bare number: mM), or NAME=CONC pairs.")
    List<String> out;

    @Option(names = "--preset", paramLabel = "<name>", order = 6, description = "Typical concentrations: mammalian, squid or frog.")
    String preset;

    @Option(names = "--e", paramLabel = "<volt>", order = 7,
            description = "The equilibrium potential, instead of concentrations (bare number: mV); or NAME=E pairs.")
    List<String> e;

    @Override
    protected Calculation calculation() {
        return new DriveCalc();
    }
}
