package org.echem.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code echem charge}. */
@Command(name = "charge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Charge needed to change V_m by ΔV across a membrane, Q = C_m·A·ΔV; the",
            "number of ions |Q|/(|z|·e) and moles that carry it; and the fraction of the",
            "cell's ions of that species, moles / (c_in·volume). A sphere of --radius has",
            "A = 4πr² and volume 4/3·πr³."},
        footer = {"%ncharge_pC has the sign of ΔV; mol, ions and fraction are amounts (≥ 0).",
            "Without --ion/--z the ions are taken as monovalent; without --conc or a",
            "volume there is no fraction.",
            "%nFields: capacitance_pF charge_pC mol ions fraction",
            "%nExamples:",
            "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM",
            "  echem charge --from -70mV --to 30mV --radius 25um --ion Na --conc 15mM",
            "  echem charge --dv 100mV --radius 10um --ion K --conc 140mM --explain",
            "  echem charge --dv 100mV --area 2000um2 --volume 3pL --ion K --conc 140",
            "  echem charge --dv 50mV --area 1cm2 --cm 0.9uF/cm2"})
public final class ChargeCommand extends CalcCommand {
    @Option(names = "--dv", paramLabel = "<volt>", order = 1,
            description = "Change of V_m (V, mV, uV; bare number: mV). Or --from and --to.")
    String dv;

    @Option(names = "--from", paramLabel = "<volt>", order = 2, description = "Initial V_m (bare number: mV).")
    String from;

    @Option(names = "--to", paramLabel = "<volt>", order = 3, description = "Final V_m (bare number: mV).")
    String to;

    @Option(names = "--radius", paramLabel = "<length>", order = 4,
            description = "Radius of a spherical cell (m, cm, mm, um, nm, A; bare number: um).")
    String radius;

    @Option(names = "--area", paramLabel = "<area>", order = 5,
            description = "Membrane area instead of a radius (m2, cm2, mm2, um2, nm2, A2; bare number: um2).")
    String area;

    @Option(names = "--volume", paramLabel = "<volume>", order = 6,
            description = "Cell volume, with --area, for the fraction (L, mL, uL, nL, pL, fL, um3; bare number: pL).")
    String volume;

    @Option(names = "--cm", paramLabel = "<spec-cap>", order = 7,
            description = "Specific membrane capacitance (F/m2, uF/cm2; bare number: uF/cm2). Default: 1 uF/cm2.")
    String cm;

    @Option(names = "--ion", paramLabel = "<ion>", order = 8,
            description = "The ion that carries the charge (K, Na, Ca2+, Cl-, X+). Default: monovalent.")
    String ion;

    @Option(names = "--z", paramLabel = "<z>", order = 9, description = "Valence with sign, for an ion not in the table.")
    String z;

    @Option(names = "--conc", paramLabel = "<conc>", order = 10,
            description = "The cell's inside concentration of that ion (bare number: mM), for the fraction.")
    String conc;

    @Override
    protected Calculation calculation() {
        return new ChargeCalc();
    }
}
