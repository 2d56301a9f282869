package org.echem.cli;

/** {@code echem drive}. */
public final class DriveCommand extends CalcCommand {
    DriveCommand() {
        super("drive",
                new String[] {"Electrochemical driving force V_m - E on an ion: the direction of its net flux and",
            "current, the Ussing flux ratio J_in/J_out, and the free energy Δμ̃ of moving 1 mol in,",
            "split into its chemical and electrical parts. E from concentrations or given with --e."},
                new String[] {"%nSign rules: a cation flows in when V_m - E < 0, an anion flows out; the current",
            "(positive outward) always has the sign of V_m - E.",
            "%nFields: ion z E_mV vm_mV drive_mV direction current flux_ratio dmu_kJ_mol",
            "        dmu_chem_kJ_mol dmu_elec_kJ_mol",
            "%nExamples:",
            "  echem drive --ion Na --in 15 --out 145 --vm -70",
            "  echem drive --ion K --e -94.5 --vm -68.2",
            "  echem drive --preset mammalian --vm -85mV",
            "  echem drive --ion Cl --e -64 --vm -70 --explain"});
        option("--ion", "<ion>",
                "Ion: a name from 'echem ions', or one with its charge (Ca2+, Cl-, X+).");
        option("--z", "<z>",
                "Valence with sign, for an ion not in the table.");
        option("--vm", "<volt>",
                "Membrane potential V_m = V_in - V_out (V, mV, uV; bare number: mV).");
        repeatable("--in", "<conc>",
                "Inside concentration (bare number: mM), or NAME=CONC pairs.");
        repeatable("--out", "<conc>",
                "Outside concentration (bare number: mM), or NAME=CONC pairs.");
        option("--preset", "<name>",
                "Typical concentrations: mammalian, squid or frog.");
        repeatable("--e", "<volt>",
                "The equilibrium potential, instead of concentrations (bare number: mV); or NAME=E pairs.");
    }

    @Override
    protected Calculation calculation() {
        return new DriveCalc();
    }
}
