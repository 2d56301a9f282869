package org.echem.cli;

/** {@code echem pump}. */
public final class PumpCommand extends CalcCommand {
    PumpCommand() {
        super("pump",
                new String[] {"Electrogenic Na+/K+ pump: its contribution to the resting potential",
            "(Mullins-Noda), V = (RT/F)·ln((r·P_K[K]o + P_Na[Na]o) / (r·P_K[K]i + P_Na[Na]i))",
            "at the coupling ratio r (Na+ out per K+ in) and at r = 1; with --block, the",
            "instant after a complete block; with --pump-current and --g-total, the ohmic",
            "view ΔV = -I/G."},
                new String[] {"%nContribution = V(r) - V(r = 1): negative (hyperpolarising) for r > 1.",
            "On complete block V_m jumps to V(r = 1) at once; concentrations, and so every",
            "E, are unchanged at that instant, so each driving force V_m - E changes by",
            "exactly that jump (for Na+ near rest the inward drive shrinks).",
            "%nFields: V_pump_mV V_nopump_mV pump_contribution_mV (first row); with --block,",
            "        one more row per ion: ion E_mV drive_before_mV drive_after_mV",
            "%nExamples:",
            "  echem pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --ratio 3:2",
            "  echem pump --preset mammalian --perm Na=0.01 --ratio 3:2 --block",
            "  echem pump --in K=140,Na=15 --out K=5,Na=145 --perm Na=0.04 --explain",
            "  echem pump --pump-current 20pA --g-total 4nS",
            "  echem pump --pump-current 1uA/cm2 --g-total 0.3mS/cm2"});
        repeatable("--in", "<conc>",
                "Inside concentrations as NAME=CONC pairs (bare number: mM): K=140,Na=15.");
        repeatable("--out", "<conc>",
                "Outside concentrations as NAME=CONC pairs (bare number: mM): K=5,Na=145.");
        option("--preset", "<name>",
                "Typical concentrations: mammalian, squid or frog ('echem ions --preset NAME'). Explicit values override.");
        repeatable("--perm", "<perm>",
                "Permeabilities as NAME=P pairs: Na=0.04 (relative to P_K = 1, a bare number), or K=2e-6cm/s,Na=8e-8cm/s (absolute, both). Only K and Na enter the equation.");
        option("--ratio", "<n:m>",
                "Coupling ratio n:m, Na+ pumped out per K+ pumped in (m > 0), or a number r = n/m. Default: 3:2 (the Na+/K+-ATPase).");
        flag("--block",
                "Show the instant after a complete pump block: per ion, E and V_m - E before and after.");
        option("--pump-current", "<current>",
                "Ohmic view: the pump's net current I, positive outward (A, mA, uA, nA, pA; per area A/m2, mA/cm2, uA/cm2; bare number: pA). Needs --g-total.");
        option("--g-total", "<cond>",
                "Ohmic view: the total membrane conductance G (S, mS, uS, nS, pS; per area S/m2, mS/cm2, uS/cm2; bare number: nS), absolute or per area like --pump-current.");
    }

    @Override
    protected Calculation calculation() {
        return new PumpCalc();
    }
}
