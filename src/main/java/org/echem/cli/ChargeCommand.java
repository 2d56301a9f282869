package org.echem.cli;

/** {@code echem charge}. */
public final class ChargeCommand extends CalcCommand {
    ChargeCommand() {
        super("charge",
                new String[] {"Charge needed to change V_m by ΔV across a membrane, Q = C_m·A·ΔV; the",
            "number of ions |Q|/(|z|·e) and moles that carry it; and the fraction of the",
            "cell's ions of that species, moles / (c_in·volume). A sphere of --radius has",
            "A = 4πr² and volume 4/3·πr³."},
                new String[] {"%ncharge_pC has the sign of ΔV; mol, ions and fraction are amounts (≥ 0).",
            "Without --ion/--z the ions are taken as monovalent; without --conc or a",
            "volume there is no fraction.",
            "%nFields: capacitance_pF charge_pC mol ions fraction",
            "%nExamples:",
            "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM",
            "  echem charge --from -70mV --to 30mV --radius 25um --ion Na --conc 15mM",
            "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM --explain",
            "  echem charge --dv 100mV --area 2000um2 --volume 3pL --ion K --conc 140",
            "  echem charge --dv 50mV --area 1cm2 --cm 0.9uF/cm2"});
        option("--dv", "<volt>",
                "Change of V_m (V, mV, uV; bare number: mV). Or --from and --to.");
        option("--from", "<volt>",
                "Initial V_m (bare number: mV).");
        option("--to", "<volt>",
                "Final V_m (bare number: mV).");
        option("--radius", "<length>",
                "Radius of a spherical cell (m, cm, mm, um, nm, A; bare number: um).");
        option("--area", "<area>",
                "Membrane area instead of a radius (m2, cm2, mm2, um2, nm2, A2; bare number: um2).");
        option("--volume", "<volume>",
                "Cell volume, with --area, for the fraction (L, mL, uL, nL, pL, fL, um3; bare number: pL).");
        option("--cm", "<spec-cap>",
                "Specific membrane capacitance (F/m2, uF/cm2; bare number: uF/cm2). Default: 1 uF/cm2.");
        option("--ion", "<ion>",
                "The ion that carries the charge (K, Na, Ca2+, Cl-, X+). Default: monovalent.");
        option("--z", "<z>",
                "Valence with sign, for an ion not in the table.");
        option("--conc", "<conc>",
                "The cell's inside concentration of that ion (bare number: mM), for the fraction.");
    }

    @Override
    protected Calculation calculation() {
        return new ChargeCalc();
    }
}
