package org.echem.cli;

/** {@code echem surface}. */
public final class SurfaceCommand extends CalcCommand {
    SurfaceCommand() {
        super("surface",
                new String[] {"Gouy–Chapman / Grahame surface potentials and their effect on driving forces.",
            "- Electrolyte alone (--salt or --electrolyte): ionic strength, Debye length.",
            "- One surface: ψ0 from the charge density --sigma (Grahame's equation), or",
            "  σ from --psi0; with --ion [--conc], the Boltzmann factor and the",
            "  concentration at the surface.",
            "- Membrane (--ion --in --out --vm with --psi-in/--psi-out or --sigma-in/",
            "  --sigma-out): E, E_eff of the surface concentrations, V_mem across the",
            "  membrane proper, and the driving force V_mem - E_eff, which equals",
            "  V_m - E: surface charge does not change it."},
                new String[] {"%nε_r defaults to water at --temp (Malmberg & Maryott 1956: 74.15 at 37 °C,",
            "78.30 at 25 °C). A membrane face with neither --psi-* nor --sigma-* is",
            "uncharged (ψ = 0); --salt-in/--salt-out default to --salt or --electrolyte.",
            "A mixture must be electroneutral (within 1e-6 of its charge).",
            "%nFields (one fixed set for every mode; a mode leaves the others empty):",
            "  sigma_C_m2 psi0_mV debye_nm ionic_strength_mM epsilon_r",
            "  boltzmann_factor c_surface_mM",
            "  E_mV E_eff_mV c_in_surface_mM c_out_surface_mM v_membrane_mV",
            "  drive_mV drive_eff_mV drive_naive_mV",
            "%nExamples:",
            "  echem surface --salt 150mM",
            "  echem surface --electrolyte Na=150,Cl=154,Ca=2 --temp 25",
            "  echem surface --sigma=-1e/250A2 --salt 150mM --temp 25 --epsilon 78.5",
            "  echem surface --psi0 -30mV --salt 100mM --salt-z 2",
            "  echem surface --sigma -0.05 --salt 150 --ion Ca --conc 2mM --explain",
            "  echem surface --ion Na --in 15 --out 145 --vm -70 --psi-out -20mV --explain",
            "  echem surface --ion K --in 140 --out 5 --vm -80 --sigma-out=-1e/500A2 \\",
            "                --sigma-in=-1e/300A2 --salt 150"});
        option("--sigma", "<charge>",
                "Surface charge density (C/m2, mC/m2, uC/cm2, e/nm2, e/A2, 1e/250A2 = one e per 250 Å²; bare number: C/m2). Gives ψ0.");
        option("--psi0", "<volt>",
                "Surface potential relative to the bulk (V, mV, uV; bare number: mV). Gives σ.");
        option("--salt", "<conc>",
                "Concentration of a symmetric z:z salt (M, mM, uM, …; bare number: mM), > 0.");
        option("--salt-z", "<z>",
                "Valence of that salt: 1 for NaCl (1:1), 2 for MgSO4 (2:2). Default: 1.");
        repeatable("--electrolyte", "<ion=conc>",
                "A mixture instead of --salt: NAME=CONC pairs, electroneutral, e.g. Na=150,Cl=154,Ca=2.");
        option("--epsilon", "<number>",
                "Relative permittivity ε_r (a plain number > 0). Default: water at --temp.");
        option("--ion", "<ion>",
                "Ion for the Boltzmann factor (one surface) or the membrane mode: Na, K, Ca2+, Cl-, X+ …");
        option("--z", "<z>",
                "Valence with sign, for an ion not in the table.");
        option("--conc", "<conc>",
                "Bulk concentration of --ion (bare number: mM): gives its concentration at the surface.");
        option("--in", "<conc>",
                "Membrane mode: inside bulk concentration of --ion (bare number: mM).");
        option("--out", "<conc>",
                "Membrane mode: outside bulk concentration of --ion (bare number: mM).");
        option("--vm", "<volt>",
                "Membrane mode: V_m = V_in - V_out between the bulk solutions (bare number: mV).");
        option("--psi-in", "<volt>",
                "Potential of the inner face relative to the cytoplasm (bare number: mV). Default: 0.");
        option("--psi-out", "<volt>",
                "Potential of the outer face relative to the bath (bare number: mV). Default: 0.");
        option("--sigma-in", "<charge>",
                "Charge density of the inner face instead of --psi-in (bare number: C/m2).");
        option("--sigma-out", "<charge>",
                "Charge density of the outer face instead of --psi-out (bare number: C/m2).");
        option("--salt-in", "<conc>",
                "Symmetric salt inside, for --sigma-in (bare number: mM). Default: --salt.");
        option("--salt-out", "<conc>",
                "Symmetric salt outside, for --sigma-out (bare number: mM). Default: --salt.");
    }

    @Override
    protected Calculation calculation() {
        return new SurfaceCalc();
    }
}
